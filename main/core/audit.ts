import type { AuditAction } from '../audit/tables';
import type { Db, Ctx } from './context';

export interface AuditRecord {
  entity: string;
  entityId: number;
  action: AuditAction;
  /** how a person would name the record, e.g. "R5 Central contact centre" */
  label: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  parent?: { entity: string; id: number };
}

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

/** Writes one audit row; call it inside the transaction that makes the change. */
export async function writeAudit(db: Db, ctx: Pick<Ctx, 'actor' | 'now'>, rec: AuditRecord): Promise<void> {
  let before = rec.before ?? null;
  let after = rec.after ?? null;
  if (rec.action === 'update' && before && after) {
    const { b, a } = changedOnly(before, after);
    if (Object.keys(a).length === 0) return;
    before = b;
    after = a;
  }
  await db
    .insertInto('audit_log')
    .values({
      at: ctx.now,
      actor: ctx.actor,
      entity: rec.entity,
      entity_id: rec.entityId,
      parent_entity: rec.parent?.entity ?? null,
      parent_id: rec.parent?.id ?? null,
      action: rec.action,
      label: rec.label,
      before_json: before ? JSON.stringify(before) : null,
      after_json: after ? JSON.stringify(after) : null,
    })
    .execute();
}
