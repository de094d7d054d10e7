import { z } from 'zod';
import { empty, id, optionalDate } from './fields';
import { checkType } from './certificates';
import { call } from './call';
import type * as T from './complianceTypes';

// The compliance position worked out over the stock and its certificates, and the settings it is judged by.

export const measuresInput = z.strictObject({ asAt: optionalDate('As at').default(null) });

export const homeInput = z.strictObject({
  uprn: z
    .string({ error: 'Enter the UPRN.' })
    .trim()
    .regex(/^\d{1,12}$/, 'The UPRN is a number of up to 12 digits.'),
  asAt: optionalDate('As at').default(null),
});

export const overdueInput = z.strictObject({
  asAt: optionalDate('As at').default(null),
  checkType: checkType.nullable().default(null),
  limit: z.number().int().min(1).max(1000).default(200),
});

export const trendInput = z.strictObject({
  asAt: optionalDate('As at').default(null),
  months: z.number({ error: 'Months must be a number.' }).int().min(2, 'Show at least 2 months.').max(36, 'Show at most 36 months.').default(12),
});

export const checkOwnerSet = z.strictObject({ checkType, personId: id('Owner').nullable() });

/** The percentage of homes the committee expects to have each check in date (red below it). */
export const complianceTargetSet = z.strictObject({
  percent: z
    .number({ error: 'The target must be a number.' })
    .min(50, 'The target is a percentage from 50 to 100.')
    .max(100, 'The target is a percentage from 50 to 100.')
    .refine((v) => Math.round(v * 10) === v * 10, { error: 'Give the target to one decimal place at most.' }),
});

/** An interval code is a check type, or FRA:<tier> for fire risk assessments. */
export const checkIntervalSet = z.strictObject({
  code: z.enum(['GAS', 'EICR', 'WATER', 'LIFT', 'ASBESTOS', 'FRA:high', 'FRA:medium', 'FRA:low'], { error: 'Choose a check type (or a fire risk tier).' }),
  months: z
    .number({ error: 'Months must be a number.' })
    .int('Months must be a whole number.')
    .min(1, 'An interval is at least 1 month.')
    .max(120, 'An interval is at most 120 months.'),
});

export const complianceCalls = {
  'compliance.measures': call<T.BuildingSafetyMeasures>()(measuresInput),
  'compliance.position': call<T.CheckPositionRow[]>()(measuresInput),
  'compliance.home': call<T.HomeCompliance>()(homeInput),
  'compliance.remedials': call<T.RemedialSummary>()(measuresInput),
  'compliance.overdue': call<T.OverdueChecks>()(overdueInput),
  'compliance.trend': call<T.ComplianceTrend>()(trendInput),
  'compliance.checkSettings': call<T.CheckOwner[]>()(empty),
  'compliance.setOwner': call<T.CheckOwner[]>()(checkOwnerSet),
  'compliance.setInterval': call<T.CheckOwner[]>()(checkIntervalSet),
  'compliance.target': call<{ percent: number }>()(empty),
  'compliance.setTarget': call<{ percent: number }>()(complianceTargetSet),
} as const;
