import type BetterSqlite3 from 'better-sqlite3';

// An import inserts up to 100,000 certificates in one transaction, and two triggers fire for each
// row (migrations 014 and 018): one drops its check type's kept trend points from its date on, the
// other moves its check type's version on. Row by row that was 1.5 s of a 100,000-row import; the
// same effect comes from applying them once per check type, from the earliest date inserted. So,
// inside the import's transaction, the two triggers are dropped, the rows inserted, their effect
// applied once, and the triggers created again from their own SQL as the schema held it. SQLite's
// schema changes are part of the transaction: no other connection ever sees the triggers missing,
// and a rollback (an error, a cancel, a killed process) puts them back with everything else.

/** The certificates' per-row insert triggers whose effect `withBulkCertificateInserts` applies once per check type. */
export const BULK_INSERT_TRIGGERS = ['certificates_trend_insert', 'certificates_versions_insert'] as const;

export interface BulkCertificateInserts {
  /** Told of each certificate inserted: its check type and the date it was done. */
  inserted(checkType: string, dateDone: string): void;
}

/**
 * Runs `write`, which inserts `rows` certificates, inside the caller's transaction with the two
 * triggers dropped; their effect is applied once per check type after it. No rows: the triggers
 * are left alone (a schema change makes every other connection read the schema again).
 */
export function withBulkCertificateInserts<T>(sqlite: BetterSqlite3.Database, rows: number, write: (bulk: BulkCertificateInserts) => T): T {
  if (rows === 0) return write({ inserted() {} });
  if (!sqlite.inTransaction) throw new Error('Certificates are inserted in bulk only inside the transaction that writes them.');
  const triggers = sqlite
    .prepare(`select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'certificates' and name in (?, ?) order by name`)
    .all(...BULK_INSERT_TRIGGERS) as { name: string; sql: string }[];
  if (triggers.length !== BULK_INSERT_TRIGGERS.length)
    throw new Error(`The certificates' insert triggers are not all there (${triggers.map((t) => t.name).join(', ')}).`);
  const exists = sqlite.prepare("select 1 from sqlite_master where type = 'trigger' and name = ?").pluck();
  for (const t of triggers) sqlite.exec(`drop trigger "${t.name}"`);
  try {
    const earliest = new Map<string, string>();
    const result = write({
      inserted(checkType, dateDone) {
        const first = earliest.get(checkType);
        if (first === undefined || dateDone < first) earliest.set(checkType, dateDone);
      },
    });
    const dropPoints = sqlite.prepare('delete from compliance_trend_points where check_type = ? and as_at >= ?');
    const moveVersionOn = sqlite.prepare('update compliance_versions set version = version + 1 where check_type = ?');
    for (const [checkType, dateDone] of earliest) {
      dropPoints.run(checkType, dateDone);
      moveVersionOn.run(checkType);
    }
    return result;
  } finally {
    // After an error too: a caller that went on to commit must not lose them. (A rollback has already put them back.)
    for (const t of triggers) if (!exists.get(t.name)) sqlite.exec(t.sql);
  }
}
