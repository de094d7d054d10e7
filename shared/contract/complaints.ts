import { z } from 'zod';
import { COMPLAINT_TENURE_LABELS, COMPLAINT_TENURES, isFinancialYear } from '../domain/complaints';
import { byId, choice, empty, isoDate, requiredText } from './fields';
import { call } from './call';
import type * as T from './complaintsTypes';

// The complaints log (one row per complaint stage, imported from a CRM), the year's CH01 and CH02
// figures, and the landlord's own non-working days that the clocks skip.

export const COMPLAINTS_PAGE_MAX = 500;

const year = z
  .string({ error: 'Year must be a financial year such as 2024/25.' })
  .refine(isFinancialYear, { error: 'Year must be a financial year such as 2024/25.' });

export const complaintsList = z.strictObject({
  /** part of a reference */
  search: z.string({ error: 'Search must be text.' }).trim().max(100, 'Search must be 100 characters or fewer.').default(''),
  stage: z
    .union([z.literal(1), z.literal(2)], { error: 'Stage must be 1 or 2.' })
    .nullable()
    .default(null),
  tenure: choice('Tenure', COMPLAINT_TENURES, COMPLAINT_TENURE_LABELS).nullable().default(null),
  show: z.enum(['all', 'open', 'responded'], { error: 'Show all, open or responded.' }).default('all'),
  offset: z.number({ error: 'Offset must be a number.' }).int().min(0, 'Offset cannot be negative.').default(0),
  limit: z
    .number({ error: 'Limit must be a number.' })
    .int()
    .min(1, 'Ask for at least 1 complaint stage.')
    .max(COMPLAINTS_PAGE_MAX, `Ask for at most ${COMPLAINTS_PAGE_MAX} complaint stages at a time.`)
    .default(100),
});

export const complaintsFigures = z.strictObject({ year });

export const yearHomesSet = z.strictObject({
  year,
  socialHomes: z
    .number({ error: 'Social homes must be a number, or blank to use the stock register.' })
    .int('Social homes must be a whole number.')
    .min(1, 'Social homes must be at least 1.')
    .max(10_000_000, 'Social homes must be 10,000,000 or fewer.')
    .nullable(),
});

export const nonWorkingDayAdd = z.strictObject({ date: isoDate('Date'), name: requiredText('Name', 120) });

export const complaintsCalls = {
  'complaints.list': call<T.ComplaintsPage>()(complaintsList),
  /** one complaint stage with its clock worked out step by step, for its panel */
  'complaints.get': call<T.ComplaintCase>()(byId('Complaint stage')),
  'complaints.figures': call<T.ComplaintYearFigures>()(complaintsFigures),
  /** the financial years with a complaint received or responded to, and this year, latest first */
  'complaints.years': call<string[]>()(empty),
  'complaints.setYearHomes': call<T.ComplaintYearFigures>()(yearHomesSet),

  'nonWorkingDays.list': call<T.NonWorkingDay[]>()(empty),
  'nonWorkingDays.add': call<T.NonWorkingDaysResult>()(nonWorkingDayAdd),
  'nonWorkingDays.remove': call<T.NonWorkingDaysResult>()(byId('Non-working day')),
} as const;
