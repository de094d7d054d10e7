import { z } from 'zod';
import { parseFinancialYear, parsePeriod, AGGREGATION_LABELS, FREQUENCY_LABELS, MEASURE_CODE, POLARITY_LABELS, UNIT_LABELS } from '../domain/measures';
import { AGGREGATIONS, FREQUENCIES, MEASURE_UNITS, POLARITIES } from '../domain/measures';
import { call } from './call';
import { choice, empty, id, optionalText, patchOf, requiredText } from './fields';
import type * as T from './measuresTypes';

// The performance measures register: measures, their targets per financial year, their values per
// period, the scorecard, and the values worked out from the other registers.

const number = (label: string) => z.number({ error: `${label} must be a number.` }).refine(Number.isFinite, { error: `${label} must be a number.` });

export const financialYear = z
  .string({ error: 'Enter the year, like 2025/26.' })
  .trim()
  .superRefine((v, ctx) => {
    const y = parseFinancialYear(v);
    if (!y.ok) ctx.addIssue({ code: 'custom', message: y.message });
  });

export const period = z
  .string({ error: 'Enter the period, like 2025-10.' })
  .trim()
  .superRefine((v, ctx) => {
    const p = parsePeriod(v);
    if (!p.ok) ctx.addIssue({ code: 'custom', message: p.message });
  });

export const measureFields = {
  code: z
    .string({ error: 'Enter the code.' })
    .trim()
    .toUpperCase()
    .regex(MEASURE_CODE, 'The code must be 2 to 20 capital letters, digits or hyphens, starting with a letter (for example CALLS or CH02-S1).'),
  name: requiredText('Name', 160),
  definition: optionalText('Definition', 2000),
  unit: choice('Unit', MEASURE_UNITS, UNIT_LABELS),
  polarity: choice('Which is better', POLARITIES, POLARITY_LABELS),
  frequency: choice('Frequency', FREQUENCIES, FREQUENCY_LABELS),
  aggregation: choice('The year is worked out as', AGGREGATIONS, AGGREGATION_LABELS),
  ownerId: id('Owner').nullable(),
  source: optionalText('Source', 200),
  public: z.boolean({ error: 'Public must be yes or no.' }),
};

export const measureCreate = z.strictObject({
  ...measureFields,
  definition: measureFields.definition.default(''),
  ownerId: measureFields.ownerId.default(null),
  source: measureFields.source.default(''),
  public: measureFields.public.default(false),
});
export const measureUpdate = z.strictObject({ id: id('Measure'), patch: patchOf(measureFields) });

export const targetSet = z.strictObject({
  measureId: id('Measure'),
  year: financialYear,
  target: number('Target'),
  tolerance: number('Tolerance')
    .refine((n) => n >= 0, { error: 'Tolerance cannot be negative.' })
    .default(0),
});

/** A value for a period; a ratio measure gives its numerator and denominator instead. Value and both parts null: the value is removed. */
export const valueSet = z.strictObject({
  measureId: id('Measure'),
  period,
  value: number('Value').nullable().default(null),
  numerator: number('Numerator').nullable().default(null),
  denominator: number('Denominator').nullable().default(null),
  note: optionalText('Note', 1000).default(''),
});

export const measuresCalls = {
  'measures.list': call<T.Measure[]>()(empty),
  'measures.get': call<T.MeasureDetail>()(z.strictObject({ id: id('Measure') })),
  'measures.create': call<T.Measure>()(measureCreate),
  'measures.update': call<T.Measure>()(measureUpdate),
  'measures.scorecard': call<T.Scorecard>()(z.strictObject({ year: financialYear, period: period.optional() })),
  'measures.recompute': call<T.RecomputeResult>()(z.strictObject({ year: financialYear })),
  'targets.set': call<T.MeasureTarget>()(targetSet),
  'values.list': call<T.MeasureValue[]>()(z.strictObject({ year: financialYear })),
  'values.set': call<T.MeasureValue | null>()(valueSet),
};
