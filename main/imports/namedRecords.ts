import type BetterSqlite3 from 'better-sqlite3';
import type { AuditEntity } from '../../shared/domain/auditEntities';
import type { BulkAudit } from '../core/bulkAudit';
import type { ImportOptions } from './importTypes';

// Teams and job roles met in a file: found by name as a person reads it, or added the first time
// a valid row names them (the report says so, with that row).

/** Names compare as people read them: "Housing Officer" and "housing officer " are one role. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

type NamedTable = 'teams' | 'job_roles';
const ENTITY: Record<NamedTable, AuditEntity> = { teams: 'team', job_roles: 'job_role' };
const WHAT: Record<NamedTable, string> = { teams: 'team', job_roles: 'job role' };

export interface NamedRecords {
  table: NamedTable;
  /** key -> id of those on record */
  known: Map<string, { id: number; name: string }>;
  /** key -> the name as first written and its row, for those the file adds */
  added: Map<string, { name: string; row: number }>;
}

export function loadNamed(sqlite: BetterSqlite3.Database, table: NamedTable): NamedRecords {
  const rows = sqlite.prepare(`select id, name from ${table}`).all() as { id: number; name: string }[];
  return { table, known: new Map(rows.map((r) => [nameKey(r.name), r])), added: new Map() };
}

/** Notes one valid row's name: added unless on record or already met. */
export function meet(n: NamedRecords, name: string, row: number): void {
  const key = nameKey(name);
  if (!n.known.has(key) && !n.added.has(key)) n.added.set(key, { name: name.trim().replace(/\s+/g, ' '), row });
}

/** The name as recorded (or as the file first wrote it, for one it adds). */
export const recordedName = (n: NamedRecords, name: string) => n.known.get(nameKey(name))?.name ?? n.added.get(nameKey(name))?.name ?? name;

/** "New team: Repairs (row 4)", for the report. */
export const addedNotes = (n: NamedRecords): string[] => [...n.added.values()].map((a) => `New ${WHAT[n.table]}: ${a.name} (row ${a.row}).`);

/** Writes the names the file adds, each audited, and answers key -> id for every name. */
export function writeNamed(sqlite: BetterSqlite3.Database, n: NamedRecords, o: ImportOptions, audit: BulkAudit): Map<string, number> {
  const ids = new Map([...n.known].map(([k, v]) => [k, v.id]));
  const insert = sqlite.prepare(`insert into ${n.table} (name, created_at, updated_at) values (?, ?, ?)`);
  for (const [key, a] of n.added) {
    const id = Number(insert.run(a.name, o.now, o.now).lastInsertRowid);
    ids.set(key, id);
    audit({ entity: ENTITY[n.table], entityId: id, action: 'create', label: a.name, after: { name: a.name, source: 'import' } });
  }
  return ids;
}
