import { useCallback, useEffect, useRef, useState } from 'react';
import type { MonthView, RecommendationRow } from '../../shared/contract';
import { formatDateLong, formatMonth, localToday } from '../../shared/domain/dates';
import { whyNotPublishable } from '../../shared/domain/monthlyPublish';
import { call } from '../api';
import { useAppData } from '../AppData';
import { useToast } from '../components/Toast';
import { navigate } from '../useRoute';
import { ExportButtons } from './ExportButtons';
import { ItemList } from './ItemList';
import { NewItemForm } from './NewItemForm';
import { ChangesList } from './ChangesList';
import { PublicMeasuresCard } from './PublicMeasuresCard';
import { ProgrammeSelect } from '../components/Toolbar';

export function MonthlyPage({ params }: { params: URLSearchParams }) {
  const { programmes, info } = useAppData();
  const toast = useToast();
  const programmeId = Number(params.get('programme')) || programmes[0]?.id || null;
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : info.today.slice(0, 7);
  const [view, setView] = useState<MonthView | null>(null);
  const [recs, setRecs] = useState<RecommendationRow[]>([]);
  const [error, setError] = useState<string | null>(null);

  const request = useRef(0);
  const load = useCallback(async () => {
    if (!programmeId) return;
    // Only the answer to the latest request is shown: a slow one for another month is dropped.
    const mine = ++request.current;
    setView(null);
    try {
      const [v, r] = await Promise.all([call('monthly.get', { programmeId, month }), call('recommendations.list', { programmeId })]);
      if (mine !== request.current) return;
      setView(v);
      setRecs(r);
      setError(null);
    } catch (e) {
      if (mine === request.current) setError((e as Error).message);
    }
  }, [programmeId, month]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!programmeId) {
    return (
      <section>
        <h1>Monthly updates</h1>
        <p>Add a programme under Action plans first.</p>
      </section>
    );
  }

  const go = (p: { programme?: number; month?: string }) => navigate('monthly', { programme: p.programme ?? programmeId, month: p.month ?? month });
  const published = view?.status === 'published';
  const current = view !== null && view.month === month && view.programmeId === programmeId;
  const cannotPublish = !current
    ? error
      ? 'The month could not be loaded: see the message above.'
      : `Loading ${formatMonth(month)}: wait a moment.`
    : whyNotPublishable({ month, today: info.today, status: view.status, publishedAt: view.publishedAt, itemCount: view.items.length })?.message;

  async function publish() {
    if (!window.confirm(`Publish the ${formatMonth(month)} update? Its items and the notes it quotes can no longer be changed afterwards.`)) return;
    try {
      setView(await call('monthly.publish', { programmeId: programmeId!, month }));
      toast('info', `The ${formatMonth(month)} update is published.`);
    } catch (e) {
      toast('error', (e as Error).message);
    }
  }

  return (
    <section>
      <header className="register-head">
        <div>
          <h1>Monthly update: {formatMonth(month)}</h1>
          <p className="muted">
            {view?.status === 'published' && (
              <>
                <span className="badge status-completed">Published</span> on {formatDateLong(localToday(new Date(view.publishedAt!)))} by {view.publishedBy}. It
                can no longer be changed: add any correction to a later month.
              </>
            )}
            {view?.status === 'draft' && (
              <>
                <span className="badge status-in_progress">Draft</span> Not yet published.
              </>
            )}
            {view?.status === 'empty' && 'No items yet for this month.'}
          </p>
        </div>
        <div className="head-actions">
          <ProgrammeSelect programmes={programmes} value={programmeId} onChange={(id) => go({ programme: id })} />
          <label>
            Month <input type="month" value={month} onChange={(e) => e.target.value && go({ month: e.target.value })} aria-label="Month" />
          </label>
        </div>
      </header>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      <div className="toolbar">
        <ExportButtons
          jobs={[
            { label: 'Export monthly update (.docx)', request: () => ({ call: 'exports.monthlyUpdate', input: { programmeId, month } }) },
            { label: 'Export recommendations document (.docx)', request: () => ({ call: 'exports.recommendations', input: { programmeId } }) },
          ]}
        />
        <span className="spacer" />
        {!published && (
          <div className="head-actions">
            {cannotPublish && (
              <span id="publish-reason" className="muted">
                {cannotPublish}
              </span>
            )}
            <button
              type="button"
              className="primary"
              onClick={publish}
              disabled={!!cannotPublish}
              aria-describedby={cannotPublish ? 'publish-reason' : undefined}
            >
              Publish this month
            </button>
          </div>
        )}
      </div>
      {!view && !error && <p role="status">Loading {formatMonth(month)}…</p>}
      {view && current && (
        <div className="two-col wide-left">
          <div className="card">
            <h2>This month’s bullets ({view.items.length})</h2>
            <ItemList key={`${programmeId}-${month}`} view={view} onChanged={setView} />
            {!published && (
              <NewItemForm key={`${programmeId}-${month}`} programmeId={programmeId} month={month} recs={recs} today={info.today} onChanged={setView} />
            )}
          </div>
          <ChangesList view={view} published={published} onChanged={setView} />
        </div>
      )}
      {view && current && <PublicMeasuresCard view={view} published={published} onChanged={setView} />}
    </section>
  );
}
