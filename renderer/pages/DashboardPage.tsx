import { useEffect, useMemo, useState } from 'react';
import type { ActionPlanSummary, CheckPositionRow, Meeting, MonthSummary, OverdueChecks, OverdueItem } from '../../shared/contract';
import { compliancePercentOption } from '../../shared/charts/complianceCharts';
import { CHECK_STATUS_LABELS, CHECK_TYPE_LABELS } from '../../shared/domain/compliance';
import { overdueWhere } from '../../shared/domain/overdueLabels';
import { ragChartOption, ragChartText } from '../../shared/charts/actionPlanCharts';
import { RAGS, REC_STATUSES, REC_STATUS_LABELS } from '../../shared/domain/actionPlan';
import { formatDateLong, formatDateShort, formatMonth } from '../../shared/domain/dates';
import { count, counted } from '../../shared/domain/plural';
import { call } from '../api';
import { useAppData } from '../AppData';
import { RagBadge } from '../components/Badges';
import { Chart } from '../components/Chart';
import { navigate } from '../useRoute';
import { TrainingTile } from '../training/TrainingTile';

export function DashboardPage() {
  const { programmes, settings, info, reload } = useAppData();
  const [loadingDemo, setLoadingDemo] = useState(false);
  const [summary, setSummary] = useState<ActionPlanSummary | null>(null);
  const [latest, setLatest] = useState<Record<number, MonthSummary | null>>({});
  const [nextMeeting, setNextMeeting] = useState<Meeting | null | undefined>(undefined);
  const [position, setPosition] = useState<CheckPositionRow[] | null>(null);
  const [chase, setChase] = useState<{ overdue: OverdueChecks; overdueRemedials: number; target: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('actionPlan.summary', { programmeId: null }).then(setSummary, (e) => setError((e as Error).message));
    call('compliance.position', {}).then(setPosition, (e) => setError((e as Error).message));
    Promise.all([call('compliance.overdue', { limit: 8 }), call('compliance.remedials', {}), call('compliance.target', {})]).then(
      ([o, r, t]) => setChase({ overdue: o, overdueRemedials: r.overdue, target: t.percent }),
      (e) => setError((e as Error).message),
    );
    call('meetings.list', {}).then(
      (all) =>
        setNextMeeting(
          all.filter((m) => m.status === 'scheduled' && m.meetingDate >= info.today).sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))[0] ?? null,
        ),
      (e) => setError((e as Error).message),
    );
  }, [info.today]);

  useEffect(() => {
    // The current update: the latest month not after this one (a bullet parked in a later month does not count).
    call('monthly.current', { month: info.today.slice(0, 7) }).then(
      (all) => setLatest(Object.fromEntries(all.map((c) => [c.programmeId, c.update]))),
      (e) => setError((e as Error).message),
    );
  }, [programmes, info.today]);

  const chart = useMemo(() => (summary ? ragChartOption(summary.byRag) : null), [summary]);
  const safetyChart = useMemo(() => (position && chase ? compliancePercentOption(position, chase.target, true) : null), [position, chase]);

  if (error)
    return (
      <div className="error-banner" role="alert">
        {error}
      </div>
    );
  if (!summary) return <p role="status">Loading the dashboard…</p>;

  if (programmes.length === 0) {
    return (
      <section>
        <h1>Dashboard</h1>
        <div className="card empty-state">
          <h2>Nothing to track yet</h2>
          <p>Start by adding an improvement programme and its recommendations, or the people who own them.</p>
          <button type="button" className="primary" onClick={() => navigate('plans', { new: 'programme' })}>
            Add a programme
          </button>{' '}
          <button type="button" onClick={() => navigate('people')}>
            Add people and teams
          </button>{' '}
          {info.isEmpty && (
            <button
              type="button"
              disabled={loadingDemo}
              onClick={async () => {
                setLoadingDemo(true);
                try {
                  await call('demo.load', {});
                  await reload();
                  setSummary(await call('actionPlan.summary', { programmeId: null }));
                } catch (e) {
                  setError((e as Error).message);
                } finally {
                  setLoadingDemo(false);
                }
              }}
            >
              {loadingDemo ? 'Loading the demo…' : 'Load the demo data'}
            </button>
          )}
        </div>
      </section>
    );
  }

  const mine = summary.overdue.filter((o) => o.ownerName === settings.userName);
  return (
    <section className="dashboard">
      <h1>Dashboard</h1>
      <p className="lead">{overdueLead(summary.overdue, mine.length)}</p>
      <div className="tiles">
        <div className="card tile" aria-labelledby="tile-plan">
          <h2 id="tile-plan">Action plans: {counted(summary.total, 'recommendation')}</h2>
          <dl className="counts">
            {REC_STATUSES.map((s) => (
              <div key={s} className={`count status-${s}`}>
                <dt>{REC_STATUS_LABELS[s]}</dt>
                <dd data-testid={`count-${s}`}>{count(summary.byStatus[s])}</dd>
              </div>
            ))}
          </dl>
          <ul className="rag-counts" aria-label="By RAG status">
            {RAGS.map((r) => (
              <li key={r}>
                <RagBadge rag={r} /> <strong data-testid={`rag-${r}`}>{count(summary.byRag[r])}</strong>
              </li>
            ))}
          </ul>
        </div>
        <div className="card tile">{chart && <Chart option={chart} description={`Recommendations by RAG status. ${ragChartText(summary.byRag)}.`} />}</div>
        {position && position.some((p) => p.requiring > 0) && (
          <div className="card tile" data-testid="compliance-tile">
            <h2>
              <a href="#/compliance">Building safety today</a>
            </h2>
            <ul className="plain">
              {position
                .filter((p) => p.requiring > 0)
                .map((p) => (
                  <li key={p.checkType}>
                    {CHECK_TYPE_LABELS[p.checkType]}: <strong>{p.percent?.toFixed(1)}%</strong>{' '}
                    <span className="muted">({counted(p.overdue, 'home')} not covered)</span>
                  </li>
                ))}
            </ul>
            {safetyChart && (
              <Chart
                option={safetyChart}
                height={200}
                description={`Homes with each check in date against a target of ${chase!.target}%: ${position.map((p) => `${CHECK_TYPE_LABELS[p.checkType]} ${p.percent === null ? 'not applicable' : `${p.percent.toFixed(1)}%`}`).join('; ')}.`}
              />
            )}
            {chase && (
              <p>
                <a href="#/compliance">{counted(chase.overdue.total, 'check')} overdue</a> (homes, communal parts and lifts) ·{' '}
                {counted(chase.overdueRemedials, 'remedial action')} overdue
              </p>
            )}
          </div>
        )}
        <div className="card tile" data-testid="next-committee">
          <h2>Next committee</h2>
          {nextMeeting === undefined ? (
            <p role="status">Loading…</p>
          ) : nextMeeting === null ? (
            <p>
              No meeting is scheduled. <a href="#/meetings">Add one</a>.
            </p>
          ) : (
            <>
              <p>
                <a href={`#/meetings?meeting=${nextMeeting.id}`}>
                  {nextMeeting.committeeName}, {formatDateLong(nextMeeting.meetingDate)}
                </a>
                {nextMeeting.papersDeadline && <span className="muted"> (papers by {formatDateLong(nextMeeting.papersDeadline)})</span>}
              </p>
              {nextMeeting.items.length ? (
                <ul>
                  {nextMeeting.items.map((i) => (
                    <li key={i.id}>{i.title}</li>
                  ))}
                </ul>
              ) : (
                <p>Nothing on the agenda yet.</p>
              )}
            </>
          )}
        </div>
        <div className="card tile">
          <h2>Programmes</h2>
          <ul className="programme-list">
            {programmes.map((p) => (
              <li key={p.id}>
                <a href={`#/plans?programme=${p.id}`}>{p.name}</a>
                <span className="muted">
                  {' '}
                  — {p.completedCount} of {p.recommendationCount} completed
                </span>
                <progress
                  max={Math.max(1, p.recommendationCount)}
                  value={p.completedCount}
                  aria-label={`${p.name}: ${p.completedCount} of ${p.recommendationCount} completed`}
                />
                <div className="small" data-testid={`latest-update-${p.code}`}>
                  Monthly update:{' '}
                  {latest[p.id] ? (
                    <a href={`#/monthly?programme=${p.id}&month=${latest[p.id]!.month}`}>
                      {formatMonth(latest[p.id]!.month)} — {latest[p.id]!.status === 'published' ? 'published' : 'draft'}
                    </a>
                  ) : (
                    <a href={`#/monthly?programme=${p.id}`}>none yet — start this month’s</a>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <TrainingTile />
      <div className="two-col">
        <ItemList title="Overdue" items={summary.overdue} empty="Nothing is overdue." overdue />
        <ItemList title="Due in the next 30 days" items={summary.dueSoon} empty="Nothing falls due in the next 30 days." />
      </div>
      {chase && chase.overdue.total > 0 && <OverdueChecksCard overdue={chase.overdue} />}
    </section>
  );
}

/** Says what the count counts: "15 items overdue across the action plans: 5 recommendations and 10 actions." */
function overdueLead(overdue: OverdueItem[], mine: number): string {
  if (overdue.length === 0) return 'Nothing is overdue across the action plans.';
  const recommendations = overdue.filter((o) => o.kind === 'recommendation').length;
  const actions = overdue.length - recommendations;
  const yours = mine ? ` (${mine} of them yours)` : '';
  if (!recommendations || !actions) return `${counted(overdue.length, recommendations ? 'recommendation' : 'action')} overdue across the action plans${yours}.`;
  return `${counted(overdue.length, 'item')} overdue across the action plans${yours}: ${counted(recommendations, 'recommendation')} and ${counted(actions, 'action')}.`;
}

function ItemList({ title, items, empty, overdue }: { title: string; items: OverdueItem[]; empty: string; overdue?: boolean }) {
  return (
    <div className="card">
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Owner</th>
              <th scope="col">{overdue ? 'Was due' : 'Due'}</th>
              {overdue && <th scope="col">Days overdue</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr key={`${o.kind}-${o.id}`}>
                <td>
                  <a href={`#/plans?programme=${o.programmeId}&rec=${o.recommendationId}`}>
                    {o.programmeCode} {o.ref}
                    {o.kind === 'action' ? ' action' : ''}: {o.title}
                  </a>
                </td>
                <td>{o.ownerName ?? <span className="muted">No owner</span>}</td>
                <td>
                  {formatDateShort(o.targetDate)}
                  {o.originalTargetDate && o.originalTargetDate !== o.targetDate && (
                    <span className="muted"> (originally {formatDateShort(o.originalTargetDate)})</span>
                  )}
                </td>
                {overdue && <td>{o.daysOverdue}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The building safety checks overdue longest, with who chases them: the compliance part of "what needs me today". */
function OverdueChecksCard({ overdue }: { overdue: OverdueChecks }) {
  return (
    <div className="card" data-testid="overdue-checks">
      <h2>Building safety checks overdue</h2>
      <table className="simple-table" aria-label="Building safety checks overdue longest">
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Where</th>
            <th scope="col">Owner</th>
            <th scope="col">Ran out</th>
            <th scope="col">Days overdue</th>
          </tr>
        </thead>
        <tbody>
          {overdue.rows.map((r, i) => (
            <tr key={i}>
              <td>{CHECK_TYPE_LABELS[r.checkType]}</td>
              <td>{overdueWhere(r)}</td>
              <td>{r.ownerName ?? <span className="muted">No owner</span>}</td>
              <td>{r.coverUntil ? formatDateShort(r.coverUntil) : CHECK_STATUS_LABELS.missing}</td>
              <td>
                {r.daysOverdue ?? '–'}
                {r.status === 'no_access' && <span className="muted"> (no access)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {overdue.total > overdue.rows.length && (
        <p>
          <a href="#/compliance">All {overdue.total} overdue checks</a>
        </p>
      )}
    </div>
  );
}
