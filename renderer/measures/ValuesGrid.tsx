import { useEffect, useMemo, useState } from 'react';
import type { Measure, MeasureValue } from '../../shared/contract';
import { formatMonth } from '../../shared/domain/dates';
import { formatMeasureValue, monthsOfYear, type FinancialYear, type Frequency } from '../../shared/domain/measures';
import { call } from '../api';
import { useAppData } from '../AppData';

/** The period a measure's value for a month's column is given for: a quarter ends in June, September, December and March; a year in March. */
function periodAt(frequency: Frequency, month: string, year: FinancialYear): string | null {
  if (frequency === 'monthly') return month;
  const m = Number(month.slice(5));
  if (frequency === 'annual') return m === 3 ? year : null;
  if (m % 3 !== 0) return null;
  const q = m === 3 ? 4 : m / 3 - 1;
  return `${year.slice(0, 4)}-Q${q}`;
}

/** What a cell shows to edit: a ratio as numerator/denominator, else the value. */
const cellText = (v: MeasureValue | undefined) =>
  !v ? '' : v.numerator !== null && v.denominator !== null ? `${v.numerator}/${v.denominator}` : String(v.value);

/** Reads a typed cell: blank (remove), a number, or a ratio written 887/1000. */
function readCell(text: string): { value: number | null; numerator: number | null; denominator: number | null } | string {
  const s = text.trim().replace(/[,%£]/g, '');
  if (s === '') return { value: null, numerator: null, denominator: null };
  const ratio = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(s);
  if (ratio) return { value: null, numerator: Number(ratio[1]), denominator: Number(ratio[2]) };
  if (/^-?\d+(\.\d+)?$/.test(s)) return { value: Number(s), numerator: null, denominator: null };
  return `“${text}” is not a number${text.includes('/') ? ' or a ratio like 887/1000' : ''}.`;
}

/**
 * The values of a year, measures by months. A typed value is saved when the cell is left (or on
 * Enter), and an error shows in the cell; a ratio measure is typed as numerator/denominator. A
 * computed cell cannot be typed: it shows its value and, on hover, how it was worked out.
 */
export function ValuesGrid({ year }: { year: FinancialYear }) {
  const { info } = useAppData();
  const [measures, setMeasures] = useState<Measure[] | null>(null);
  const [values, setValues] = useState<MeasureValue[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([call('measures.list', {}), call('values.list', { year })]).then(
      ([m, v]) => {
        setMeasures(m);
        setValues(v);
        setErrors({});
      },
      (e) => setError((e as Error).message),
    );
  }, [year]);
  const byKey = useMemo(() => new Map(values.map((v) => [`${v.measureId} ${v.period}`, v])), [values]);
  const months = monthsOfYear(year);

  async function save(m: Measure, period: string, text: string) {
    const key = `${m.id} ${period}`;
    if (text.trim() === cellText(byKey.get(key))) return;
    const read = readCell(text);
    if (typeof read === 'string') {
      setErrors((e) => ({ ...e, [key]: read }));
      return;
    }
    try {
      const saved = await call('values.set', { measureId: m.id, period, ...read });
      setValues((vs) => [...vs.filter((v) => !(v.measureId === m.id && v.period === period)), ...(saved ? [saved] : [])]);
      setErrors(({ [key]: _gone, ...rest }) => rest);
    } catch (e) {
      setErrors((x) => ({ ...x, [key]: (e as Error).message }));
    }
  }

  return (
    <div className="card">
      <h2>Values for {year}</h2>
      <p className="muted">
        Type a value and leave the cell to save it; clear a cell to remove its value. A ratio measure is typed as its two parts, for example 887/1000 calls
        answered of calls received. Quarterly values go in the quarter’s last month, annual ones in March. Grey cells are worked out from another register.
      </p>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {measures && (
        <div className="values-grid-wrap">
          <table className="simple-table values-grid" aria-label={`Values for ${year}`}>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                {months.map((m) => (
                  <th scope="col" key={m}>
                    {formatMonth(m).slice(0, 3)} {m.slice(2, 4)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr key={m.id}>
                  <th scope="row" title={m.name}>
                    {m.code}
                  </th>
                  {months.map((month) => {
                    const period = periodAt(m.frequency, month, year);
                    if (period === null) return <td key={month} className="values-none" />;
                    const key = `${m.id} ${period}`;
                    const v = byKey.get(key);
                    const label = `${m.code} ${period}`;
                    if (m.computedFrom)
                      return (
                        <td key={month} className="values-computed" title={v?.note ?? 'Not worked out yet'} aria-label={label}>
                          {v ? formatMeasureValue(v.value, m.unit).replace(' per 1,000 homes', '') : ''}
                        </td>
                      );
                    const problem = errors[key];
                    const begun = `${month}-01` <= info.today;
                    return (
                      <td key={`${month} ${v?.value ?? ''}`} className={problem ? 'values-error' : undefined}>
                        <input
                          aria-label={label}
                          aria-invalid={problem ? true : undefined}
                          title={problem ?? v?.note ?? (v && m.aggregation === 'ratio' ? formatMeasureValue(v.value, m.unit) : undefined)}
                          defaultValue={cellText(v)}
                          disabled={!begun}
                          onBlur={(e) => void save(m, period, e.currentTarget.value)}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter') e.currentTarget.blur();
                          }}
                        />
                        {problem && <div className="cell-error">{problem}</div>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
