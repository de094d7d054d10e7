import type BetterSqlite3 from 'better-sqlite3';
import { deriveExpiry, type CheckType } from '../../shared/domain/compliance';
import { locateColumns } from './columns';
import type { ImportOptions, ImportReport } from './importTypes';
import type { Cell, Table } from './readTable';
import { checkType, text, ukDate } from './values';

const SPEC = {
  checkType: { header: 'Check type', required: true },
  uprn: { header: 'UPRN', required: false },
  estate: { header: 'Estate', required: false },
  block: { header: 'Block', required: false },
  lift: { header: 'Lift', required: false },
  dateDone: { header: 'Date done', required: true },
  expiry: { header: 'Expiry date', aliases: ['Expiry'], required: false },
  outcome: { header: 'Outcome', required: false },
  contractor: { header: 'Contractor', required: false },
  reference: { header: 'Reference', aliases: ['Certificate reference', 'Ref'], required: false },
};

interface Planned {
  row: number;
  type: CheckType;
  dwellingId: number | null;
  blockId: number | null;
  liftId: number | null;
  done: string;
  expiry: string | null;
  outcome: string;
  contractor: string;
  reference: string | null;
}

const OUTCOMES: Record<string, string> = { satisfactory: 'satisfactory', pass: 'satisfactory', passed: 'satisfactory', unsatisfactory: 'unsatisfactory', fail: 'unsatisfactory', failed: 'unsatisfactory', advisory: 'advisory' };

/** Contractors' certificate spreadsheets: one row per check, matched to homes by UPRN and to blocks by name. */
export function importCertificates(sqlite: BetterSqlite3.Database, table: Table, o: ImportOptions): ImportReport {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'certificates', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false };
  if (!problems.length && at.uprn === null && at.block === null) problems.push({ row: 1, column: 'UPRN', message: 'The file needs a “UPRN” or a “Block” column.' });
  if (problems.length) return report;
  const cell = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? null : (cells[at[k]!] ?? null));

  const homes = new Map((sqlite.prepare('select id, uprn, has_gas, block_id from dwellings').all() as { id: number; uprn: string; has_gas: number; block_id: number | null }[]).map((d) => [d.uprn, d]));
  const blockRows = sqlite.prepare('select b.id, b.name, e.name as estate, b.communal_water, b.asbestos_present from blocks b join estates e on e.id = b.estate_id').all() as {
    id: number; name: string; estate: string; communal_water: number; asbestos_present: number;
  }[];
  const liftRows = sqlite.prepare('select id, block_id, number, name from lifts').all() as { id: number; block_id: number; number: number; name: string }[];
  const existingRefs = new Map((sqlite.prepare('select reference, check_type, date_done, dwelling_id, block_id, lift_id from certificates where reference is not null').all() as {
    reference: string; check_type: string; date_done: string; dwelling_id: number | null; block_id: number | null; lift_id: number | null;
  }[]).map((r) => [r.reference.toLowerCase(), r]));
  const intervals = new Map((sqlite.prepare('select code, months from check_intervals').all() as { code: string; months: number }[]).map((r) => [r.code, r.months]));
  const tierOf = new Map((sqlite.prepare('select id, fire_risk_tier from blocks').all() as { id: number; fire_risk_tier: string }[]).map((b) => [b.id, b.fire_risk_tier]));

  const refsInFile = new Map<string, number>();
  const planned: Planned[] = [];
  const bad = new Set<number>();
  const problem = (row: number, column: string, message: string) => {
    problems.push({ row, column, message });
    bad.add(row);
  };

  for (const { line: row, cells } of table.rows) {
    const type = checkType(cell(cells, 'checkType'));
    if (!type) problem(row, 'Check type', `“${text(cell(cells, 'checkType'))}” is not a check type: use GAS, EICR, FRA, WATER, LIFT or ASBESTOS.`);
    const doneRaw = cell(cells, 'dateDone');
    const done = ukDate(doneRaw);
    if (!done) problem(row, 'Date done', text(doneRaw) ? `“${text(doneRaw)}” is not a real date.` : 'The date done is missing.');
    else if (done > o.today) problem(row, 'Date done', `${done} is in the future.`);
    const expiryRaw = cell(cells, 'expiry');
    const expiry = text(expiryRaw) === '' ? null : ukDate(expiryRaw);
    if (text(expiryRaw) !== '' && !expiry) problem(row, 'Expiry date', `“${text(expiryRaw)}” is not a real date.`);
    else if (expiry && done && expiry <= done) problem(row, 'Expiry date', 'The expiry date must be after the date done.');
    const outcomeText = text(cell(cells, 'outcome')).toLowerCase();
    const outcome = outcomeText === '' ? 'satisfactory' : OUTCOMES[outcomeText];
    if (!outcome) problem(row, 'Outcome', `“${outcomeText}” is not satisfactory, unsatisfactory or advisory.`);
    const reference = text(cell(cells, 'reference')) || null;

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
    if (reference) {
      const key = reference.toLowerCase();
      if (refsInFile.has(key)) problem(row, 'Reference', `Reference ${reference} is also on row ${refsInFile.get(key)}.`);
      else refsInFile.set(key, row);
      const known = existingRefs.get(key);
      if (known && !bad.has(row)) {
        const same = known.check_type === type && known.date_done === done && known.dwelling_id === dwellingId && known.block_id === blockId && known.lift_id === liftId;
        if (same) {
          report.unchanged++;
          continue;
        }
        problem(row, 'Reference', `Reference ${reference} is already recorded for a different check.`);
      }
    }
    if (!bad.has(row)) planned.push({ row, type: type!, dwellingId, blockId, liftId, done: done!, expiry, outcome: outcome!, contractor: text(cell(cells, 'contractor')), reference });
  }
  problems.sort((a, b) => a.row - b.row);
  report.new = planned.length;
  if (o.dryRun || (problems.length && !o.validOnly)) return report;

  sqlite.transaction(() => {
    // One indexed look-up per kind of target (home, lift or block), for the previous check's expiry.
    const prevHome = sqlite.prepare('select expiry_date from certificates where check_type = ? and dwelling_id = ? and date_done < ? order by date_done desc limit 1').pluck();
    const prevLift = sqlite.prepare('select expiry_date from certificates where lift_id = ? and date_done < ? order by date_done desc limit 1').pluck();
    const prevBlock = sqlite
      .prepare('select expiry_date from certificates where check_type = ? and block_id = ? and dwelling_id is null and date_done < ? order by date_done desc limit 1')
      .pluck();
    const insert = sqlite.prepare(`insert into certificates (check_type, dwelling_id, block_id, lift_id, date_done, expiry_date, expiry_given, outcome, eicr_codes, contractor, reference, evidence_path, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, '', ?, ?)`);
    const audit = sqlite.prepare(`insert into audit_log (at, actor, entity, entity_id, action, label, before_json, after_json) values (?, ?, 'certificate', ?, 'create', ?, null, ?)`);
    // Oldest first, so that a gas renewal in the same file sees the check before it.
    for (const p of [...planned].sort((a, b) => a.done.localeCompare(b.done))) {
      const months = p.type === 'FRA' ? intervals.get(`FRA:${tierOf.get(p.blockId!) ?? 'medium'}`)! : intervals.get(p.type)!;
      const prev = ((p.dwellingId ? prevHome.get(p.type, p.dwellingId, p.done) : p.liftId ? prevLift.get(p.liftId, p.done) : prevBlock.get(p.type, p.blockId, p.done)) as string | undefined) ?? null;
      const expiry = p.expiry ?? deriveExpiry(p.type, p.done, months, prev);
      const r = insert.run(p.type, p.dwellingId, p.dwellingId ? null : p.blockId, p.liftId, p.done, expiry, p.expiry ? 1 : 0, p.outcome, p.contractor, p.reference, o.now, o.now);
      audit.run(o.now, o.actor, Number(r.lastInsertRowid), `${p.type} ${p.reference ?? ''}`.trim(), JSON.stringify({ ...p, expiry, source: 'import' }));
    }
  })();
  report.applied = true;
  return report;
}
