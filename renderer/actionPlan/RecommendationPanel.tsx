import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { counted } from '../../shared/domain/plural';
import type { RecommendationDetail } from '../../shared/contract';
import { formatDateLong, localToday } from '../../shared/domain/dates';
import { call } from '../api';
import { RagBadge, StatusBadge } from '../components/Badges';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { ErrorSummary } from '../components/ErrorSummary';
import { RecommendationFields } from './RecommendationFields';
import { changedFields, REC_FORM_FIELDS, valuesOf, type RecFormValues } from './recommendationFormValues';
import { ActionsList } from './ActionsList';
import { NotesTimeline } from './NotesTimeline';
import { HistoryList } from './HistoryList';
import { PanelHead, PanelPending, PanelTabs } from '../components/PanelParts';

type Tab = 'details' | 'actions' | 'notes' | 'history';

interface Props {
  id: number;
  /** the row's version in the grid: when it moves on (an inline edit), the panel reloads */
  version?: number;
  enqueue(id: number, task: () => Promise<void>): Promise<void>;
  onChanged(detail: RecommendationDetail): void;
  onDeleted(): void;
  onClose(): void;
}

export function RecommendationPanel({ id, version, enqueue, onChanged, onDeleted, onClose }: Props) {
  const [detail, setDetail] = useState<RecommendationDetail | null>(null);
  const [values, setValues] = useState<RecFormValues | null>(null);
  const [tab, setTab] = useState<Tab>('details');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [historyKey, setHistoryKey] = useState(0);
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors(REC_FORM_FIELDS);
  const toast = useToast();

  // A fresh copy from main replaces the form's values only where the user has not typed anything.
  const shown = useRef<RecommendationDetail | null>(null);
  const take = useCallback((d: RecommendationDetail) => {
    const old = shown.current;
    shown.current = d;
    setValues((current) => {
      if (!old || !current) return valuesOf(d);
      const typed = Object.keys(changedFields(valuesOf(old), current)) as (keyof RecFormValues)[];
      return { ...valuesOf(d), ...Object.fromEntries(typed.map((k) => [k, current[k]])) };
    });
    setDetail(d);
    setHistoryKey((k) => k + 1);
  }, []);

  const accept = useCallback(
    (d: RecommendationDetail) => {
      take(d);
      onChanged(d);
    },
    [onChanged, take],
  );

  useEffect(() => {
    if (detail && version !== undefined && version === detail.version) return;
    call('recommendations.get', { id }).then(take, (e) => setLoadError((e as Error).message));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, version]);

  if (loadError || !detail || !values) return <PanelPending label="Recommendation" error={loadError} onClose={onClose} />;

  const patch = changedFields(valuesOf(detail), values);
  // The form shows the completion date, so an empty one is sent and asked for rather than filled with today.
  if (patch.status === 'completed' && !('completionDate' in patch) && values.completionDate === '') patch.completionDate = null;
  const dirty = Object.keys(patch).length > 0;

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!dirty) return;
    errors.clear();
    setSaving(true);
    await enqueue(id, async () => {
      try {
        const saved = await call('recommendations.update', { id, patch });
        setValues(valuesOf(saved));
        accept(saved);
        toast('info', `${detail!.ref} saved.`);
      } catch (err) {
        errors.show(err);
      }
    });
    setSaving(false);
  }

  async function remove() {
    if (!window.confirm(`Delete ${detail!.ref} “${detail!.title}” with its actions and notes? The history keeps a record of it.`)) return;
    try {
      await call('recommendations.delete', { id });
      toast('info', `${detail!.ref} deleted.`);
      onDeleted();
    } catch (err) {
      toast('error', (err as Error).message);
    }
  }

  const tabs: Record<Tab, string> = {
    details: 'Details',
    actions: `Actions (${detail.actions.length})`,
    notes: `Notes (${detail.notes.length})`,
    history: 'History',
  };

  return (
    <aside className="panel" aria-label={`Recommendation ${detail.ref}`}>
      <PanelHead title={`${detail.ref} ${detail.title}`} onClose={onClose}>
        <div className="badges">
          <StatusBadge status={detail.status} /> <RagBadge rag={detail.rag} overridden={detail.ragOverride !== null} />
          {detail.daysOverdue > 0 && <span className="muted"> {counted(detail.daysOverdue, 'day')} overdue</span>}
        </div>
        {detail.ragOverride && <p className="hint">RAG set by hand: {detail.ragOverrideReason}</p>}
      </PanelHead>
      <PanelTabs label="Recommendation sections" tabs={tabs} current={tab} onChange={setTab} />
      <div className="panel-body" role="tabpanel">
        {tab === 'details' && (
          <form onSubmit={save} noValidate>
            {errors.formError && (
              <div className="error-banner" role="alert">
                {errors.formError}
              </div>
            )}
            <RecommendationFields values={values} errors={errors.fieldErrors} onChange={setValues} derivedRag={detail.derivedRag} />
            <p className="muted small">
              Last changed {formatDateLong(localToday(new Date(detail.updatedAt)))}. Programme: {detail.programmeName}.
            </p>
            <div className="form-actions">
              <button type="submit" className="primary" disabled={!dirty || saving}>
                {saving ? 'Saving…' : 'Save changes'}
              </button>
              <button
                type="button"
                disabled={!dirty}
                onClick={() => {
                  setValues(valuesOf(detail));
                  errors.clear();
                }}
              >
                Undo changes
              </button>
              <ErrorSummary summary={errors.summary} />
              <span className="spacer" />
              <button type="button" className="danger" onClick={remove}>
                Delete
              </button>
            </div>
          </form>
        )}
        {tab === 'actions' && <ActionsList detail={detail} onChanged={accept} />}
        {tab === 'notes' && <NotesTimeline detail={detail} onChanged={accept} />}
        {tab === 'history' && <HistoryList key={historyKey} entity="recommendation" entityId={id} />}
      </div>
    </aside>
  );
}
