import { useEffect, useState } from 'react';
import type { CheckOwner } from '../../shared/contract';
import { CHECK_TYPE_LABELS } from '../../shared/domain/compliance';
import { counted } from '../../shared/domain/plural';
import { call } from '../api';
import { useAppData } from '../AppData';
import { useToast } from '../components/Toast';

const intervalLabel = (code: string) => (code.startsWith('FRA:') ? `${code.slice(4)} risk` : 'every');

/** Who chases each kind of check (named on the overdue list), and how often each falls due. */
export function CheckSettingsCard({ onChanged }: { onChanged(): void }) {
  const { people } = useAppData();
  const toast = useToast();
  const [rows, setRows] = useState<CheckOwner[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [target, setTarget] = useState<number | null>(null);
  useEffect(() => {
    call('compliance.checkSettings', {}).then(setRows, (e) => toast('error', (e as Error).message));
    call('compliance.target', {}).then(
      (t) => setTarget(t.percent),
      (e) => toast('error', (e as Error).message),
    );
  }, [toast]);

  async function save<T>(key: string, action: () => Promise<T>, done: string, apply: (value: T) => void) {
    try {
      apply(await action());
      setErrors((e) => ({ ...e, [key]: '' }));
      toast('info', done);
      onChanged();
    } catch (e) {
      setErrors((prev) => ({ ...prev, [key]: (e as Error).message }));
    }
  }

  if (!rows || target === null) return null;
  return (
    <div className="card" role="region" aria-label="Check owners and intervals">
      <h2>Owners and intervals</h2>
      <label className="inline">
        Target: homes with each check in date (%){' '}
        <input
          className="narrow"
          type="number"
          min={50}
          max={100}
          step={0.1}
          defaultValue={target}
          aria-label="Compliance target in per cent"
          aria-invalid={Boolean(errors.target)}
          onBlur={(e) => {
            const percent = Number(e.target.value);
            if (percent === target) return;
            void save(
              'target',
              () => call('compliance.setTarget', { percent }),
              `Compliance target set to ${percent}%.`,
              (t) => setTarget(t.percent),
            );
          }}
        />{' '}
        {errors.target && (
          <span className="error-text" role="alert">
            {errors.target}
          </span>
        )}
      </label>
      <p className="hint">
        The target is the line on the charts here and in the committee paper. A new interval applies to checks recorded from then on; an expiry already worked
        out stays as it is.
      </p>
      <table className="simple-table" aria-label="Owner and interval of each check">
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Owner</th>
            <th scope="col">Interval (months)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.checkType}>
              <td>{CHECK_TYPE_LABELS[r.checkType]}</td>
              <td>
                <select
                  value={r.personId ?? ''}
                  aria-label={`Owner of ${CHECK_TYPE_LABELS[r.checkType]}`}
                  onChange={(e) => {
                    const personId = e.target.value ? Number(e.target.value) : null;
                    void save(
                      `owner-${r.checkType}`,
                      () => call('compliance.setOwner', { checkType: r.checkType, personId }),
                      `${CHECK_TYPE_LABELS[r.checkType]}: owner saved.`,
                      setRows,
                    );
                  }}
                >
                  <option value="">No owner</option>
                  {people
                    .filter((p) => p.active || p.id === r.personId)
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                </select>
                {errors[`owner-${r.checkType}`] && (
                  <div className="error-text" role="alert">
                    {errors[`owner-${r.checkType}`]}
                  </div>
                )}
              </td>
              <td>
                {r.intervals.map((i) => (
                  <label key={i.code} className="inline">
                    {intervalLabel(i.code)}{' '}
                    <input
                      className="narrow"
                      type="number"
                      min={1}
                      max={120}
                      defaultValue={i.months}
                      aria-label={`Interval for ${CHECK_TYPE_LABELS[r.checkType]}${i.code.includes(':') ? `, ${i.code.slice(4)} risk` : ''} in months`}
                      aria-invalid={Boolean(errors[i.code])}
                      onBlur={(e) => {
                        const months = Number(e.target.value);
                        if (months === i.months) return;
                        void save(
                          i.code,
                          () => call('compliance.setInterval', { code: i.code as never, months }),
                          `${CHECK_TYPE_LABELS[r.checkType]}: interval set to ${counted(months, 'month')}.`,
                          setRows,
                        );
                      }}
                    />{' '}
                    {errors[i.code] && (
                      <span className="error-text" role="alert">
                        {errors[i.code]}
                      </span>
                    )}
                  </label>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
