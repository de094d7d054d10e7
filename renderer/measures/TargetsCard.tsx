import { useState, type FormEvent } from 'react';
import type { MeasureDetail } from '../../shared/contract';
import { formatMeasureValue, type FinancialYear } from '../../shared/domain/measures';
import { call } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';

interface Editing {
  /** null: a new row, its year typed */
  existing: FinancialYear | null;
  year: string;
  target: string;
  tolerance: string;
}

/** A number as typed: blank is none, anything else is sent for main to check (and refuse by name). */
const numberOrText = (s: string) => (s.trim() === '' ? null : Number.isFinite(Number(s)) ? Number(s) : s);

/**
 * A measure's targets, one row per financial year, each with its amber tolerance: a row changed
 * in place, or a year added in the last row. The year shown on the page is offered first.
 */
export function TargetsCard({ m, year, onSaved }: { m: MeasureDetail; year: FinancialYear; onSaved(): void }) {
  const toast = useToast();
  const blank = (): Editing => ({ existing: null, year: m.targets.some((t) => t.year === year) ? '' : year, target: '', tolerance: '' });
  const [editing, setEditing] = useState<Editing>(blank);
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors(['year', 'target', 'tolerance']);
  const set = (k: 'year' | 'target' | 'tolerance') => (e: { target: { value: string } }) => setEditing({ ...editing, [k]: e.target.value });
  const bound = m.polarity === 'higher' ? 'at least' : 'at most';

  async function save(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setSaving(true);
    try {
      const saved = await call('targets.set', {
        measureId: m.id,
        year: editing.year,
        target: numberOrText(editing.target),
        tolerance: numberOrText(editing.tolerance) ?? 0,
      } as never);
      toast('info', `${m.code} target for ${saved.year} saved.`);
      setEditing({ existing: null, year: '', target: '', tolerance: '' });
      onSaved();
    } catch (err) {
      errors.show(err);
    } finally {
      setSaving(false);
    }
  }

  const input = (k: 'year' | 'target' | 'tolerance', label: string, placeholder?: string) => (
    <>
      <input
        value={editing[k]}
        onChange={set(k)}
        aria-label={label}
        aria-invalid={Boolean(errors.fieldErrors[k])}
        inputMode={k === 'year' ? undefined : 'decimal'}
        placeholder={placeholder}
      />
      {errors.fieldErrors[k] && (
        <div className="error-text" role="alert">
          {errors.fieldErrors[k]}
        </div>
      )}
    </>
  );
  const buttons = (label: string) => (
    <td className="targets-actions">
      {/* keyed apart from the Change button in the same cell: React would otherwise reuse that
          element, turned into a submit button before its click's default action */}
      <button key="save" type="submit" className="primary" disabled={saving}>
        {label}
      </button>
      {editing.existing && (
        <button
          type="button"
          onClick={() => {
            setEditing(blank());
            errors.clear();
          }}
        >
          Cancel
        </button>
      )}
    </td>
  );

  return (
    <form className="card targets-card" onSubmit={(e) => void save(e)} noValidate aria-label={`Targets of ${m.code}`}>
      <h2>Targets</h2>
      <p className="muted small">
        One target for each financial year (1 April to 31 March). A figure {m.polarity === 'higher' ? 'at or above' : 'at or below'} the target is on target;
        one that misses it by no more than the amber tolerance is within tolerance; any further off is off target.
      </p>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <table className="simple-table targets-table" aria-label={`${m.code} targets`}>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Target ({bound})</th>
            <th scope="col">Amber tolerance</th>
            <th scope="col">
              <span className="visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {m.targets.map((t) =>
            editing.existing === t.year ? (
              <tr key={t.year} className="targets-editing">
                <th scope="row">{t.year}</th>
                <td>{input('target', `Target for ${t.year}`)}</td>
                <td>{input('tolerance', `Tolerance for ${t.year}`)}</td>
                {buttons('Save')}
              </tr>
            ) : (
              <tr key={t.year} aria-current={t.year === year ? 'true' : undefined}>
                <th scope="row">{t.year}</th>
                <td>{formatMeasureValue(t.target, m.unit)}</td>
                <td>{t.tolerance ? formatMeasureValue(t.tolerance, m.unit) : 'None'}</td>
                <td className="targets-actions">
                  <button
                    key="change"
                    type="button"
                    className="link"
                    aria-label={`Change the target for ${t.year}`}
                    onClick={() => {
                      errors.clear();
                      setEditing({ existing: t.year, year: t.year, target: String(t.target), tolerance: String(t.tolerance) });
                    }}
                  >
                    Change
                  </button>
                </td>
              </tr>
            ),
          )}
          {editing.existing === null && (
            <tr className="targets-editing">
              <td>{input('year', 'Year', year)}</td>
              <td>{input('target', 'Target')}</td>
              <td>{input('tolerance', 'Tolerance', '0')}</td>
              {buttons('Set target')}
            </tr>
          )}
        </tbody>
      </table>
      <ErrorSummary summary={errors.summary} />
    </form>
  );
}
