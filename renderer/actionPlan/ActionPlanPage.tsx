import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AgGridReact } from 'ag-grid-react';
import type { RecommendationDetail, RecommendationRow } from '../../shared/contract';
import { RAGS, RAG_LABELS, REC_STATUSES, REC_STATUS_LABELS } from '../../shared/domain/actionPlan';
import { labelOfField } from '../../shared/domain/fieldLabels';
import { call } from '../api';
import { useAppData } from '../AppData';
import { useToast } from '../components/Toast';
import { navigate } from '../useRoute';
import { RecommendationGrid } from './RecommendationGrid';
import { RecommendationPanel } from './RecommendationPanel';
import { ProgrammeForm } from './ProgrammeForm';
import { NewRecommendationForm } from './NewRecommendationForm';
import { useRowQueue } from './useRowQueue';
import { ProgrammeSelect, ViewButtons } from '../components/Toolbar';
import { useRegisterKeys } from '../components/useRegisterKeys';
import { ReasonDialog } from '../components/ReasonDialog';
import { formatDateShort } from '../../shared/domain/dates';

type View = 'all' | 'mine' | 'open' | 'overdue' | 'dueSoon';
const VIEWS: { id: View; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'mine', label: 'Mine' },
  { id: 'open', label: 'Not completed' },
  { id: 'overdue', label: 'Overdue' },
  { id: 'dueSoon', label: 'Due soon' },
];

export function ActionPlanPage({ params }: { params: URLSearchParams }) {
  const { programmes, people, teams, settings, info, reload } = useAppData();
  const toast = useToast();
  const programmeId = Number(params.get('programme')) || programmes[0]?.id || null;
  const selectedId = Number(params.get('rec')) || null;
  const mode = params.get('new');
  const programme = programmes.find((p) => p.id === programmeId) ?? null;

  const [rows, setRows] = useState<RecommendationRow[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [view, setView] = useState<View>('all');
  const [status, setStatus] = useState('');
  const [rag, setRag] = useState('');
  const [theme, setTheme] = useState('');
  const [editingProgramme, setEditingProgramme] = useState(false);
  const [askReason, setAskReason] = useState<{ row: RecommendationRow; value: string } | null>(null);
  const grid = useRef<AgGridReact<RecommendationRow>>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const enqueue = useRowQueue();

  const load = useCallback(async () => {
    if (!programmeId) return;
    try {
      setRows(await call('recommendations.list', { programmeId }));
      setLoadError(null);
    } catch (e) {
      setLoadError((e as Error).message);
    }
  }, [programmeId]);

  useEffect(() => {
    void load();
    setEditingProgramme(false);
  }, [load]);

  useRegisterKeys(searchBox, selectedId ? () => navigate('plans', { programme: programmeId ?? undefined }) : null);

  const applyDetail = useCallback((detail: RecommendationDetail) => {
    setRows((all) => all.map((r) => (r.id === detail.id ? stripDetail(detail) : r)));
  }, []);

  const themes = useMemo(() => [...new Set(rows.map((r) => r.theme).filter(Boolean))].sort(), [rows]);

  const visible = useMemo(() => {
    const q = search.trim().toLowerCase();
    return rows.filter((r) => {
      if (view === 'mine' && r.ownerName !== settings.userName) return false;
      if (view === 'open' && r.status === 'completed') return false;
      if (view === 'overdue' && r.daysOverdue === 0) return false;
      if (view === 'dueSoon' && r.derivedRag !== 'amber') return false;
      if (status && r.status !== status) return false;
      if (rag && r.rag !== rag) return false;
      if (theme && r.theme !== theme) return false;
      if (q && ![r.ref, r.title, r.theme, r.ownerName ?? '', r.leadTeamName ?? '', r.publicSummary].some((s) => s.toLowerCase().includes(q))) return false;
      return true;
    });
  }, [rows, search, view, status, rag, theme, settings.userName]);

  function save(row: RecommendationRow, patch: Record<string, unknown>) {
    enqueue(row.id, async () => {
      try {
        applyDetail(await call('recommendations.update', { id: row.id, patch }));
      } catch (e) {
        const err = e as Error & { field?: string };
        toast('error', `${row.ref}: ${err.field ? `${labelOfField(err.field)} — ` : ''}${err.message} The change was not saved.`);
        await load();
      }
    });
  }

  function onEdit(row: RecommendationRow, field: string, value: unknown, oldValue: unknown) {
    // A new revised date needs its reason: ask for it before saving.
    if (field === 'revisedTargetDate' && value) {
      setAskReason({ row, value: value as string });
      return;
    }
    const patch: Record<string, unknown> = { [field]: value ?? null };
    // Completing from the grid records today as the completion date; reopening clears it.
    if (field === 'status' && value === 'completed' && !row.completionDate) patch.completionDate = info.today;
    if (field === 'status' && value !== 'completed' && oldValue === 'completed') patch.completionDate = null;
    save(row, patch);
  }

  function exportCsv() {
    grid.current?.api.exportDataAsCsv({
      fileName: `${programme?.code ?? 'action-plan'}-action-plan.csv`,
      processCellCallback: (p) => {
        const field = p.column.getColDef().field;
        if (field === 'rag' && p.node?.data) return RAG_LABELS[(p.node.data as RecommendationRow).rag];
        return p.formatValue(p.value);
      },
    });
  }

  if (programmes.length === 0 || mode === 'programme') {
    return (
      <section>
        <h1>New programme</h1>
        <ProgrammeForm
          onSaved={async (p) => {
            await reload();
            navigate('plans', { programme: p.id });
          }}
          onCancel={programmes.length ? () => navigate('plans') : undefined}
        />
      </section>
    );
  }

  return (
    <section className="register">
      <header className="register-head">
        <div>
          <h1>{programme?.name ?? 'Action plan'}</h1>
          {programme && (
            <p className="muted">
              {programme.source}
              {rows.length ? ` · ${rows.filter((r) => r.status === 'completed').length} of ${rows.length} completed` : ''}
            </p>
          )}
        </div>
        <div className="head-actions">
          <ProgrammeSelect programmes={programmes} value={programmeId} onChange={(id) => navigate('plans', { programme: id })} />
          <button type="button" onClick={() => setEditingProgramme((v) => !v)}>
            Edit programme
          </button>
          <button type="button" onClick={() => navigate('plans', { new: 'programme' })}>
            New programme
          </button>
        </div>
      </header>
      {askReason && (
        <ReasonDialog
          title={`${askReason.row.ref}: revised target date ${formatDateShort(askReason.value)}`}
          label="Reason for the revised date"
          onConfirm={(reason) => {
            save(askReason.row, { revisedTargetDate: askReason.value, revisedReason: reason });
            setAskReason(null);
          }}
          onCancel={() => {
            setAskReason(null);
            void load();
          }}
        />
      )}
      {editingProgramme && programme && (
        <ProgrammeForm
          key={programme.id}
          programme={programme}
          onSaved={async () => {
            setEditingProgramme(false);
            await reload();
          }}
          onCancel={() => setEditingProgramme(false)}
        />
      )}

      <div className="toolbar" role="toolbar" aria-label="Action plan tools">
        <input
          ref={searchBox}
          type="search"
          placeholder="Search (Ctrl+F)"
          aria-label="Search recommendations"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <ViewButtons<View> views={VIEWS} value={view} onChange={setView} />
        <select aria-label="Filter by status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">Any status</option>
          {REC_STATUSES.map((s) => (
            <option key={s} value={s}>
              {REC_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <select aria-label="Filter by RAG" value={rag} onChange={(e) => setRag(e.target.value)}>
          <option value="">Any RAG</option>
          {RAGS.map((r) => (
            <option key={r} value={r}>
              {RAG_LABELS[r]}
            </option>
          ))}
        </select>
        <select aria-label="Filter by theme" value={theme} onChange={(e) => setTheme(e.target.value)}>
          <option value="">Any theme</option>
          {themes.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <span className="spacer" />
        <span className="muted" role="status">
          {visible.length} of {rows.length}
        </span>
        <button type="button" className="primary" onClick={() => navigate('plans', { programme: programmeId ?? undefined, new: 'recommendation' })}>
          Add recommendation
        </button>
        <button type="button" onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      {view === 'mine' && !people.some((p) => p.name === settings.userName) && (
        <p className="hint">“Mine” shows items owned by the person named {settings.userName}. Add yourself under People and teams with that name.</p>
      )}
      {loadError && <div className="error-banner" role="alert">{loadError}</div>}

      <div className={`register-body${selectedId || mode === 'recommendation' ? ' with-panel' : ''}`}>
        <RecommendationGrid
          ref={grid}
          rows={visible}
          people={people}
          teams={teams}
          selectedId={selectedId}
          onSelect={(id) => navigate('plans', { programme: programmeId ?? undefined, rec: id })}
          onEdit={onEdit}
        />
        {mode === 'recommendation' && programmeId && (
          <NewRecommendationForm
            programmeId={programmeId}
            suggestedRef={`R${rows.length + 1}`}
            onCreated={async (d) => {
              await load();
              await reload();
              navigate('plans', { programme: programmeId, rec: d.id });
            }}
            onCancel={() => navigate('plans', { programme: programmeId })}
          />
        )}
        {selectedId && mode !== 'recommendation' && (
          <RecommendationPanel
            key={selectedId}
            id={selectedId}
            version={rows.find((r) => r.id === selectedId)?.version}
            enqueue={enqueue}
            onChanged={applyDetail}
            onDeleted={async () => {
              await load();
              await reload();
              navigate('plans', { programme: programmeId ?? undefined });
            }}
            onClose={() => navigate('plans', { programme: programmeId ?? undefined })}
          />
        )}
      </div>
    </section>
  );
}

function stripDetail(d: RecommendationDetail): RecommendationRow {
  const { fullText: _f, programmeName: _p, actions: _a, notes: _n, ...row } = d;
  return row;
}
