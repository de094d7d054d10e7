import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { counted } from '../../shared/domain/plural';
import type { PolicyRow, PolicyTimeline } from '../../shared/contract';
import { reviewTimelineOption } from '../../shared/charts/actionPlanCharts';
import { DEFAULT_CLUSTER_THRESHOLD, POLICY_CATEGORIES, POLICY_CATEGORY_LABELS, POLICY_STAGES, POLICY_STAGE_LABELS } from '../../shared/domain/policies';
import { formatMonth } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Chart } from '../components/Chart';
import { navigate } from '../useRoute';
import { ExportButtons } from '../monthly/ExportButtons';
import { PolicyGrid } from './PolicyGrid';
import { PolicyPanel } from './PolicyPanel';
import { NewPolicyForm } from './NewPolicyForm';
import { ViewButtons } from '../components/Toolbar';
import { useRegisterKeys } from '../components/useRegisterKeys';
import { RegisterBody } from '../components/RegisterBody';
import { useSavedViews, type SavedView } from '../components/useSavedViews';
import { useMediaQuery } from '../components/useMediaQuery';

type View = 'all' | 'overdue' | 'due_3' | 'due_6' | 'due_12' | 'pipeline';
const IN_DEVELOPMENT: string[] = ['identified_missing', 'drafting', 'staff_consultation', 'resident_consultation', 'awaiting_committee'];
const VIEWS: SavedView<PolicyRow, View>[] = [
  { id: 'all', label: 'All' },
  { id: 'overdue', label: 'Review overdue', keeps: (r) => r.reviewState === 'overdue' },
  { id: 'due_3', label: 'Due in 3 months', keeps: (r) => ['due_3'].includes(r.reviewState) },
  { id: 'due_6', label: 'Due in 6 months', keeps: (r) => ['due_3', 'due_6'].includes(r.reviewState) },
  { id: 'due_12', label: 'Due in 12 months', keeps: (r) => ['due_3', 'due_6', 'due_12'].includes(r.reviewState) },
  { id: 'pipeline', label: 'In development', keeps: (r) => IN_DEVELOPMENT.includes(r.stage) },
];

export function PoliciesPage({ params }: { params: URLSearchParams }) {
  const { people } = useAppData();
  const selectedId = Number(params.get('policy')) || null;
  const adding = params.get('new') === 'policy';
  const [rows, setRows] = useState<PolicyRow[]>([]);
  const [timeline, setTimeline] = useState<PolicyTimeline | null>(null);
  const [threshold, setThreshold] = useState(DEFAULT_CLUSTER_THRESHOLD);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const { view, setView, keeps } = useSavedViews('policies', VIEWS);
  const [stage, setStage] = useState('');
  const [category, setCategory] = useState('');
  const [owner, setOwner] = useState('');
  const searchBox = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    try {
      const [r, t] = await Promise.all([call('policies.list', {}), call('policies.timeline', { months: 24, threshold })]);
      setRows(r);
      setTimeline(t);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [threshold]);
  useEffect(() => {
    void load();
  }, [load]);

  useRegisterKeys(searchBox, selectedId || adding ? () => navigate('policies') : null);

  const visible = useMemo(() => {
    const q = search.trim().toLowerCase();
    return rows.filter((r) => {
      if (!keeps(r)) return false;
      if (stage && r.stage !== stage) return false;
      if (category && r.category !== category) return false;
      if (owner && String(r.ownerId) !== owner) return false;
      if (q && ![r.title, r.ownerName ?? '', r.summary].some((s) => s.toLowerCase().includes(q))) return false;
      return true;
    });
  }, [rows, search, keeps, stage, category, owner]);

  const chart = useMemo(() => (timeline ? reviewTimelineOption(timeline.months, timeline.threshold) : null), [timeline]);
  const clustered = timeline?.months.filter((m) => m.clustered) ?? [];
  // on a laptop screen (768 pixels high) a smaller chart leaves the grid room for its rows
  const shortScreen = useMediaQuery('(max-height: 900px)');

  return (
    <section className="register">
      <header className="register-head">
        <div>
          <h1>Policy schedule</h1>
          <p className="muted">
            {counted(rows.length, 'policy', 'policies')} · {rows.filter((r) => r.reviewState === 'overdue').length} overdue for review ·{' '}
            {rows.filter((r) => ['due_3', 'due_6'].includes(r.reviewState)).length} due in the next 6 months
          </p>
        </div>
        <ExportButtons jobs={[{ label: 'Export policy schedule (.docx)', request: () => ({ call: 'exports.policySchedule', input: { threshold } }) }]} />
      </header>
      <div className="toolbar" role="toolbar" aria-label="Policy schedule tools">
        <input
          ref={searchBox}
          type="search"
          placeholder="Search (Ctrl+F)"
          aria-label="Search policies"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <ViewButtons<View> views={VIEWS} value={view} onChange={setView} />
        <select aria-label="Filter by stage" value={stage} onChange={(e) => setStage(e.target.value)}>
          <option value="">Any stage</option>
          {POLICY_STAGES.map((s) => (
            <option key={s} value={s}>
              {POLICY_STAGE_LABELS[s]}
            </option>
          ))}
        </select>
        <select aria-label="Filter by category" value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">Any category</option>
          {POLICY_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {POLICY_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
        <select aria-label="Filter by owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
          <option value="">Any owner</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <span className="spacer" />
        <span className="muted" role="status">
          {visible.length} of {rows.length}
        </span>
        <button type="button" className="primary" onClick={() => navigate('policies', { new: 'policy' })}>
          Add policy
        </button>
      </div>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {clustered.length > 0 && (
        <div className="warning-banner" role="status">
          Reviews cluster in {clustered.map((m) => `${formatMonth(m.month)} (${m.count})`).join(', ')}: more than {timeline!.threshold} in a month. Consider
          extending some or bringing them forward.
        </div>
      )}
      <RegisterBody name="policies">
        <div className="grid-and-chart">
          <PolicyGrid rows={visible} selectedId={selectedId} onSelect={(id) => navigate('policies', { policy: id })} />
          <div className="card chart-card">
            <label className="inline">
              Warn above{' '}
              <input
                type="number"
                min={1}
                max={50}
                value={threshold}
                onChange={(e) => setThreshold(Math.max(1, Number(e.target.value) || 1))}
                className="tiny"
                aria-label="Warn when more reviews than this fall in one month"
              />{' '}
              reviews a month
            </label>
            {chart && timeline && (
              <Chart
                option={chart}
                height={shortScreen ? 150 : 230}
                description={`Policy reviews due by month: ${
                  timeline.months
                    .filter((m) => m.count)
                    .map((m) => `${formatMonth(m.month)} ${m.count}`)
                    .join(', ') || 'none in the next two years'
                }.`}
              />
            )}
          </div>
        </div>
        {adding && (
          <NewPolicyForm
            onCreated={async (p) => {
              await load();
              navigate('policies', { policy: p.id });
            }}
            onCancel={() => navigate('policies')}
          />
        )}
        {selectedId && !adding && <PolicyPanel key={selectedId} id={selectedId} onChanged={load} onClose={() => navigate('policies')} />}
      </RegisterBody>
    </section>
  );
}
