import { z } from 'zod';
import { isIsoDate, notARealDate } from '../domain/dates';

export const id = (label: string) =>
  z
    .number({ error: `${label} is missing or not a number.` })
    .int()
    .positive(`${label} is not valid.`);

const notADate = (label: string) => `${label} must be a date, for example 31/03/2027.`;

/** A required date: left blank (empty, null or missing), it asks for it by name. */
export const isoDate = (label: string) => {
  const enter = `Enter the ${label.toLowerCase()}.`;
  return z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? enter : notADate(label)) })
    .refine((v) => v.trim() !== '', { error: enter, abort: true })
    .refine(isIsoDate, { error: notARealDate(label) });
};

/** A date that may be null (none); text that is not a date is refused, an empty string too. */
export const optionalDate = (label: string) =>
  z
    .string({ error: notADate(label) })
    .refine(isIsoDate, { error: notARealDate(label) })
    .nullable();

// Half of a surrogate pair on its own is not text: it becomes one replacement character, as a
// browser would show it, rather than three when the database stores it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (s: string) => s.replace(LONE_SURROGATE, '\uFFFD');

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Enter ${label.toLowerCase()}.`)
    .max(max, `${label} must be ${max} characters or fewer.`)
    .transform(wellFormed);

export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer.`)
    .transform(wellFormed);

export const nullableText = (label: string, max: number) =>
  optionalText(label, max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const choice = <T extends readonly [string, ...string[]]>(label: string, values: T, labels: Record<T[number], string>) =>
  z.enum(values, { error: `${label} must be one of: ${values.map((v) => labels[v as T[number]]).join(', ')}.` });

export const email = z
  .string({ error: 'E-mail must be text.' })
  .trim()
  .max(200, 'E-mail must be 200 characters or fewer.')
  .refine((v) => v === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), { error: 'Enter an e-mail address like name@council.gov.uk.' });

/** A patch: the fields to change, at least one. */
export const patchOf = <S extends z.ZodRawShape>(shape: S) =>
  z
    .strictObject(shape)
    .partial()
    .transform((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as typeof p)
    .refine((p) => Object.keys(p).length > 0, { error: 'Nothing to change.' });

export const byId = (label: string) => z.strictObject({ id: id(label) });

export const empty = z.strictObject({});

/** A file the window sent beside the call: the id the host's upload answered. */
export const uploadedFile = z.string({ error: 'Choose a file.' }).uuid('Choose the file again: it did not arrive.');
