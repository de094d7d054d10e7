import { childHandlers } from '../actionPlan/childHandlers';
import { programmeHandlers } from '../actionPlan/programmesHandlers';
import { recommendationHandlers } from '../actionPlan/recommendationHandlers';
import { summaryHandlers } from '../actionPlan/summaryHandlers';
import { auditHandlers } from '../audit/auditHandlers';
import { backupHandlers } from '../settings/backupHandlers';
import { exportHandlers, exportJobHandlers } from '../exports/exportHandlers';
import { monthlyHandlers } from '../monthly/monthlyHandlers';
import { policyHandlers } from '../policies/policyHandlers';
import { meetingHandlers } from '../meetings/meetingHandlers';
import { paperHandlers } from '../papers/paperHandlers';
import { estateHandlers } from '../stock/estateHandlers';
import { blockHandlers } from '../stock/blockHandlers';
import { liftHandlers } from '../stock/liftHandlers';
import { homeHandlers } from '../stock/homeHandlers';
import { certificateHandlers } from '../stock/certificateHandlers';
import { remedialHandlers } from '../stock/remedialHandlers';
import { noAccessHandlers } from '../stock/noAccessHandlers';
import { positionHandlers } from '../compliance/positionHandlers';
import { checkSettingsHandlers } from '../compliance/checkSettingsHandlers';
import { importHandlers } from '../imports/importHandlers';
import { peopleHandlers } from '../people/peopleHandlers';
import { settingsHandlers } from '../settings/settingsHandlers';
import { catalogueHandlers } from '../training/catalogueHandlers';
import { trainingHandlers } from '../training/trainingHandlers';
import { trainingViewHandlers } from '../training/viewHandlers';
import { measureHandlers } from '../measures/measureHandlers';
import { complaintsHandlers } from '../complaints/complaintsHandlers';
import type { HandlerTable } from './handlers';

// Each domain registers its own handlers; `satisfies` makes a missing or extra call a compile error.
export const handlerTable = {
  ...settingsHandlers,
  ...backupHandlers,
  ...peopleHandlers,
  ...programmeHandlers,
  ...recommendationHandlers,
  ...childHandlers,
  ...summaryHandlers,
  ...auditHandlers,
  ...monthlyHandlers,
  ...policyHandlers,
  ...meetingHandlers,
  ...paperHandlers,
  ...estateHandlers,
  ...blockHandlers,
  ...liftHandlers,
  ...homeHandlers,
  ...certificateHandlers,
  ...remedialHandlers,
  ...noAccessHandlers,
  ...positionHandlers,
  ...checkSettingsHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...exportJobHandlers,
  ...catalogueHandlers,
  ...trainingHandlers,
  ...trainingViewHandlers,
  ...measureHandlers,
  ...complaintsHandlers,
} satisfies HandlerTable;
