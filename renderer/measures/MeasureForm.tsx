import { useState, type FormEvent } from 'react';
import type { Measure } from '../../shared/contract';
import {
  AGGREGATION_LABELS,
  AGGREGATIONS,
  COMPUTED_SOURCE_LABELS,
  FREQUENCIES,
  FREQUENCY_LABELS,
  MEASURE_UNITS,
  POLARITIES,
  POLARITY_LABELS,
  UNIT_LABELS,
} from '../../shared/domain/measures';
import { call } from '../api';
import { useAppData } from '../AppData';
import { ErrorSummary } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { useFormErrors } from '../useFormErrors';

interface MeasureValues {
  code: string;
  name: string;
  definition: string;
  unit: string;
  polarity: string;
  frequency: string;
  aggregation: string;
  ownerId: string;
  source: string;
  public: boolean;
}

const FIELDS = ['code', 'name', 'definition', 'unit', 'polarity', 'frequency', 'aggregation', 'ownerId', 'source'] as const;
/** what a built-in measure keeps as shipped (measures.update refuses a change) */
const BUILT_IN_KEEPS: readonly string[] = ['code', 'unit', 'frequency', 'aggregation'];

const valuesOf = (m: Measure | null): MeasureValues => ({
  code: m?.code ?? '',
  name: m?.name ?? '',
  definition: m?.definition ?? '',
  unit: m?.unit ?? 'number',
  polarity: m?.polarity ?? 'higher',
  frequency: m?.frequency ?? 'monthly',
  aggregation: m?.aggregation ?? 'sum',
  ownerId: m?.ownerId ? String(m.ownerId) : '',
  source: m?.source ?? '',
  public: m?.public ?? false,
});

const fieldsOf = (v: MeasureValues) => ({ ...v, ownerId: v.ownerId ? Number(v.ownerId) : null });

/** Adds a measure to the register, or edits one (sending only what changed); main checks every field and says which is wrong. */
export function MeasureForm({ measure, onSaved, onCancel }: { measure: Measure | null; onSaved(m: Measure): void; onCancel(): void }) {
  const { people } = useAppData();
  const [v, setV] = useState(() => valuesOf(measure));
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors(FIELDS);
  const set = (k: keyof MeasureValues) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const kept = (k: string) => Boolean(measure?.builtIn) && BUILT_IN_KEEPS.includes(k);

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setSaving(true);
    const fields = fieldsOf(v);
    try {
      if (!measure) onSaved(await call('measures.create', fields as never));
      else {
        const before: Record<string, unknown> = fieldsOf(valuesOf(measure));
        const patch = Object.fromEntries(Object.entries(fields).filter(([k, x]) => x !== before[k]));
        onSaved(Object.keys(patch).length ? await call('measures.update', { id: measure.id, patch } as never) : measure);
      }
    } catch (err) {
      errors.show(err);
    } finally {
      setSaving(false);
    }
  }

  const choice = (k: 'unit' | 'polarity' | 'frequency' | 'aggregation', label: string, options: readonly string[], labels: Record<string, string>) => (
    <Field label={label} error={errors.fieldErrors[k]}>
      {(p) => (
        <select {...p} value={v[k]} onChange={set(k)} disabled={kept(k)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {labels[o]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form className="card measure-form" onSubmit={(e) => void submit(e)} noValidate aria-label={measure ? `Edit ${measure.code}` : 'Add a measure'}>
      <h2>{measure ? `Edit ${measure.code} ${measure.name}` : 'Add a measure'}</h2>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <div className="measure-form-code">
        <Field label="Code" hint={measure?.builtIn ? 'Built in: kept as defined' : 'For example CALLS or VOIDS-DAYS'} error={errors.fieldErrors.code}>
          {(p) => <input {...p} value={v.code} onChange={set('code')} disabled={kept('code')} autoComplete="off" />}
        </Field>
        <Field label="Name" hint="As the scorecard and the papers show it" error={errors.fieldErrors.name}>
          {(p) => <input {...p} value={v.name} onChange={set('name')} />}
        </Field>
      </div>
      <Field label="Definition" hint="In plain English: what is counted, and how" error={errors.fieldErrors.definition}>
        {(p) => <textarea {...p} rows={3} value={v.definition} onChange={set('definition')} />}
      </Field>
      {measure?.builtIn && (
        <p className="hint">
          {measure.code} is built in: its code, unit, frequency and how its year is worked out stay as defined, so that its figures mean what the regulator or
          the reports mean.
        </p>
      )}
      <div className="measure-form-choices">
        {choice('unit', 'Unit', MEASURE_UNITS, UNIT_LABELS)}
        {choice('polarity', 'Which is better', POLARITIES, POLARITY_LABELS)}
        {choice('frequency', 'Frequency', FREQUENCIES, FREQUENCY_LABELS)}
        {choice('aggregation', 'The year is worked out as', AGGREGATIONS, AGGREGATION_LABELS)}
      </div>
      <div className="measure-form-code">
        <Field label="Owner" hint="Who answers for the figures" error={errors.fieldErrors.ownerId}>
          {(p) => (
            <select {...p} value={v.ownerId} onChange={set('ownerId')}>
              <option value="">No owner</option>
              {people.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {measure?.computedFrom ? (
          <div className="field">
            <span className="field-label">Source</span>
            <div className="hint">Not typed: this measure is computed</div>
            <p className="measure-computed-source">
              Worked out from {COMPUTED_SOURCE_LABELS[measure.computedFrom]} at each month end: its values are never typed.
            </p>
          </div>
        ) : (
          <Field label="Source" hint="Where the figures come from, such as the telephony system" error={errors.fieldErrors.source}>
            {(p) => <input {...p} value={v.source} onChange={set('source')} />}
          </Field>
        )}
      </div>
      <label className="check">
        <input type="checkbox" checked={v.public} onChange={(e) => setV({ ...v, public: e.target.checked })} /> Public: can be published in the monthly update
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : measure ? 'Save measure' : 'Add measure'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <ErrorSummary summary={errors.summary} />
      </div>
    </form>
  );
}
