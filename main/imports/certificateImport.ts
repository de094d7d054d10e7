import type BetterSqlite3 from 'better-sqlite3';
import { blockCheckProblem, checkSubject, homeCheckProblem, subjectNeeded } from '../../shared/domain/certificateRules';
import { NO_ACCESS, readOutcome } from './certificateOutcome';
import { checkChanges, recordedCheckFinder } from './certificateMatch';
import { certificateImport } from '../../shared/domain/certificateImportFields';
import { applyCertificates, type CertificatePlan, type PlannedCheck, type PlannedCorrection, type PlannedVisit } from './certificateWrite';
import type { Importer } from './importer';
import { locateColumns, reportExcelErrors } from './columns';
import { progressTicker, type ImportOptions, type ImportReport, type OnProgress } from './importTypes';
import type { Cell, Table } from './readTable';
import { checkType, notADate, text, ukDate } from './values';

const SPEC = certificateImport.fields;
const isNoAccess = (c: Cell) => NO_ACCESS.test(text(c));

/** Contractors' certificate spreadsheets: one row per check, matched to homes by UPRN and to blocks by name. */
export const certificateImporter: Importer<CertificatePlan> = { validate: validateCertificates, apply: applyCertificates };

function validateCertificates(
  sqlite: BetterSqlite3.Database,
  table: Table,
  o: ImportOptions,
  onProgress?: OnProgress,
): { report: ImportReport; plan: CertificatePlan | null } {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'certificates', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false };
  if (!problems.length && at.uprn === null && at.block === null)
    problems.push({ row: 1, column: 'UPRN', message: 'The file needs a “UPRN” or a “Block” column.' });
  if (problems.length) return { report, plan: null };
  const cell = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? null : (cells[at[k]] ?? null));

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
  const visits: PlannedVisit[] = [];
  const refsInFile = new Map<string, number>();
  const checksInFile = new Map<string, number>();
  const matched = new Set<number>();
  const findRecorded = recordedCheckFinder(sqlite);
  const updates: PlannedCorrection[] = [];
  const planned: PlannedCheck[] = [];
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
      const subject = type ? checkSubject(type, !!uprn) : null;
      if (subject === 'home') {
        const home = homes.get(uprn);
        if (!uprn) problem(row, 'UPRN', subjectNeeded(type!));
        else if (!home) problem(row, 'UPRN', `UPRN ${uprn} is not in the stock. Import the stock first, or correct the UPRN.`);
        else {
          const unfit = homeCheckProblem(type!, { uprn, hasGas: home.has_gas === 1 });
          if (unfit) problem(row, 'UPRN', unfit);
          else dwellingId = home.id;
        }
      } else if (subject) {
        const estate = text(cell(cells, 'estate')).toLowerCase();
        const matches = blockRows.filter((b) => b.name.toLowerCase() === blockName.toLowerCase() && (!estate || b.estate.toLowerCase() === estate));
        if (!blockName) problem(row, 'Block', subjectNeeded(type!));
        else if (matches.length === 0) problem(row, 'Block', `There is no block called “${blockName}”${estate ? ` on ${text(cell(cells, 'estate'))}` : ''}.`);
        else if (matches.length > 1) problem(row, 'Block', `“${blockName}” is the name of blocks on more than one estate: add an Estate column.`);
        else {
          const b = matches[0]!;
          blockId = b.id;
          const unfit = blockCheckProblem(type!, { name: b.name, communalWater: b.communal_water === 1, asbestosPresent: b.asbestos_present === 1 });
          if (unfit) problem(row, 'Block', unfit);
          if (subject === 'lift') {
            const liftText = text(cell(cells, 'lift'));
            const lift = liftRows.find((l) => l.block_id === b.id && (String(l.number) === liftText || l.name.toLowerCase() === liftText.toLowerCase()));
            if (!lift) problem(row, 'Lift', liftText ? `${b.name} has no lift “${liftText}”.` : subjectNeeded(type!));
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
  return { report, plan: { visits, planned, updates } };
}
