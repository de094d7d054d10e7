import type BetterSqlite3 from 'better-sqlite3';
import type { FireRiskTier, Tenure } from '../../shared/domain/compliance';
import { stockImport } from '../../shared/domain/stockImportFields';
import { bulkMutation } from '../core/bulkAudit';
import { locateColumns, reportExcelErrors } from './columns';
import { ATTR_LABELS, blockKey, planBlocks, writeBlocks, type BlockAttrs, type BlockPlan, type BlockRow } from './stockBlocks';
import type { Importer } from './importer';
import { progressTicker, type ImportOptions, type ImportReport, type OnProgress } from './importTypes';
import type { Cell, Table } from './readTable';
import { tenure, text, yesNo } from './values';

const SPEC = stockImport.fields;

interface HomeRow {
  row: number;
  uprn: string;
  address: string;
  estate: string;
  block: string;
  tenure: Tenure;
  gas: boolean;
}

interface StockPlan {
  plans: Map<string, BlockPlan>;
  changes: { h: HomeRow; kind: string; homeChanged: boolean }[];
}

/** Homes and their blocks from a housing system's export: one row per home, block details repeated. */
export const stockImporter: Importer<StockPlan> = { validate: validateStock, apply: applyStock };

function validateStock(
  sqlite: BetterSqlite3.Database,
  table: Table,
  _o: ImportOptions,
  onProgress?: OnProgress,
): { report: ImportReport; plan: StockPlan | null } {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'stock', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false };
  if (problems.length) return { report, plan: null };
  const cell = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? null : (cells[at[k]] ?? null));
  const blocks = new Map<string, BlockRow>();
  const homes: HomeRow[] = [];
  const seen = new Map<string, number>();
  const bad = new Set<number>();
  const problem = (row: number, column: string, message: string) => {
    problems.push({ row, column, message });
    bad.add(row);
  };

  const checked = progressTicker(onProgress, 'checking', table.rows.length);
  for (const [i, { line: row, cells }] of table.rows.entries()) {
    checked(i);
    if (reportExcelErrors(row, cells, at, SPEC, problem)) continue;
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
    const num = (k: keyof typeof SPEC, label: string, min: number, max: number) => {
      const v = text(cell(cells, k));
      if (v === '') return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        problem(row, label, `“${v}” is not a whole number from ${min} to ${max}.`);
        return undefined;
      }
      return n;
    };
    const flag = (k: keyof typeof SPEC, label: string) => {
      const raw = cell(cells, k);
      if (text(raw) === '') return undefined;
      const v = yesNo(raw);
      if (v === null) problem(row, label, `“${text(raw)}” is not yes or no.`);
      return v ?? undefined;
    };
    const tierText = text(cell(cells, 'tier')).toLowerCase();
    if (tierText && !['high', 'medium', 'low'].includes(tierText)) problem(row, 'Fire risk tier', `“${tierText}” is not high, medium or low.`);
    const b: BlockRow = {
      estate,
      name: blockName,
      storeys: num('storeys', 'Storeys', 1, 100),
      yearBuilt: num('yearBuilt', 'Year built', 1800, 2100),
      tier: ['high', 'medium', 'low'].includes(tierText) ? (tierText as FireRiskTier) : undefined,
      lifts: num('lifts', 'Passenger lifts', 0, 50),
      water: flag('water', 'Communal water'),
      asbestos: flag('asbestos', 'Asbestos present'),
      electrics: flag('electrics', 'Communal electrics'),
      firstRow: row,
    };
    // A block's details come from its valid rows only, and must agree between them.
    if (!bad.has(row)) {
      const key = blockKey(estate, blockName);
      const earlier = blocks.get(key);
      if (!earlier) blocks.set(key, b);
      else {
        const fields = (Object.keys(ATTR_LABELS) as (keyof BlockAttrs)[]).filter((f) => b[f] !== undefined);
        for (const f of fields.filter((f) => earlier[f] !== undefined && earlier[f] !== b[f])) {
          problem(row, ATTR_LABELS[f], `${blockName} has ${String(earlier[f])} on row ${earlier.firstRow} but ${String(b[f])} here.`);
        }
        if (!bad.has(row)) for (const f of fields) (earlier as unknown as Record<string, unknown>)[f] = b[f];
      }
    }
    if (!bad.has(row)) homes.push({ row, uprn, address, estate, block: blockName, tenure: t!, gas: gas! });
  }
  checked(table.rows.length);
  problems.sort((a, b) => a.row - b.row);

  // What would change: each home, and each block's attributes (counted on the block's first row).
  const plans = planBlocks(sqlite, blocks, (row, column, message) => problem(row, column, message));
  for (const h of homes) {
    const plan = plans.get(blockKey(h.estate, h.block))!;
    if (plan.refused && h.row !== plan.firstRow) problem(h.row, 'Block', `${h.block} cannot be imported: see row ${plan.firstRow}.`);
  }
  problems.sort((a, b) => a.row - b.row);
  const existing = new Map(
    (
      sqlite
        .prepare(
          `select d.uprn, d.address, d.tenure, d.has_gas, b.name as block, e.name as estate from dwellings d
      left join blocks b on b.id = d.block_id left join estates e on e.id = b.estate_id`,
        )
        .all() as { uprn: string; address: string; tenure: string; has_gas: number; block: string | null; estate: string | null }[]
    ).map((r) => [r.uprn, r]),
  );
  const changes = homes
    .filter((h) => !bad.has(h.row))
    .map((h) => {
      const e = existing.get(h.uprn);
      const plan = plans.get(blockKey(h.estate, h.block))!;
      const same =
        e &&
        e.address === h.address &&
        e.tenure === h.tenure &&
        e.has_gas === (h.gas ? 1 : 0) &&
        e.block !== null &&
        e.estate !== null &&
        blockKey(e.estate, e.block) === blockKey(h.estate, h.block);
      const kind = !e ? 'new' : same && !(plan.changed && plan.firstRow === h.row) ? 'unchanged' : 'updated';
      return { h, kind, homeChanged: !same };
    });
  for (const c of changes) report[c.kind as 'new' | 'updated' | 'unchanged']++;
  return { report, plan: { plans, changes } };
}

function applyStock(sqlite: BetterSqlite3.Database, { plans, changes }: StockPlan, o: ImportOptions, onProgress?: OnProgress): Partial<ImportReport> {
  // One transaction: all of it, or (when problems were found and the user chose) the valid rows only.
  bulkMutation(sqlite, o, (audit) => {
    const blockIds = writeBlocks(sqlite, plans, new Set(changes.map((c) => blockKey(c.h.estate, c.h.block))), o, audit);
    const upsertHome =
      sqlite.prepare(`insert into dwellings (uprn, address, block_id, tenure, has_gas, active, created_at, updated_at) values (?, ?, ?, ?, ?, 1, ?, ?)
      on conflict (uprn) do update set address = excluded.address, block_id = excluded.block_id, tenure = excluded.tenure, has_gas = excluded.has_gas, updated_at = excluded.updated_at`);
    const homeId = sqlite.prepare('select id from dwellings where uprn = ?');
    const written = progressTicker(onProgress, 'writing', changes.length);
    for (const [i, { h, kind, homeChanged }] of changes.entries()) {
      written(i);
      if (!homeChanged) continue;
      upsertHome.run(h.uprn, h.address, blockIds.get(blockKey(h.estate, h.block))!, h.tenure, h.gas ? 1 : 0, o.now, o.now);
      const id = (homeId.get(h.uprn) as { id: number }).id;
      audit({
        entity: 'dwelling',
        entityId: id,
        action: kind === 'new' ? 'create' : 'update',
        label: `${h.uprn} ${h.address}`,
        after: { ...h, source: 'import' },
      });
    }
    written(changes.length);
  });
  return {};
}
