import { PRIORITIES, PRIORITY_LABELS, RAGS, RAG_LABELS, REC_STATUSES, REC_STATUS_LABELS, type Rag } from '../../shared/domain/actionPlan';
import { useAppData } from '../AppData';
import { Field } from '../components/Field';
import type { RecFormValues } from './recommendationFormValues';

interface Props {
  values: RecFormValues;
  errors: Record<string, string>;
  onChange(values: RecFormValues): void;
  derivedRag?: Rag;
}

/** Every editable field of a recommendation, each with its error next to it. */
export function RecommendationFields({ values, errors, onChange, derivedRag }: Props) {
  const { people, teams } = useAppData();
  const set = (k: keyof RecFormValues) => (e: { target: { value: string } }) => onChange({ ...values, [k]: e.target.value });
  const date = 'dd/mm/yyyy';
  return (
    <div className="form-grid">
      <Field label="Reference" error={errors.ref}>
        {(p) => <input {...p} value={values.ref} onChange={set('ref')} className="narrow" />}
      </Field>
      <Field label="Title" error={errors.title}>
        {(p) => <input {...p} value={values.title} onChange={set('title')} />}
      </Field>
      <Field label="Full text of the recommendation" error={errors.fullText}>
        {(p) => <textarea {...p} rows={4} value={values.fullText} onChange={set('fullText')} />}
      </Field>
      <Field label="Theme" error={errors.theme}>
        {(p) => <input {...p} value={values.theme} onChange={set('theme')} />}
      </Field>
      <div className="row2">
        <Field label="Owner" error={errors.ownerId}>
          {(p) => (
            <select {...p} value={values.ownerId} onChange={set('ownerId')}>
              <option value="">No owner</option>
              {people
                .filter((x) => x.active || String(x.id) === values.ownerId)
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                    {x.jobTitle ? ` — ${x.jobTitle}` : ''}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label="Lead team" error={errors.leadTeamId}>
          {(p) => (
            <select {...p} value={values.leadTeamId} onChange={set('leadTeamId')}>
              <option value="">No lead team</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="row2">
        <Field label="Priority" error={errors.priority}>
          {(p) => (
            <select {...p} value={values.priority} onChange={set('priority')}>
              {PRIORITIES.map((x) => (
                <option key={x} value={x}>
                  {PRIORITY_LABELS[x]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Status" error={errors.status}>
          {(p) => (
            <select {...p} value={values.status} onChange={set('status')}>
              {REC_STATUSES.map((x) => (
                <option key={x} value={x}>
                  {REC_STATUS_LABELS[x]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="row2">
        <Field label="Original target date" hint={date} error={errors.originalTargetDate}>
          {(p) => <input {...p} value={values.originalTargetDate} onChange={set('originalTargetDate')} inputMode="numeric" />}
        </Field>
        <Field label="Revised target date" hint={date} error={errors.revisedTargetDate}>
          {(p) => <input {...p} value={values.revisedTargetDate} onChange={set('revisedTargetDate')} inputMode="numeric" />}
        </Field>
      </div>
      <Field label="Reason for revised date" error={errors.revisedReason}>
        {(p) => <input {...p} value={values.revisedReason} onChange={set('revisedReason')} />}
      </Field>
      <Field label="Completion date" hint={date} error={errors.completionDate}>
        {(p) => <input {...p} value={values.completionDate} onChange={set('completionDate')} inputMode="numeric" className="narrow" />}
      </Field>
      <Field label="Public summary (plain English, for residents)" error={errors.publicSummary}>
        {(p) => <textarea {...p} rows={3} value={values.publicSummary} onChange={set('publicSummary')} />}
      </Field>
      <div className="row2">
        <Field label="RAG override" error={errors.ragOverride}>
          {(p) => (
            <select {...p} value={values.ragOverride} onChange={set('ragOverride')}>
              <option value="">Use the rule{derivedRag ? ` (${RAG_LABELS[derivedRag]})` : ''}</option>
              {RAGS.map((r) => (
                <option key={r} value={r}>
                  {RAG_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Reason for RAG override" error={errors.ragOverrideReason}>
          {(p) => <input {...p} value={values.ragOverrideReason} onChange={set('ragOverrideReason')} />}
        </Field>
      </div>
    </div>
  );
}
