import type BetterSqlite3 from 'better-sqlite3';
import { auditRow, type AuditRecord } from '../core/audit';
import type { Prng } from './prng';

// Rows are written as the import path writes them: statements prepared once and run for each row
// inside the register's one transaction, each record with the audit row the app would have
// written when it was entered (its `after` the whole row, as handlers write it), at that time.

export type Row = Record<string, string | number | null>;

export interface Writer {
  /** inserts a row (its created_at and updated_at are `at`) and returns its id */
  insert(table: string, at: string, row: Row): number;
  /** inserts a row and writes its "create" audit row, whose `after` is the row with its id */
  create(table: string, at: string, row: Row, audit: Omit<AuditRecord, 'entityId' | 'action' | 'after'>): number;
  audit(at: string, record: AuditRecord): void;
  /** rows written per table by this writer */
  readonly counts: Map<string, number>;
}

export function writer(sqlite: BetterSqlite3.Database, actor: string): Writer {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const counts = new Map<string, number>();
  const auditInsert = sqlite.prepare(
    `insert into audit_log (at, actor, entity, entity_id, parent_entity, parent_id, action, label, before_json, after_json)
     values (@at, @actor, @entity, @entity_id, @parent_entity, @parent_id, @action, @label, @before_json, @after_json)`,
  );
  // a table is always written with the same columns, in the same order
  const statement = (table: string, row: Row) => {
    let s = statements.get(table);
    if (!s) {
      const columns = Object.keys(row);
      s = sqlite.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
      statements.set(table, s);
    }
    return s;
  };
  const write = (table: string, full: Row) => {
    const id = Number(statement(table, full).run(full).lastInsertRowid);
    counts.set(table, (counts.get(table) ?? 0) + 1);
    return id;
  };
  const self: Writer = {
    counts,
    insert: (table, at, row) => write(table, { ...row, created_at: at, updated_at: at }),
    create(table, at, row, a) {
      const full = { ...row, created_at: at, updated_at: at };
      const id = write(table, full);
      self.audit(at, { ...a, entityId: id, action: 'create', after: { id, ...full } });
      return id;
    },
    audit(at, record) {
      auditInsert.run(auditRow({ actor, now: at }, record));
      counts.set('audit_log', (counts.get('audit_log') ?? 0) + 1);
    },
  };
  return self;
}

/** A time in office hours on the day, as an ISO timestamp: when someone typed the record in. */
export function enteredAt(rng: Prng, date: string): string {
  return `${date}T${String(rng.int(8, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.000Z`;
}
