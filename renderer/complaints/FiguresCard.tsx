import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ComplaintYearFigures, StageFigures } from '../../shared/contract';
import { call } from '../api';
import { Field } from '../components/Field';
import { useFormErrors } from '../useFormErrors';

const pct = (p: number | null) => (p === null ? 'n/a' : `${p.toFixed(1)}%`);

const ROWS: [string, (s: StageFigures) => string | number][] = [
  ['Received (CH01)', (s) => s.received],
  ['Responded to (CH02)', (s) => s.responded],
  ['On time', (s) => s.onTime],
  ['Share on time', (s) => pct(s.percentOnTime)],
];

/** The year's CH01 and CH02: for all tenures, and for the tenures the tenant satisfaction measures count. */
export function FiguresCard({ years, initialYear }: { years: string[]; initialYear: string }) {
  const [year, setYear] = useState(initialYear);
  const [figures, setFigures] = useState<ComplaintYearFigures | null>(null);
  const [homes, setHomes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errors = useFormErrors(['socialHomes']);
  const yearId = useId();
  useEffect(() => {
    call('complaints.figures', { year }).then(
      (f) => {
        setFigures(f);
        setHomes(f.socialHomesGiven && f.socialHomes !== null ? String(f.socialHomes) : '');
      },
      (e) => setError((e as Error).message),
    );
  }, [year]);

  async function saveHomes(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      const f = await call('complaints.setYearHomes', { year, socialHomes: homes.trim() === '' ? null : Number(homes.replace(/,/g, '')) });
      setFigures(f);
    } catch (err) {
      errors.show(err);
    }
  }

  return (
    <div className="card" aria-label="Complaint figures" role="region">
      <div className="toolbar">
        <h2>Figures for {year}</h2>
        <span className="spacer" />
        <label htmlFor={yearId}>Financial year</label>{' '}
        <select id={yearId} value={year} onChange={(e) => setYear(e.target.value)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">
        1 April to 31 March. The regulator’s measures (TSM) count tenants and shared owners only; the first figures count every complainant, as the annual
        complaints report does.
      </p>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {figures && (
        <table className="simple-table" aria-label={`Complaint figures ${year}`}>
          <thead>
            <tr>
              <td />
              <th scope="colgroup" colSpan={2}>
                All tenures
              </th>
              <th scope="colgroup" colSpan={2}>
                TSM (tenants and shared owners)
              </th>
            </tr>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Stage 1</th>
              <th scope="col">Stage 2</th>
              <th scope="col">Stage 1</th>
              <th scope="col">Stage 2</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value(figures.all.stage1)}</td>
                <td>{value(figures.all.stage2)}</td>
                <td>{value(figures.tsm.stage1)}</td>
                <td>{value(figures.tsm.stage2)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">CH01 per 1,000 social homes</th>
              <td colSpan={2} />
              <td>{figures.receivedPerThousand.stage1?.toFixed(1) ?? 'n/a'}</td>
              <td>{figures.receivedPerThousand.stage2?.toFixed(1) ?? 'n/a'}</td>
            </tr>
          </tbody>
        </table>
      )}
      {figures && (
        <form className="figures-form" onSubmit={saveHomes} noValidate aria-label="Social homes for the year">
          <Field
            label={`Social homes in ${year}`}
            hint={
              figures.socialHomesGiven
                ? 'As given for this year; clear it to use the homes and blocks register.'
                : `Blank: the social homes in the homes and blocks register today (${figures.socialHomes ?? 'none'}).`
            }
            error={errors.fieldErrors.socialHomes}
          >
            {(p) => <input {...p} className="narrow" inputMode="numeric" value={homes} onChange={(e) => setHomes(e.target.value)} />}
          </Field>
          <button type="submit">Save</button>
          {errors.formError && (
            <div className="error-banner" role="alert">
              {errors.formError}
            </div>
          )}
        </form>
      )}
    </div>
  );
}
