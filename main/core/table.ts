import { childHandlers } from '../actionPlan/childHandlers';
import { programmeHandlers } from '../actionPlan/programmesHandlers';
import { recommendationHandlers } from '../actionPlan/recommendationHandlers';
import { summaryHandlers } from '../actionPlan/summaryHandlers';
import { auditHandlers } from '../audit/auditHandlers';
import { exportHandlers } from '../exports/exportHandlers';
import { monthlyHandlers } from '../monthly/monthlyHandlers';
import { policyHandlers } from '../policies/policyHandlers';
import { meetingHandlers } from '../meetings/meetingHandlers';
import { paperHandlers } from '../papers/paperHandlers';
import { complianceHandlers } from '../compliance/complianceHandlers';
import { checkSettingsHandlers } from '../compliance/checkSettingsHandlers';
import { stockHandlers } from '../compliance/stockHandlers';
import { certificateEditHandlers } from '../compliance/certificateEditHandlers';
import { noAccessHandlers } from '../compliance/noAccessHandlers';
import { importHandlers } from '../imports/importHandlers';
import { peopleHandlers } from '../people/peopleHandlers';
import { settingsHandlers } from '../settings/settingsHandlers';
import type { HandlerTable } from './handlers';

// Each domain registers its own handlers; `satisfies` makes a missing or extra call a compile error.
export const handlerTable = {
  ...settingsHandlers,
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
  ...complianceHandlers,
  ...checkSettingsHandlers,
  ...stockHandlers,
  ...certificateEditHandlers,
  ...noAccessHandlers,
  ...importHandlers,
  ...exportHandlers,
} satisfies HandlerTable;
