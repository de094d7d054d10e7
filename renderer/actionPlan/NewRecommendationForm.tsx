import { useState, type FormEvent } from 'react';
import type { RecommendationDetail } from '../../shared/contract';
import { call } from '../api';
import { useFormErrors } from '../useFormErrors';
import { ErrorSummary } from '../components/ErrorSummary';
import { RecommendationFields } from './RecommendationFields';
import { EMPTY_REC, REC_FORM_FIELDS, toFields, type RecFormValues } from './recommendationFormValues';

interface Props {
  programmeId: number;
  suggestedRef: string;
  onCreated(d: RecommendationDetail): void;
  onCancel(): void;
}

export function NewRecommendationForm({ programmeId, suggestedRef, onCreated, onCancel }: Props) {
  const [values, setValues] = useState<RecFormValues>({ ...EMPTY_REC, ref: suggestedRef });
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(REC_FORM_FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      const fields = toFields(values) as Record<string, unknown>;
      onCreated(await call('recommendations.create', { programmeId, ...fields } as never));
    } catch (err) {
      errors.show(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <aside className="panel" aria-label="New recommendation">
      <header className="panel-head">
        <h2>New recommendation</h2>
        <button type="button" className="close" aria-label="Close panel (Esc)" onClick={onCancel}>
          ×
        </button>
      </header>
      <div className="panel-body">
        <form onSubmit={submit} noValidate>
          {errors.formError && (
            <div className="error-banner" role="alert">
              {errors.formError}
            </div>
          )}
          <RecommendationFields values={values} errors={errors.fieldErrors} onChange={setValues} />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              Add recommendation
            </button>
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            <ErrorSummary summary={errors.summary} />
          </div>
        </form>
      </div>
    </aside>
  );
}
