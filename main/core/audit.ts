import type { Insertable } from 'kysely';
import type { AuditEntity } from '../../shared/domain/auditEntities';
import type { AuditLogTable } from '../audit/tables';
import type { Db, Ctx } from './context';

export type { AuditAction } from '../audit/tables';
import type { AuditAction } from '../audit/tables';

export interface AuditRecord {
  entity: AuditEntity;
  entityId: number;
  action: AuditAction;
  /** how a person would name the record, e.g. "R5 Central contact centre" */
  label: string;
  before?: object | null;
  after?: object | null;
  parent?: { entity: AuditEntity; id: number };
}

/** Who made a change, and when: the same for every row a call or an import writes. */
export type AuditWho = Pick<Ctx, 'actor' | 'now'>;

const IGNORED = new Set(['updated_at', 'created_at', 'version']);

/** For an update, only the fields that changed are kept on each side. */
function changedOnly(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (IGNORED.has(key)) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { b, a };
}

/** The one place that knows an audit row's columns and JSON: both the app's writer and the imports' bulk writer use it. */
export function auditRow(who: AuditWho, rec: AuditRecord): Insertable<AuditLogTable> {
  return {
    at: who.now,
    actor: who.actor,
    entity: rec.entity,
    entity_id: rec.entityId,
    parent_entity: rec.parent?.entity ?? null,
    parent_id: rec.parent?.id ?? null,
    action: rec.action,
    label: rec.label,
    before_json: rec.before ? JSON.stringify(rec.before) : null,
    after_json: rec.after ? JSON.stringify(rec.after) : null,
  };
}

/**
 * Writes one audit row in the transaction that makes the change. An update keeps only the fields
 * that changed, and writes nothing when none did. Handlers call it as `ctx.audit` (mutation.ts).
 */
export async function writeAudit(db: Db, who: AuditWho, rec: AuditRecord): Promise<void> {
  if (rec.action === 'update' && rec.before && rec.after) {
    const { b, a } = changedOnly(rec.before as Record<string, unknown>, rec.after as Record<string, unknown>);
    if (Object.keys(a).length === 0) return;
    rec = { ...rec, before: b, after: a };
  }
  await db.insertInto('audit_log').values(auditRow(who, rec)).execute();
}
