// The contract: every call the renderer can make, with the schema its input is checked against
// in main and the type of its result. Both hosts (Electron IPC and the loopback web host) carry
// exactly these calls over one generic channel. Each domain file lists its own calls; this file
// only gathers them.
import type { z } from 'zod';
import { settingsCalls } from './settings';
import { peopleCalls } from './people';
import { actionPlanCalls } from './actionPlan';
import { auditCalls } from './audit';
import { monthlyCalls } from './monthly';
import { policiesCalls } from './policies';
import { meetingsCalls } from './meetings';
import { papersCalls } from './papers';
import { stockCalls } from './stock';
import { certificatesCalls } from './certificates';
import { complianceCalls } from './compliance';
import { importsCalls } from './imports';
import { exportJobsCalls, exportsCalls } from './exports';
import { trainingCalls } from './training';
import { measuresCalls } from './measures';
import { complaintsCalls } from './complaints';

export const contract = {
  ...settingsCalls,
  ...peopleCalls,
  ...actionPlanCalls,
  ...auditCalls,
  ...monthlyCalls,
  ...policiesCalls,
  ...meetingsCalls,
  ...papersCalls,
  ...stockCalls,
  ...certificatesCalls,
  ...complianceCalls,
  ...importsCalls,
  ...exportsCalls,
  ...exportJobsCalls,
  ...trainingCalls,
  ...measuresCalls,
  ...complaintsCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** what the caller sends (defaults may be left out) */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** what a handler receives, after validation and defaults */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = Contract[N]['output'];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export type { CallSpec } from './call';
export * from './result';
export type * from './settingsTypes';
export type * from './peopleTypes';
export type * from './actionPlanTypes';
export type * from './auditTypes';
export type * from './monthlyTypes';
export type * from './policiesTypes';
export type * from './meetingsTypes';
export type * from './papersTypes';
export type * from './stockTypes';
export type * from './certificatesTypes';
export type * from './complianceTypes';
export type * from './importsTypes';
export type * from './exportsTypes';
export type * from './trainingTypes';
export type * from './trainingViewsTypes';
export type * from './measuresTypes';
export type * from './complaintsTypes';
