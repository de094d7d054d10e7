import type BetterSqlite3 from 'better-sqlite3';
import { codeRemedials, intervalCode, previousCheckScope } from '../../shared/domain/certificateRules';
import { deriveExpiry, type CheckType } from '../../shared/domain/compliance';
import { addedCodes } from '../../shared/domain/eicr';
import { ordinal } from '../../shared/domain/ordinal';
import { AppError } from '../core/errors';
import { bulkMutation, type BulkAudit } from '../core/bulkAudit';
import { gasChainRederiver } from '../stock/gasChain';
import { withBulkCertificateInserts } from './certificateBulkInserts';
import type { CheckIntervalsTable } from '../compliance/tables';
import type { BlocksTable } from '../stock/tables';
import { progressTicker, type ImportOptions, type ImportReport, type OnProgress } from './importTypes';

// Writing a checked certificates file: new checks (each home's, lift's or block's oldest first,
// each with its expiry and the remedial work its codes call for), no-access visits, and
// corrections to checks on record.

export interface PlannedCheck {
  row: number;
  type: CheckType;
  dwellingId: number | null;
  blockId: number | null;
  liftId: number | null;
  done: string;
  expiry: string | null;
  outcome: string;
  codes: string;
  contractor: string;
  reference: string | null;
  evidence: string;
}

export interface PlannedVisit {
  row: number;
  type: CheckType;
  dwellingId: number | null;
  blockId: number | null;
  date: string;
  notes: string;
}

export interface PlannedCorrection {
  row: number;
  id: number;
  type: CheckType;
  done: string;
  changes: Record<string, [unknown, unknown]>;
  codes: string;
  oldCodes: string;
}

export interface CertificatePlan {
  visits: PlannedVisit[];
  planned: PlannedCheck[];
  updates: PlannedCorrection[];
}

const previousExpirySql = (where: string) =>
  `select expiry_date from certificates where check_type = ? and ${where} and date_done < ? order by date_done desc, id desc limit 1`;

/** The expiry of the check before a date, by the scope of previousCheckScope: read from the index alone (migration 017). */
export const PREVIOUS_EXPIRY_SQL = {
  home: previousExpirySql('dwelling_id = ?'),
  lift: previousExpirySql('lift_id = ?'),
  block: previousExpirySql('block_id = ? and dwelling_id is null'),
};

export function applyCertificates(
  sqlite: BetterSqlite3.Database,
  { visits, planned, updates }: CertificatePlan,
  o: ImportOptions,
  onProgress?: OnProgress,
): Partial<ImportReport> {
  const intervals = new Map(
    (sqlite.prepare('select code, months from check_intervals').all() as Pick<CheckIntervalsTable, 'code' | 'months'>[]).map((r) => [r.code, r.months]),
  );
  const tierOf = new Map(
    (sqlite.prepare('select id, fire_risk_tier from blocks').all() as { id: number; fire_risk_tier: BlocksTable['fire_risk_tier'] }[]).map((b) => [
      b.id,
      b.fire_risk_tier,
    ]),
  );
  let rederived = 0;
  // Immediate: the write lock is taken at once, so nothing written in the app can come between.
  bulkMutation(sqlite, o, (audit) => {
    // One indexed look-up per scope of the previous check (previousCheckScope), for its expiry.
    const expiryOfLatest = (on: keyof typeof PREVIOUS_EXPIRY_SQL) => sqlite.prepare(PREVIOUS_EXPIRY_SQL[on]).pluck();
    const previous = { home: expiryOfLatest('home'), lift: expiryOfLatest('lift'), block: expiryOfLatest('block') };
    const previousExpiry = (p: PlannedCheck): string | null => {
      const scope = previousCheckScope(p);
      const id = scope.on === 'home' ? scope.dwellingId : scope.on === 'lift' ? scope.liftId : scope.blockId;
      return (previous[scope.on].get(p.type, id, p.done) as string | undefined) ?? null;
    };
    const insert =
      sqlite.prepare(`insert into certificates (id, check_type, dwelling_id, block_id, lift_id, date_done, expiry_date, expiry_given, outcome, eicr_codes, contractor, reference, evidence_path, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const idOf = idsInDateOrder(sqlite, planned);
    const raiseRemedials = remedialRaiser(sqlite, o, audit);
    const visit = sqlite.prepare(
      'insert into no_access_visits (check_type, dwelling_id, block_id, visit_date, notes, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const v of visits) {
      const r = visit.run(v.type, v.dwellingId, v.dwellingId ? null : v.blockId, v.date, v.notes, o.now, o.now);
      audit({
        entity: 'no_access',
        entityId: Number(r.lastInsertRowid),
        action: 'create',
        label: `${v.type} no access ${v.date}`,
        after: { ...v, source: 'import' },
      });
    }
    const gasChain = gasChainRederiver(sqlite, o, audit);
    const written = progressTicker(onProgress, 'writing', planned.length);
    withBulkCertificateInserts(sqlite, planned.length, (bulk) => {
      // each home's, lift's or block's oldest first, so that a gas renewal in the same file sees the check before it
      for (const [i, p] of inWritingOrder(planned).entries()) {
        written(i);
        const months = intervals.get(intervalCode(p.type, p.blockId === null ? null : tierOf.get(p.blockId)))!;
        const expiry = p.expiry ?? deriveExpiry(p.type, p.done, months, previousExpiry(p));
        if (p.type === 'GAS' && p.dwellingId) gasChain.note(p.dwellingId, p.done);
        const r = rowError(p.row, p.reference, () =>
          insert.run(
            idOf.get(p),
            p.type,
            p.dwellingId,
            p.dwellingId ? null : p.blockId,
            p.liftId,
            p.done,
            expiry,
            p.expiry ? 1 : 0,
            p.outcome,
            p.codes,
            p.contractor,
            p.reference,
            p.evidence,
            o.now,
            o.now,
          ),
        );
        const certId = Number(r.lastInsertRowid);
        audit({
          entity: 'certificate',
          entityId: certId,
          action: 'create',
          label: `${p.type} ${p.reference ?? ''}`.trim(),
          after: { ...p, expiry, source: 'import' },
        });
        bulk.inserted(p.type, p.done);
        raiseRemedials(certId, p.done, p.codes);
      }
    });
    written(planned.length);
    applyCorrections(sqlite, updates, o, gasChain, audit);
    rederived = gasChain.run();
  });
  return { rederived };
}

/**
 * The checks grouped by what they are about (check type, then home, lift or block), oldest first
 * within each: a check still sees the one before it on the same home, lift or block, the only
 * check its expiry depends on (previousCheckScope), and the inserts walk the certificates'
 * indexes in their order rather than all over them.
 */
export function inWritingOrder(planned: PlannedCheck[]): PlannedCheck[] {
  const keyed = planned.map((p) => {
    const scope = previousCheckScope(p);
    const id = scope.on === 'home' ? scope.dwellingId : scope.on === 'lift' ? scope.liftId : scope.blockId;
    return { p, type: p.type, on: scope.on, id };
  });
  keyed.sort((a, b) => ordinal(a.type, b.type) || ordinal(a.on, b.on) || a.id - b.id || ordinal(a.p.done, b.p.done));
  return keyed.map((k) => k.p);
}

/**
 * The ids the new checks take: the next ones free, in the order of the dates they were done (a
 * day's in the file's order), as when they were written in that order. The table's ids are
 * AUTOINCREMENT: none below the highest ever used is taken again.
 */
function idsInDateOrder(sqlite: BetterSqlite3.Database, planned: PlannedCheck[]): Map<PlannedCheck, number> {
  const last = sqlite
    .prepare("select max(coalesce((select seq from sqlite_sequence where name = 'certificates'), 0), coalesce((select max(id) from certificates), 0))")
    .pluck()
    .get() as number;
  const byDate = [...planned].sort((a, b) => ordinal(a.done, b.done));
  return new Map(byDate.map((p, i) => [p, last + 1 + i]));
}

/**
 * Rows are checked before the write begins, so something saved in the app meanwhile (a certificate
 * with the same reference, a home removed) can still stop a row: say which, and roll everything back.
 */
function rowError<T>(row: number, reference: string | null, write: () => T): T {
  try {
    return write();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE')
      throw new AppError(
        'conflict',
        `Row ${row}: reference ${reference} was recorded in the app while the file was being checked. Nothing was imported: check the file again.`,
      );
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
      throw new AppError(
        'conflict',
        `Row ${row}: its home, block or lift was removed while the file was being checked. Nothing was imported: check the file again.`,
      );
    throw e;
  }
}

/** Corrections to checks on record, each with its audit row; codes newly found raise their remedial actions. */
function applyCorrections(
  sqlite: BetterSqlite3.Database,
  updates: PlannedCorrection[],
  o: ImportOptions,
  gasChain: ReturnType<typeof gasChainRederiver>,
  audit: BulkAudit,
) {
  const homeOf = sqlite.prepare('select dwelling_id from certificates where id = ?').pluck();
  // one statement for each set of columns corrected, not one per row
  const statements = new Map<string, BetterSqlite3.Statement>();
  const updateOf = (sql: string) => statements.get(sql) ?? statements.set(sql, sqlite.prepare(sql)).get(sql)!;
  const raiseRemedials = remedialRaiser(sqlite, o, audit);
  for (const u of updates) {
    const cols = Object.keys(u.changes);
    const after = Object.fromEntries(cols.map((c) => [c, u.changes[c]![1]]));
    const set = cols.map((c) => `${c} = @${c}`).join(', ');
    // a corrected gas expiry moves the anniversary of the checks after it
    const home = u.type === 'GAS' && 'expiry_date' in after ? (homeOf.get(u.id) as number | null) : null;
    if (home) gasChain.note(home, u.done, true);
    const given = 'expiry_date' in after ? ', expiry_given = 1' : '';
    const done = rowError(u.row, (after.reference as string | undefined) ?? null, () =>
      updateOf(`update certificates set ${set}${given}, updated_at = @now where id = @id`).run({ ...after, now: o.now, id: u.id }),
    );
    if (done.changes !== 1)
      throw new AppError(
        'conflict',
        `Row ${u.row}: the check it corrects was removed while the file was being checked. Nothing was imported: check the file again.`,
      );
    audit({
      entity: 'certificate',
      entityId: u.id,
      action: 'update',
      label: `${u.type} correction`,
      before: Object.fromEntries(cols.map((c) => [c, u.changes[c]![0]])),
      after: { ...after, source: 'import' },
    });
    raiseRemedials(u.id, u.done, addedCodes(u.oldCodes, u.codes));
  }
}

/** Raises, with its audit row, the remedial work electrical codes call for (as addCodeRemedials does in the app). */
function remedialRaiser(sqlite: BetterSqlite3.Database, o: ImportOptions, audit: BulkAudit) {
  const remedial = sqlite.prepare(
    `insert into remedial_actions (certificate_id, description, priority, due_date, completed_date, owner_id, created_at, updated_at) values (?, ?, ?, ?, null, null, ?, ?)`,
  );
  return (certId: number, done: string, codes: string) => {
    for (const w of codeRemedials(codes, done)) {
      const r = remedial.run(certId, w.description, w.priority, w.dueDate, o.now, o.now);
      audit({
        entity: 'remedial',
        entityId: Number(r.lastInsertRowid),
        action: 'create',
        label: w.label,
        after: { certificate_id: certId, description: w.description, priority: w.priority, due_date: w.dueDate, source: 'import' },
        parent: { entity: 'certificate', id: certId },
      });
    }
  };
}
