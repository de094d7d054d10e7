import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { BuildingSafetyMeasures, CheckPositionRow, HomeCompliance } from '../../shared/contract';
import { compliancePercentOption } from '../../shared/charts/complianceCharts';
import { CHECK_STATUS_LABELS, CHECK_TYPE_LABELS, lastYearEnd, MEASURES, type CheckStatus } from '../../shared/domain/compliance';
import { formatDateLong, formatDateShort } from '../../shared/domain/dates';
import { isProjected, projectedNote } from '../../shared/domain/projection';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Chart } from '../components/Chart';
import { Field } from '../components/Field';
import { useFormErrors } from '../useFormErrors';
import { CheckSettingsCard } from './CheckSettingsCard';
import { DateChooser } from './DateChooser';
import { OverdueCard } from './OverdueCard';
import { RemedialsCard } from './RemedialsCard';
import { TrendCard } from './TrendCard';
import { count } from '../../shared/domain/plural';

const STATUS_CLASS: Record<CheckStatus, string> = {
  in_date: 'rag-green',
  due_soon: 'rag-amber',
  overdue: 'rag-red',
  no_access: 'rag-red',
  missing: 'rag-red',
  not_required: 'status-not_started',
};
const pct = (p: number | null) => (p === null ? 'n/a' : `${p.toFixed(1)}%`);

export function CompliancePage() {
  const { info } = useAppData();
  const [asAt, setAsAt] = useState(info.today);
  const [measuresAt, setMeasuresAt] = useState(lastYearEnd(info.today));
  const [position, setPosition] = useState<CheckPositionRow[] | null>(null);
  const [measures, setMeasures] = useState<BuildingSafetyMeasures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [target, setTarget] = useState<number | null>(null);

  useEffect(() => {
    call('compliance.position', { asAt }).then(setPosition, (e) => setError((e as Error).message));
  }, [asAt, generation]);
  useEffect(() => {
    call('compliance.measures', { asAt: measuresAt }).then(setMeasures, (e) => setError((e as Error).message));
  }, [measuresAt, generation]);
  useEffect(() => {
    call('compliance.target', {}).then(
      (t) => setTarget(t.percent),
      (e) => setError((e as Error).message),
    );
  }, [generation]);
  const chart = useMemo(() => (position && target !== null ? compliancePercentOption(position, target) : null), [position, target]);
  const positionProjected = isProjected(asAt, info.today);
  const measuresProjected = isProjected(measuresAt, info.today);

  return (
    <section>
      <h1>Compliance: the Big Six</h1>
      <p>
        <a href="#/stock">Homes, blocks and certificates</a>: edit the stock, enter certificates one at a time, record no-access visits and remedial actions.{' '}
        <a href="#/imports">Import a spreadsheet</a> of homes and blocks, or a contractor’s certificates.
      </p>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      <div className="two-col">
        <div className="card">
          <div className="toolbar">
            <h2>
              {positionProjected ? 'Projected position' : 'Position'} as at {formatDateLong(asAt)}
            </h2>
            <span className="spacer" />
            <DateChooser label="As at" value={asAt} onChange={setAsAt} />
          </div>
          {positionProjected && (
            <p className="warning-banner" id="position-projected">
              {projectedNote(asAt)}
            </p>
          )}
          {position && (
            <table className="simple-table" aria-label="Compliance by check" aria-describedby={positionProjected ? 'position-projected' : undefined}>
              <thead>
                <tr>
                  <th scope="col">Check</th>
                  <th scope="col">Homes requiring</th>
                  <th scope="col">Compliant</th>
                  <th scope="col">Not compliant</th>
                  <th scope="col">%</th>
                  <th scope="col">Due in 30 / 60 / 90 days</th>
                </tr>
              </thead>
              <tbody>
                {position.map((p) => (
                  <tr key={p.checkType}>
                    <td>{CHECK_TYPE_LABELS[p.checkType]}</td>
                    <td>{count(p.requiring)}</td>
                    <td>{count(p.compliant)}</td>
                    <td className={p.overdue ? 'late' : undefined}>{count(p.overdue)}</td>
                    <td>{pct(p.percent)}</td>
                    <td className="nowrap">
                      {count(p.due30)} / {count(p.due60)} / {count(p.due90)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {chart && position && (
            <Chart
              option={chart}
              height={240}
              description={`Homes with each check in date: ${position.map((p) => `${CHECK_TYPE_LABELS[p.checkType]} ${pct(p.percent)}`).join('; ')}.`}
            />
          )}
        </div>
        <div className="card">
          <div className="toolbar">
            <h2>Tenant Satisfaction Measures</h2>
            <span className="spacer" />
            <DateChooser label="Measures as at" value={measuresAt} onChange={setMeasuresAt} />
          </div>
          <p className="hint">Building safety measures BS01-BS05: the landlord’s social homes (rented and shared ownership), counted home by home.</p>
          {measuresProjected && (
            <p className="warning-banner" id="measures-projected">
              {projectedNote(measuresAt)}
            </p>
          )}
          {measures && (
            <table className="simple-table" aria-label="Building safety measures" aria-describedby={measuresProjected ? 'measures-projected' : undefined}>
              <thead>
                <tr>
                  <th scope="col">Measure</th>
                  <th scope="col">Check</th>
                  <th scope="col">Homes requiring</th>
                  <th scope="col">Compliant</th>
                  <th scope="col">%</th>
                </tr>
              </thead>
              <tbody>
                {(Object.keys(MEASURES) as (keyof typeof MEASURES)[]).map((code) => (
                  <tr key={code}>
                    <td>{code}</td>
                    <td>{CHECK_TYPE_LABELS[MEASURES[code]]}</td>
                    <td>{count(measures[code].requiring)}</td>
                    <td>{count(measures[code].compliant)}</td>
                    <td data-testid={`measure-${code}`}>{pct(measures[code].percent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <HomeLookup asAt={asAt} />
        </div>
      </div>
      <TrendCard asAt={asAt} target={target} generation={generation} />
      <OverdueCard asAt={asAt} generation={generation} />
      <RemedialsCard asAt={asAt} generation={generation} />
      <CheckSettingsCard onChanged={() => setGeneration((g) => g + 1)} />
    </section>
  );
}

function HomeLookup({ asAt }: { asAt: string }) {
  const [uprn, setUprn] = useState('');
  const [home, setHome] = useState<HomeCompliance | null>(null);
  const errors = useFormErrors(['uprn']);
  async function look(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      setHome(await call('compliance.home', { uprn, asAt }));
    } catch (err) {
      setHome(null);
      errors.show(err);
    }
  }
  return (
    <div className="inline-form">
      <form onSubmit={look} noValidate aria-label="Look up a home">
        <h3>A home’s checks</h3>
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        <Field label="UPRN" error={errors.fieldErrors.uprn}>
          {(p) => <input {...p} className="narrow" value={uprn} onChange={(e) => setUprn(e.target.value)} />}
        </Field>
        <button type="submit">Show</button>
      </form>
      {home && (
        <>
          <p>
            <strong>{home.address}</strong> ({home.tenure.replace('_', ' ')}), as at {formatDateShort(home.asAt)}
          </p>
          <table className="simple-table" aria-label={`Checks for ${home.address}`}>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Status</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {home.checks.map((c) => (
                <tr key={c.checkType}>
                  <td>{CHECK_TYPE_LABELS[c.checkType]}</td>
                  <td>
                    <span className={`badge ${STATUS_CLASS[c.status]}`}>{CHECK_STATUS_LABELS[c.status]}</span>
                  </td>
                  <td>{c.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
