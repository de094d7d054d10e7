import type BetterSqlite3 from 'better-sqlite3';
import { deriveExpiry, remedialDueDate, type CheckType } from '../../shared/domain/compliance';
import { addedCodes, eicrRemedials } from '../../shared/domain/eicr';
import { AppError } from '../core/errors';
import { bulkMutation, type BulkAudit } from '../core/bulkAudit';
import { NO_ACCESS, readOutcome } from './certificateOutcome';
import { checkChanges, recordedCheckFinder } from './certificateMatch';
import { CERTIFICATE_FIELDS } from '../../shared/domain/importFields';
import { locateColumns, reportExcelErrors } from './columns';
import { progressTicker, type ImportOptions, type ImportReport, type OnProgress } from './importTypes';
import type { Cell, Table } from './readTable';
import { checkType, notADate, text, ukDate } from './values';
import { gasChainRederiver } from '../compliance/gasChain';

const SPEC = CERTIFICATE_FIELDS;
const isNoAccess = (c: Cell) => NO_ACCESS.test(text(c));

interface Planned {
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

/** Contractors' certificate spreadsheets: one row per check, matched to homes by UPRN and to blocks by name. */
export function importCertificates(sqlite: BetterSqlite3.Database, table: Table, o: ImportOptions, onProgress?: OnProgress): ImportReport {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'certificates', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false };
  if (!problems.length && at.uprn === null && at.block === null)
    problems.push({ row: 1, column: 'UPRN', message: 'The file needs a “UPRN” or a “Block” column.' });
  if (problems.length) return report;
  const cell = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? null : (cells[at[k]!] ?? null));

  const homes = new Map(
    (sqlite.prepare('select id, uprn, has_gas, block_id from dwellings').all() as { id: number; uprn: string; has_gas: number; block_id: number | null }[]).map(
      (d) => [d.uprn, d],
    ),
  );
  const blockRows = sqlite
    .prepare('select b.id, b.name, e.name as estate, b.communal_water, b.asbestos_present from blocks b join estates e on e.id = b.estate_id')
    .all() as {
    id: number;
    name: string;
    estate: string;
    communal_water: number;
    asbestos_present: number;
  }[];
  const liftRows = sqlite.prepare('select id, block_id, number, name from lifts').all() as { id: number; block_id: number; number: number; name: string }[];
  const refLookup = sqlite.prepare(
    'select id, check_type, date_done, dwelling_id, block_id, lift_id from certificates where lower(reference) = lower(?) limit 1',
  );
  const recordedRef = (reference: string) =>
    refLookup.get(reference) as
      { id: number; check_type: string; date_done: string; dwelling_id: number | null; block_id: number | null; lift_id: number | null } | undefined;
  const intervals = new Map(
    (sqlite.prepare('select code, months from check_intervals').all() as { code: string; months: number }[]).map((r) => [r.code, r.months]),
  );
  const tierOf = new Map(
    (sqlite.prepare('select id, fire_risk_tier from blocks').all() as { id: number; fire_risk_tier: string }[]).map((b) => [b.id, b.fire_risk_tier]),
  );

  const knownVisits = new Set(
    (
      sqlite.prepare('select check_type, dwelling_id, block_id, visit_date from no_access_visits').all() as {
        check_type: string;
        dwelling_id: number | null;
        block_id: number | null;
        visit_date: string;
      }[]
    ).map((v) => `${v.check_type}|${v.dwelling_id}|${v.dwelling_id === null ? v.block_id : null}|${v.visit_date}`),
  );
  const visits: { row: number; type: CheckType; dwellingId: number | null; blockId: number | null; date: string; notes: string }[] = [];
  const refsInFile = new Map<string, number>();
  const checksInFile = new Map<string, number>();
  const matched = new Set<number>();
  const findRecorded = recordedCheckFinder(sqlite);
  const updates: { row: number; id: number; type: CheckType; done: string; changes: Record<string, [unknown, unknown]>; codes: string; oldCodes: string }[] =
    [];
  const planned: Planned[] = [];
  const bad = new Set<number>();
  const problem = (row: number, column: string, message: string) => {
    problems.push({ row, column, message });
    bad.add(row);
  };

  const checked = progressTicker(onProgress, 'checking', table.rows.length);
  // One read transaction for all the look-ups (one each would cost twice the time); it writes nothing.
  sqlite.exec('begin');
  try {
    for (const [i, { line: row, cells }] of table.rows.entries()) {
      checked(i);
      if (reportExcelErrors(row, cells, at, SPEC, problem)) continue;
      const type = checkType(cell(cells, 'checkType'));
      if (!type) problem(row, 'Check type', `“${text(cell(cells, 'checkType'))}” is not a check type: use GAS, EICR, FRA, WATER, LIFT or ASBESTOS.`);
      const doneRaw = cell(cells, 'dateDone');
      const done = ukDate(doneRaw);
      if (!done) problem(row, 'Date done', text(doneRaw) ? notADate(doneRaw) : 'The date done is missing.');
      else if (done > o.today) problem(row, 'Date done', `${done} is in the future.`);
      const expiryRaw = cell(cells, 'expiry');
      const expiry = text(expiryRaw) === '' ? null : ukDate(expiryRaw);
      if (text(expiryRaw) !== '' && !expiry) problem(row, 'Expiry date', notADate(expiryRaw));
      else if (expiry && isNoAccess(cell(cells, 'outcome'))) problem(row, 'Expiry date', 'A visit that could not get in has no expiry date: leave it blank.');
      else if (expiry && done && expiry <= done) problem(row, 'Expiry date', 'The expiry date must be after the date done.');
      const { outcome, codes, noAccess } = readOutcome(type, text(cell(cells, 'outcome')), text(cell(cells, 'codes')), (column, message) =>
        problem(row, column, message),
      );
      const reference = text(cell(cells, 'reference')) || null;
      const evidence = text(cell(cells, 'evidence'));
      if (evidence.length > 500) problem(row, 'Evidence file', 'The evidence file must be 500 characters or fewer.');

      // What the check is about.
      let dwellingId: number | null = null;
      let blockId: number | null = null;
      let liftId: number | null = null;
      const uprn = text(cell(cells, 'uprn'));
      const blockName = text(cell(cells, 'block'));
      if (type === 'GAS' || (type === 'EICR' && uprn)) {
        const home = homes.get(uprn);
        if (!uprn) problem(row, 'UPRN', 'A home check needs the UPRN.');
        else if (!home) problem(row, 'UPRN', `UPRN ${uprn} is not in the stock. Import the stock first, or correct the UPRN.`);
        else if (type === 'GAS' && home.has_gas !== 1) problem(row, 'UPRN', `UPRN ${uprn} has no gas supply recorded.`);
        else dwellingId = home.id;
      } else if (type) {
        const estate = text(cell(cells, 'estate')).toLowerCase();
        const matches = blockRows.filter((b) => b.name.toLowerCase() === blockName.toLowerCase() && (!estate || b.estate.toLowerCase() === estate));
        if (!blockName) problem(row, 'Block', 'A block check needs the block’s name.');
        else if (matches.length === 0) problem(row, 'Block', `There is no block called “${blockName}”${estate ? ` on ${text(cell(cells, 'estate'))}` : ''}.`);
        else if (matches.length > 1) problem(row, 'Block', `“${blockName}” is the name of blocks on more than one estate: add an Estate column.`);
        else {
          const b = matches[0]!;
          blockId = b.id;
          if (type === 'WATER' && b.communal_water !== 1) problem(row, 'Block', `${b.name} has no communal water system recorded.`);
          if (type === 'ASBESTOS' && b.asbestos_present !== 1) problem(row, 'Block', `${b.name} has no asbestos recorded.`);
          if (type === 'LIFT') {
            const liftText = text(cell(cells, 'lift'));
            const lift = liftRows.find((l) => l.block_id === b.id && (String(l.number) === liftText || l.name.toLowerCase() === liftText.toLowerCase()));
            if (!lift) problem(row, 'Lift', liftText ? `${b.name} has no lift “${liftText}”.` : 'A lift examination needs the lift’s number or name.');
            else liftId = lift.id;
          }
        }
      }
      if (noAccess) {
        // A visit that could not get in: recorded as such (once), never as a check.
        const key = `${type}|${dwellingId}|${blockId}|${done}`;
        if (bad.has(row)) continue;
        if (knownVisits.has(key)) report.unchanged++;
        else {
          knownVisits.add(key);
          visits.push({
            row,
            type: type!,
            dwellingId,
            blockId,
            date: done!,
            notes: [text(cell(cells, 'contractor')), reference ? `ref ${reference}` : ''].filter(Boolean).join(', '),
          });
        }
        continue;
      }
      if (reference) {
        const key = reference.toLowerCase();
        if (refsInFile.has(key)) problem(row, 'Reference', `Reference ${reference} is also on row ${refsInFile.get(key)}.`);
        else refsInFile.set(key, row);
      }
      if (bad.has(row)) continue;
      // Which check on record this row is: the one with its reference; else, for a row without a
      // reference (or a check recorded without one), the one of the same type, home or block, and date.
      const identity = `${type}|${dwellingId}|${blockId}|${liftId}|${done}`;
      const contractor = text(cell(cells, 'contractor'));
      const byRef = reference ? recordedRef(reference) : undefined;
      if (
        byRef &&
        !(
          byRef.check_type === type &&
          byRef.date_done === done &&
          byRef.dwelling_id === dwellingId &&
          byRef.block_id === (dwellingId ? null : blockId) &&
          byRef.lift_id === liftId
        )
      ) {
        problem(row, 'Reference', `Reference ${reference} is already recorded for a different check.`);
        continue;
      }
      if (!reference) {
        if (checksInFile.has(identity)) {
          problem(row, 'Date done', `The same check (type, home or block, and date done) is also on row ${checksInFile.get(identity)}.`);
          continue;
        }
        checksInFile.set(identity, row);
      }
      const sameDay = byRef ? undefined : findRecorded(type!, dwellingId, blockId, liftId, done!);
      const known = byRef
        ? findRecorded(type!, dwellingId, blockId, liftId, done!, reference)
        : sameDay && (!reference || !sameDay.reference) && !matched.has(sameDay.id)
          ? sameDay
          : undefined;
      if (known) {
        // one row per check on record: a second row for it (another reference the same day) is a new check
        matched.add(known.id);
        const outcomeGiven = text(cell(cells, 'outcome')) !== '' || text(cell(cells, 'codes')) !== '';
        const changes = checkChanges(known, { type: type!, outcome: outcome!, codes, outcomeGiven, contractor, expiry, reference, evidence });
        if (Object.keys(changes).length === 0) report.unchanged++;
        else updates.push({ row, id: known.id, type: type!, done: done!, changes, codes: outcomeGiven ? codes : known.eicr_codes, oldCodes: known.eicr_codes });
        continue;
      }
      planned.push({ row, type: type!, dwellingId, blockId, liftId, done: done!, expiry, outcome: outcome!, codes, contractor, reference, evidence });
    }
  } finally {
    sqlite.exec('commit');
  }
  checked(table.rows.length);
  problems.sort((a, b) => a.row - b.row);
  report.new = planned.length + visits.length;
  report.updated = updates.length;
  report.noAccess = visits.length;
  if (o.dryRun || (problems.length && !o.validOnly)) return report;

  bulkMutation(sqlite, o, (audit) => {
    // One indexed look-up per kind of target (home, lift or block), for the previous check's expiry.
    const prevHome = sqlite
      .prepare('select expiry_date from certificates where check_type = ? and dwelling_id = ? and date_done < ? order by date_done desc, id desc limit 1')
      .pluck();
    const prevLift = sqlite.prepare('select expiry_date from certificates where lift_id = ? and date_done < ? order by date_done desc limit 1').pluck();
    const prevBlock = sqlite
      .prepare(
        'select expiry_date from certificates where check_type = ? and block_id = ? and dwelling_id is null and date_done < ? order by date_done desc limit 1',
      )
      .pluck();
    const insert =
      sqlite.prepare(`insert into certificates (check_type, dwelling_id, block_id, lift_id, date_done, expiry_date, expiry_given, outcome, eicr_codes, contractor, reference, evidence_path, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const raiseRemedials = remedialRaiser(sqlite, o, audit);
    // Oldest first, so that a gas renewal in the same file sees the check before it.
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
    for (const [i, p] of [...planned].sort((a, b) => a.done.localeCompare(b.done)).entries()) {
      written(i);
      const months = p.type === 'FRA' ? intervals.get(`FRA:${tierOf.get(p.blockId!) ?? 'medium'}`)! : intervals.get(p.type)!;
      const prev =
        ((p.dwellingId ? prevHome.get(p.type, p.dwellingId, p.done) : p.liftId ? prevLift.get(p.liftId, p.done) : prevBlock.get(p.type, p.blockId, p.done)) as
          string | undefined) ?? null;
      const expiry = p.expiry ?? deriveExpiry(p.type, p.done, months, prev);
      if (p.type === 'GAS' && p.dwellingId) gasChain.note(p.dwellingId, p.done);
      const r = rowError(p.row, p.reference, () =>
        insert.run(
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
      raiseRemedials(certId, p.done, p.codes);
    }
    written(planned.length);
    applyCorrections(sqlite, updates, o, gasChain, audit);
    report.rederived = gasChain.run();
  });
  report.applied = true;
  return report;
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
  updates: { row: number; id: number; type: CheckType; done: string; changes: Record<string, [unknown, unknown]>; codes: string; oldCodes: string }[],
  o: ImportOptions,
  gasChain: ReturnType<typeof gasChainRederiver>,
  audit: BulkAudit,
) {
  const homeOf = sqlite.prepare('select dwelling_id from certificates where id = ?').pluck();
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
      sqlite.prepare(`update certificates set ${set}${given}, updated_at = @now where id = @id`).run({ ...after, now: o.now, id: u.id }),
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
    for (const w of eicrRemedials(codes)) {
      const due = remedialDueDate(w.priority, done);
      const r = remedial.run(certId, w.description, w.priority, due, o.now, o.now);
      audit({
        entity: 'remedial',
        entityId: Number(r.lastInsertRowid),
        action: 'create',
        label: `EICR: ${w.description}`,
        after: { certificate_id: certId, ...w, due_date: due, source: 'import' },
        parent: { entity: 'certificate', id: certId },
      });
    }
  };
}
