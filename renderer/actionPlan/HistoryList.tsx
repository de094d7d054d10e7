import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../shared/contract';
import { FIELD_LABELS } from '../../shared/domain/fieldLabels';
import { formatDateLong, formatDateShort, isIsoDate, localToday, ukDatesIn } from '../../shared/domain/dates';
import { REC_STATUS_LABELS, RAG_LABELS, PRIORITY_LABELS } from '../../shared/domain/actionPlan';
import type { HistoryEntity } from '../../shared/domain/auditEntities';
import { call } from '../api';

const CODES: Record<string, Record<string, string>> = { status: REC_STATUS_LABELS, rag_override: RAG_LABELS, priority: PRIORITY_LABELS };

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'string' && CODES[field]?.[value]) return CODES[field][value];
  if (typeof value === 'string' && isIsoDate(value)) return formatDateShort(value);
  if (field === 'active') return value ? 'Yes' : 'No';
  const s = String(value);
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
}

const VERBS = { create: 'created', update: 'changed', delete: 'deleted' } as const;

export function HistoryList({ entity, entityId }: { entity: HistoryEntity; entityId: number }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('audit.history', { entity, entityId }).then(setEntries, (e) => setError((e as Error).message));
  }, [entity, entityId]);
  if (error)
    return (
      <div className="error-banner" role="alert">
        {error}
      </div>
    );
  if (!entries) return <p role="status">Loading history…</p>;
  if (entries.length === 0) return <p>No changes recorded.</p>;
  return (
    <ol className="history" aria-label="History, newest first">
      {entries.map((e) => (
        <li key={e.id}>
          <div>
            <strong>{formatDateLong(localToday(new Date(e.at)))}</strong> {new Date(e.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })} —{' '}
            {e.actor} {VERBS[e.action]} {e.entity === 'recommendation' ? '' : `${e.entity} `}
            {/* labels stored before they were written with UK dates read the same as later ones */}
            <em>{ukDatesIn(e.label)}</em>
          </div>
          {e.action === 'update' && (
            <ul>
              {e.changes.map((c) => (
                <li key={c.field}>
                  {FIELD_LABELS[c.field] ?? c.field}: {show(c.field, c.before)} → {show(c.field, c.after)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
