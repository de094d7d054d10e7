import type BetterSqlite3 from 'better-sqlite3';
import type { FireRiskTier, Tenure } from '../../shared/domain/compliance';
import { locateColumns } from './columns';
import type { ImportOptions, ImportProblem, ImportReport } from './importTypes';
import type { Cell, Table } from './readTable';
import { tenure, text, yesNo } from './values';

const SPEC = {
  uprn: { header: 'UPRN', required: true },
  address: { header: 'Address', required: true },
  estate: { header: 'Estate', required: true },
  block: { header: 'Block', required: true },
  tenure: { header: 'Tenure', required: true },
  gas: { header: 'Gas', required: true },
  storeys: { header: 'Storeys', required: false },
  yearBuilt: { header: 'Year built', required: false },
  tier: { header: 'Fire risk tier', required: false },
  lifts: { header: 'Passenger lifts', required: false },
  water: { header: 'Communal water', required: false },
  asbestos: { header: 'Asbestos present', required: false },
};

interface BlockRow {
  estate: string;
  name: string;
  storeys: number;
  yearBuilt: number | null;
  tier: FireRiskTier;
  lifts: number;
  water: boolean;
  asbestos: boolean;
  firstRow: number;
}

interface HomeRow {
  row: number;
  uprn: string;
  address: string;
  estate: string;
  block: string;
  tenure: Tenure;
  gas: boolean;
}

/** Homes and their blocks from a housing system's export: one row per home, block details repeated. */
export function importStock(sqlite: BetterSqlite3.Database, table: Table, o: ImportOptions): ImportReport {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'stock', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false };
  if (problems.length) return report;
  const cell = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? null : (cells[at[k]!] ?? null));
  const blocks = new Map<string, BlockRow>();
  const homes: HomeRow[] = [];
  const seen = new Map<string, number>();
  const bad = new Set<number>();
  const problem = (row: number, column: string, message: string) => {
    problems.push({ row, column, message });
    bad.add(row);
  };

  for (const { line: row, cells } of table.rows) {
    const uprn = text(cell(cells, 'uprn'));
    if (!/^\d{1,12}$/.test(uprn)) problem(row, 'UPRN', uprn ? `“${uprn}” is not a UPRN (a number of up to 12 digits).` : 'The UPRN is missing.');
    else if (seen.has(uprn)) problem(row, 'UPRN', `UPRN ${uprn} is also on row ${seen.get(uprn)}.`);
    else seen.set(uprn, row);
    const address = text(cell(cells, 'address'));
    if (!address) problem(row, 'Address', 'The address is missing.');
    const estate = text(cell(cells, 'estate'));
    const blockName = text(cell(cells, 'block'));
    if (!estate) problem(row, 'Estate', 'The estate is missing.');
    if (!blockName) problem(row, 'Block', 'The block is missing.');
    const t = tenure(cell(cells, 'tenure'));
    if (!t) problem(row, 'Tenure', `“${text(cell(cells, 'tenure'))}” is not a tenure: use tenant, shared ownership or leaseholder.`);
    const gas = yesNo(cell(cells, 'gas'));
    if (gas === null) problem(row, 'Gas', `“${text(cell(cells, 'gas'))}” is not yes or no.`);
    const num = (k: keyof typeof SPEC, label: string, dflt: number, min: number, max: number) => {
      const v = text(cell(cells, k));
      if (v === '') return dflt;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        problem(row, label, `“${v}” is not a whole number from ${min} to ${max}.`);
        return dflt;
      }
      return n;
    };
    const flag = (k: keyof typeof SPEC, label: string) => {
      const raw = cell(cells, k);
      if (text(raw) === '') return false;
      const v = yesNo(raw);
      if (v === null) problem(row, label, `“${text(raw)}” is not yes or no.`);
      return v ?? false;
    };
    const tierText = text(cell(cells, 'tier')).toLowerCase();
    if (tierText && !['high', 'medium', 'low'].includes(tierText)) problem(row, 'Fire risk tier', `“${tierText}” is not high, medium or low.`);
    const b: BlockRow = {
      estate,
      name: blockName,
      storeys: num('storeys', 'Storeys', 1, 1, 100),
      yearBuilt: text(cell(cells, 'yearBuilt')) === '' ? null : num('yearBuilt', 'Year built', 1900, 1800, 2100),
      tier: (['high', 'medium', 'low'].includes(tierText) ? tierText : 'medium') as FireRiskTier,
      lifts: num('lifts', 'Passenger lifts', 0, 0, 50),
      water: flag('water', 'Communal water'),
      asbestos: flag('asbestos', 'Asbestos present'),
      firstRow: row,
    };
    if (estate && blockName) {
      const key = `${estate.toLowerCase()}|${blockName.toLowerCase()}`;
      const earlier = blocks.get(key);
      if (!earlier) blocks.set(key, b);
      else {
        for (const [field, label] of [['storeys', 'Storeys'], ['tier', 'Fire risk tier'], ['lifts', 'Passenger lifts'], ['water', 'Communal water'], ['asbestos', 'Asbestos present']] as const) {
          if (earlier[field] !== b[field]) problem(row, label, `${blockName} has ${String(earlier[field])} on row ${earlier.firstRow} but ${String(b[field])} here.`);
        }
      }
    }
    if (!bad.has(row)) homes.push({ row, uprn, address, estate, block: blockName, tenure: t!, gas: gas! });
  }
  problems.sort((a, b) => a.row - b.row);

  // What would change.
  const existing = new Map(
    (sqlite.prepare(`select d.uprn, d.address, d.tenure, d.has_gas, b.name as block, e.name as estate from dwellings d
      left join blocks b on b.id = d.block_id left join estates e on e.id = b.estate_id`).all() as { uprn: string; address: string; tenure: string; has_gas: number; block: string | null; estate: string | null }[]).map((r) => [r.uprn, r]),
  );
  const changes = homes.map((h) => {
    const e = existing.get(h.uprn);
    const kind = !e ? 'new' : e.address === h.address && e.tenure === h.tenure && e.has_gas === (h.gas ? 1 : 0) && e.block === h.block && e.estate === h.estate ? 'unchanged' : 'updated';
    return { h, kind };
  });
  for (const c of changes) report[c.kind as 'new' | 'updated' | 'unchanged']++;
  if (o.dryRun || (problems.length && !o.validOnly)) return report;

  // One transaction: all of it, or (when problems were found and the user chose) the valid rows only.
  sqlite.transaction(() => {
    const findEstate = sqlite.prepare('select id from estates where lower(name) = lower(?)');
    const addEstate = sqlite.prepare('insert into estates (name, created_at, updated_at) values (?, ?, ?)');
    const findBlock = sqlite.prepare('select id from blocks where estate_id = ? and lower(name) = lower(?)');
    const addBlock = sqlite.prepare(`insert into blocks (estate_id, name, storeys, year_built, fire_risk_tier, passenger_lifts, communal_water, asbestos_present, communal_electrics, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
    const setBlock = sqlite.prepare('update blocks set storeys = ?, year_built = ?, fire_risk_tier = ?, passenger_lifts = ?, communal_water = ?, asbestos_present = ?, updated_at = ? where id = ?');
    const liftCount = sqlite.prepare('select coalesce(max(number), 0) as n from lifts where block_id = ?');
    const addLift = sqlite.prepare('insert into lifts (block_id, number, name, created_at, updated_at) values (?, ?, ?, ?, ?)');
    const upsertHome = sqlite.prepare(`insert into dwellings (uprn, address, block_id, tenure, has_gas, active, created_at, updated_at) values (?, ?, ?, ?, ?, 1, ?, ?)
      on conflict (uprn) do update set address = excluded.address, block_id = excluded.block_id, tenure = excluded.tenure, has_gas = excluded.has_gas, updated_at = excluded.updated_at`);
    const audit = sqlite.prepare(`insert into audit_log (at, actor, entity, entity_id, action, label, before_json, after_json) values (?, ?, ?, ?, ?, ?, null, ?)`);
    const homeId = sqlite.prepare('select id from dwellings where uprn = ?');
    const blockIds = new Map<string, number>();
    const used = new Set(changes.map((c) => `${c.h.estate.toLowerCase()}|${c.h.block.toLowerCase()}`));
    for (const [key, b] of blocks) {
      if (!used.has(key)) continue;
      const estateId = (findEstate.get(b.estate) as { id: number } | undefined)?.id ?? Number(addEstate.run(b.estate, o.now, o.now).lastInsertRowid);
      let blockId = (findBlock.get(estateId, b.name) as { id: number } | undefined)?.id;
      if (blockId === undefined) blockId = Number(addBlock.run(estateId, b.name, b.storeys, b.yearBuilt, b.tier, b.lifts, b.water ? 1 : 0, b.asbestos ? 1 : 0, o.now, o.now).lastInsertRowid);
      else setBlock.run(b.storeys, b.yearBuilt, b.tier, b.lifts, b.water ? 1 : 0, b.asbestos ? 1 : 0, o.now, blockId);
      for (let n = (liftCount.get(blockId) as { n: number }).n + 1; n <= b.lifts; n++) addLift.run(blockId, n, `Lift ${n}`, o.now, o.now);
      blockIds.set(key, blockId);
    }
    for (const { h, kind } of changes) {
      if (kind === 'unchanged') continue;
      const blockId = blockIds.get(`${h.estate.toLowerCase()}|${h.block.toLowerCase()}`)!;
      upsertHome.run(h.uprn, h.address, blockId, h.tenure, h.gas ? 1 : 0, o.now, o.now);
      const id = (homeId.get(h.uprn) as { id: number }).id;
      audit.run(o.now, o.actor, 'dwelling', id, kind === 'new' ? 'create' : 'update', `${h.uprn} ${h.address}`, JSON.stringify({ ...h, source: 'import' }));
    }
  })();
  report.applied = true;
  return report;
}
