import { z } from 'zod';
import { CHECK_TYPES, CHECK_TYPE_LABELS, FIRE_RISK_TIERS, TENURES } from '../domain/compliance';
import { MAX_IMPORT_BASE64_CHARS, MAX_IMPORT_FILE_MB } from '../domain/importFields';
import { IMPORT_KINDS, mappingProblems } from '../domain/importKinds';
import { choice, id, isoDate, optionalDate, optionalText, requiredText } from './fields';

const yesNo = (label: string) => z.boolean({ error: `${label} must be yes or no.` });

export const estateCreate = z.strictObject({ name: requiredText('Estate name', 200) });

export const blockCreate = z.strictObject({
  estateId: id('Estate'),
  name: requiredText('Block name', 200),
  storeys: z.number({ error: 'Storeys must be a number.' }).int().min(1, 'A block has at least 1 storey.').max(100),
  yearBuilt: z.number().int().min(1800, 'Year built looks wrong.').max(2100, 'Year built looks wrong.').nullable().default(null),
  fireRiskTier: z.enum(FIRE_RISK_TIERS, { error: 'Fire risk tier must be high, medium or low.' }).default('medium'),
  passengerLifts: z.number({ error: 'Passenger lifts must be a number.' }).int().min(0).max(50).default(0),
  communalWater: yesNo('Communal water').default(false),
  asbestosPresent: yesNo('Asbestos present').default(false),
  communalElectrics: yesNo('Communal electrical supply').default(true),
});

export const dwellingCreate = z.strictObject({
  uprn: z
    .string({ error: 'Enter the UPRN.' })
    .trim()
    .regex(/^\d{1,12}$/, 'The UPRN is a number of up to 12 digits.'),
  address: requiredText('Address', 300),
  blockId: id('Block').nullable().default(null),
  tenure: z.enum(TENURES, { error: 'Tenure must be tenant, shared ownership or leaseholder.' }).default('tenant'),
  hasGas: yesNo('Gas').default(false),
  active: yesNo('Active').default(true),
});

const checkType = choice('Check type', CHECK_TYPES, CHECK_TYPE_LABELS);

export const certificateCreate = z.strictObject({
  checkType,
  dwellingId: id('Home').nullable().default(null),
  blockId: id('Block').nullable().default(null),
  liftId: id('Lift').nullable().default(null),
  dateDone: isoDate('Date done'),
  expiryDate: optionalDate('Expiry date').default(null),
  /** null: satisfactory, or for an electrical report whatever its codes give */
  outcome: z
    .enum(['satisfactory', 'unsatisfactory', 'advisory'], { error: 'Outcome must be satisfactory, unsatisfactory or advisory.' })
    .nullable()
    .default(null),
  eicrCodes: optionalText('EICR codes', 100).default(''),
  contractor: optionalText('Contractor', 200).default(''),
  reference: optionalText('Reference', 100).nullable().default(null),
  evidencePath: optionalText('Evidence file', 500).default(''),
});

export const noAccessCreate = z.strictObject({
  checkType,
  dwellingId: id('Home').nullable().default(null),
  blockId: id('Block').nullable().default(null),
  visitDate: isoDate('Visit date'),
  notes: optionalText('Notes', 2000).default(''),
});

export const measuresInput = z.strictObject({ asAt: optionalDate('As at').default(null) });

export const homeInput = z.strictObject({
  uprn: z
    .string({ error: 'Enter the UPRN.' })
    .trim()
    .regex(/^\d{1,12}$/, 'The UPRN is a number of up to 12 digits.'),
  asAt: optionalDate('As at').default(null),
});

const importKind = z.enum(IMPORT_KINDS, { error: `Choose ${IMPORT_KINDS.join(' or ')}.` });

/** { file header: field key, or null to ignore the column } */
const columnMapping = z.record(
  z.string().max(300, 'A column header must be 300 characters or fewer.'),
  z.string({ error: 'Choose a field for each column, or “Ignore this column”.' }).nullable(),
);

export const importStart = z
  .strictObject({
    kind: importKind,
    fileName: requiredText('File name', 300),
    /** the file's bytes, base64 */
    base64: z
      .string({ error: 'Choose a file.' })
      .min(1, 'Choose a file.')
      .max(MAX_IMPORT_BASE64_CHARS, `The file is too large (over ${MAX_IMPORT_FILE_MB} MB): split it and import the parts.`),
    dryRun: z.boolean().default(true),
    validOnly: z.boolean().default(false),
    mapping: columnMapping.default({}),
  })
  .superRefine((v, ctx) => {
    for (const p of mappingProblems(v.kind, v.mapping)) ctx.addIssue({ code: 'custom', path: ['mapping', p.header], message: p.message });
  });

export const importJob = z.strictObject({ jobId: z.string({ error: 'Which import?' }).uuid('That is not an import’s id.') });

export const remedialCreate = z.strictObject({
  certificateId: id('Certificate'),
  description: requiredText('Remedial action', 1000),
  priority: z.enum(['immediate', '24h', '28_days', '3_months', 'advisory'], { error: 'Priority must be immediate, 24 hours, 28 days, 3 months or advisory.' }),
  dueDate: optionalDate('Due date').default(null),
  ownerId: id('Owner').nullable().default(null),
});
export const remedialComplete = z.strictObject({ id: id('Remedial action'), completedDate: isoDate('Completed on') });

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
