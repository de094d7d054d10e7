import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RecommendationDetail, RecommendationRow } from '../../shared/contract';
import { RAGS, RAG_LABELS, REC_STATUSES, REC_STATUS_LABELS, type RecStatus } from '../../shared/domain/actionPlan';
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
import { RegisterBody } from '../components/RegisterBody';
import type { RegisterGridHandle } from '../components/RegisterGrid';
import { useSavedViews, type SavedView } from '../components/useSavedViews';
import { ReasonDialog } from '../components/ReasonDialog';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDateShort } from '../../shared/domain/dates';

type View = 'all' | 'mine' | 'open' | 'overdue' | 'dueSoon';
const viewsFor = (userName: string): SavedView<RecommendationRow, View>[] => [
  { id: 'all', label: 'All' },
  { id: 'mine', label: 'Mine', keeps: (r) => r.ownerName === userName },
  { id: 'open', label: 'Not completed', keeps: (r) => r.status !== 'completed' },
  { id: 'overdue', label: 'Overdue', keeps: (r) => r.daysOverdue !== 0 },
  { id: 'dueSoon', label: 'Due soon', keeps: (r) => r.derivedRag === 'amber' },
];

export function ActionPlanPage({ params }: { params: URLSearchParams }) {
  const { programmes, people, teams, settings, reload } = useAppData();
  const toast = useToast();
  const programmeId = Number(params.get('programme')) || programmes[0]?.id || null;
  const selectedId = Number(params.get('rec')) || null;
  const mode = params.get('new');
  const programme = programmes.find((p) => p.id === programmeId) ?? null;

  const [rows, setRows] = useState<RecommendationRow[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const views = useMemo(() => viewsFor(settings.userName), [settings.userName]);
  const { view, setView, keeps } = useSavedViews('action-plan', views);
  const [status, setStatus] = useState('');
  const [rag, setRag] = useState('');
  const [theme, setTheme] = useState('');
  const [editingProgramme, setEditingProgramme] = useState(false);
  const [askReason, setAskReason] = useState<{ row: RecommendationRow; value: string } | null>(null);
  const [askReopen, setAskReopen] = useState<{ row: RecommendationRow; value: string } | null>(null);
  const grid = useRef<RegisterGridHandle>(null);
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
      if (!keeps(r)) return false;
      if (status && r.status !== status) return false;
      if (rag && r.rag !== rag) return false;
      if (theme && r.theme !== theme) return false;
      if (q && ![r.ref, r.title, r.theme, r.ownerName ?? '', r.leadTeamName ?? '', r.publicSummary].some((s) => s.toLowerCase().includes(q))) return false;
      return true;
    });
  }, [rows, search, keeps, status, rag, theme]);

  function save(row: RecommendationRow, patch: Record<string, unknown>) {
    void enqueue(row.id, async () => {
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
    // Reopening a completed recommendation removes its completion date: say so first.
    if (field === 'status' && value !== 'completed' && oldValue === 'completed' && row.completionDate) {
      setAskReopen({ row, value: value as string });
      return;
    }
    save(row, { [field]: value ?? null });
  }

  const onRefused = useCallback((row: RecommendationRow, message: string) => toast('error', `${row.ref}: ${message}`), [toast]);

  /** After a dialog asked about a cell's change, the focus goes back to that cell. */
  const backToCell = (row: RecommendationRow, field: string) => grid.current?.focusCell(row.id, field);
  const exportCsv = () => grid.current?.exportCsv(`${programme?.code ?? 'action-plan'}-action-plan.csv`);

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
            backToCell(askReason.row, 'revisedTargetDate');
          }}
          onCancel={() => {
            setAskReason(null);
            void load().then(() => backToCell(askReason.row, 'revisedTargetDate'));
          }}
        />
      )}
      {askReopen && askReopen.row.completionDate && (
        <ConfirmDialog
          title={`${askReopen.row.ref}: change status to ${REC_STATUS_LABELS[askReopen.value as RecStatus]}`}
          message={`${askReopen.row.ref} was completed on ${formatDateShort(askReopen.row.completionDate)}. Changing its status to ${REC_STATUS_LABELS[askReopen.value as RecStatus]} removes the completion date (the history keeps it).`}
          confirmLabel="Change status and remove the date"
          cancelLabel="Keep it completed"
          onConfirm={() => {
            save(askReopen.row, { status: askReopen.value, completionDate: null });
            setAskReopen(null);
            backToCell(askReopen.row, 'status');
          }}
          onCancel={() => {
            setAskReopen(null);
            void load().then(() => backToCell(askReopen.row, 'status'));
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
        <ViewButtons<View> views={views} value={view} onChange={setView} />
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
      {loadError && (
        <div className="error-banner" role="alert">
          {loadError}
        </div>
      )}

      <RegisterBody name="actionPlan">
        <RecommendationGrid
          ref={grid}
          rows={visible}
          people={people}
          teams={teams}
          selectedId={selectedId}
          onSelect={(id) => navigate('plans', { programme: programmeId ?? undefined, rec: id })}
          onEdit={onEdit}
          onRefused={onRefused}
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
      </RegisterBody>
    </section>
  );
}

function stripDetail(d: RecommendationDetail): RecommendationRow {
  const { fullText: _f, programmeName: _p, actions: _a, notes: _n, ...row } = d;
  return row;
}
