import type { RecommendationDetail } from '../../shared/contract';
import { fromDateText, toDateText } from '../components/Field';

// The form keeps what the user typed; these convert it to and from the contract's fields.

export interface RecFormValues {
  ref: string;
  title: string;
  fullText: string;
  theme: string;
  ownerId: string;
  leadTeamId: string;
  priority: string;
  status: string;
  originalTargetDate: string;
  revisedTargetDate: string;
  revisedReason: string;
  completionDate: string;
  publicSummary: string;
  ragOverride: string;
  ragOverrideReason: string;
}

export const EMPTY_REC: RecFormValues = {
  ref: '',
  title: '',
  fullText: '',
  theme: '',
  ownerId: '',
  leadTeamId: '',
  priority: 'medium',
  status: 'not_started',
  originalTargetDate: '',
  revisedTargetDate: '',
  revisedReason: '',
  completionDate: '',
  publicSummary: '',
  ragOverride: '',
  ragOverrideReason: '',
};

export const REC_FORM_FIELDS = Object.keys(EMPTY_REC) as (keyof RecFormValues)[];

export function valuesOf(d: RecommendationDetail): RecFormValues {
  return {
    ref: d.ref,
    title: d.title,
    fullText: d.fullText,
    theme: d.theme,
    ownerId: d.ownerId === null ? '' : String(d.ownerId),
    leadTeamId: d.leadTeamId === null ? '' : String(d.leadTeamId),
    priority: d.priority,
    status: d.status,
    originalTargetDate: toDateText(d.originalTargetDate),
    revisedTargetDate: toDateText(d.revisedTargetDate),
    revisedReason: d.revisedReason ?? '',
    completionDate: toDateText(d.completionDate),
    publicSummary: d.publicSummary,
    ragOverride: d.ragOverride ?? '',
    ragOverrideReason: d.ragOverrideReason ?? '',
  };
}

const id = (s: string) => (s === '' ? null : Number(s));
const text = (s: string) => (s.trim() === '' ? null : s);

export function toFields(v: RecFormValues): Record<keyof RecFormValues, unknown> {
  return {
    ref: v.ref,
    title: v.title,
    fullText: v.fullText,
    theme: v.theme,
    ownerId: id(v.ownerId),
    leadTeamId: id(v.leadTeamId),
    priority: v.priority,
    status: v.status,
    originalTargetDate: fromDateText(v.originalTargetDate),
    revisedTargetDate: fromDateText(v.revisedTargetDate),
    revisedReason: text(v.revisedReason),
    completionDate: fromDateText(v.completionDate),
    publicSummary: v.publicSummary,
    ragOverride: v.ragOverride === '' ? null : v.ragOverride,
    ragOverrideReason: text(v.ragOverrideReason),
  };
}

/** Only what the user changed: a save never overwrites a field with a stale value. */
export function changedFields(initial: RecFormValues, current: RecFormValues): Record<string, unknown> {
  const a = toFields(initial);
  const b = toFields(current);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(b) as (keyof RecFormValues)[]) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out[k] = b[k];
  }
  return out;
}
