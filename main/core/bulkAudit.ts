import type BetterSqlite3 from 'better-sqlite3';
import { auditRow, type AuditRecord, type AuditWho } from './audit';

// The mutation helper for bulk paths (imports) that write through better-sqlite3's prepared
// statements: one transaction, and an audit writer bound to it whose statement is prepared once
// and run for each row. The row's columns and JSON come from auditRow, as in the app.

export type BulkAudit = (record: AuditRecord) => void;

/**
 * Writes audit rows on the connection's current transaction. Rows are written as given (no
 * trimming of unchanged fields): an import has already worked out what changed.
 */
export function bulkAuditWriter(sqlite: BetterSqlite3.Database, who: AuditWho): BulkAudit {
  const insert = sqlite.prepare(
    `insert into audit_log (at, actor, entity, entity_id, parent_entity, parent_id, action, label, before_json, after_json)
     values (@at, @actor, @entity, @entity_id, @parent_entity, @parent_id, @action, @label, @before_json, @after_json)`,
  );
  return (record) => {
    insert.run(auditRow(who, record));
  };
}

/**
 * Runs a bulk write in one immediate transaction (the write lock is taken at once, so nothing
 * written in the app can come between), handing it the audit writer. A throw rolls back all of it.
 */
export function bulkMutation<T>(sqlite: BetterSqlite3.Database, who: AuditWho, write: (audit: BulkAudit) => T): T {
  const audit = bulkAuditWriter(sqlite, who);
  return sqlite.transaction(() => write(audit)).immediate();
}
