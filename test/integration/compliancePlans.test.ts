import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RawBuilder } from 'kysely';
import { CHECK_TYPES, type CheckType } from '../../shared/domain/compliance';
import { measureQueries } from '../../main/compliance/measures';
import { dueItemsQuery, overduePageQuery } from '../../main/compliance/overdue';
import { coverQuery, positionQuery } from '../../main/compliance/position';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

// The hot compliance queries' plans (issue 15): a look-up that answers per block or per home is
// worked out once, not once for every place the outer query names it. At 60,000 homes these
// repetitions doubled the position and the building-safety measures.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
  await buildHandBuiltStock(t);
});
afterEach(async () => t.close());

function plan(query: RawBuilder<unknown>): string[] {
  const compiled = query.compile(t.database.db);
  const rows = t.database.sqlite.prepare(`explain query plan ${compiled.sql}`).all(...(compiled.parameters as unknown[])) as { detail: string }[];
  return rows.map((r) => r.detail);
}

const correlated = (lines: string[]) => lines.filter((l) => l.startsWith('CORRELATED SCALAR SUBQUERY')).length;

describe('query plans', () => {
  it('the overdue list works each home’s, block’s and lift’s cover out once, and the last visit only for the rows shown', () => {
    // one look-up per source of items: gas homes; electrical homes and blocks; a kind of block check; lifts
    const sources: Record<CheckType, number> = { GAS: 1, EICR: 2, FRA: 1, WATER: 1, ASBESTOS: 1, LIFT: 1 };
    for (const type of CHECK_TYPES) {
      const lines = plan(dueItemsQuery(type, '2026-11-23'));
      expect(lines, type).toContain('MATERIALIZE items');
      expect(correlated(lines), type).toBe(sources[type]);
    }
    const items = [
      { check_type: 'GAS', scope: 'home', dwelling_id: 1, block_id: 1, lift_id: null, homes: 1, cover: null },
      { check_type: 'FRA', scope: 'block', dwelling_id: null, block_id: 1, lift_id: null, homes: 4, cover: '2026-01-01' },
    ] as const;
    const page = plan(overduePageQuery('2026-11-23', items, 200));
    expect(correlated(page)).toBe(2);
    expect(page.filter((l) => l.includes('no_access_visits') || / v USING /.test(l)).every((l) => l.startsWith('SEARCH'))).toBe(true);
  });

  it('the position works each home’s cover out once per check type', () => {
    for (const type of CHECK_TYPES) {
      const lines = plan(positionQuery(type, '2026-11-23'));
      expect(lines, type).toContain('MATERIALIZE cover');
      // gas and electrical look up each home's own latest check: once, not once per count
      expect(correlated(lines), type).toBe(type === 'GAS' || type === 'EICR' ? 1 : 0);
    }
  });

  it('the communal electrical cover reads block certificates only, through the index', () => {
    const lines = plan(positionQuery('EICR', '2026-11-23'));
    expect(lines.some((l) => /certificates_block_done \(check_type=\? AND block_id>\?\)/.test(l))).toBe(true);
  });

  it('one home’s checks read that home only', () => {
    const lines = plan(coverQuery('EICR', '2026-11-23', [1]));
    expect(lines.some((l) => /^SCAN d\b/.test(l))).toBe(false);
  });

  it('a page of homes has its gaps worked out for those homes only', () => {
    for (const type of CHECK_TYPES)
      expect(
        plan(coverQuery(type, '2026-11-23', [1, 2, 3])).some((l) => /^SCAN d\b/.test(l)),
        type,
      ).toBe(false);
  });

  it('BS02-BS05 answer once per block, then count the homes', () => {
    const queries = measureQueries('2026-11-23');
    for (const code of ['BS02', 'BS03', 'BS04'] as const) {
      const lines = plan(queries[code]);
      expect(lines, code).toContain('MATERIALIZE needing');
    }
    expect(plan(queries.BS05)).toContain('MATERIALIZE lift_blocks');
    expect(correlated(plan(queries.BS01))).toBeLessThanOrEqual(1);
  });

  it('a home’s, block’s or lift’s latest check is read from the latest expiry down, not sorted from every check done by the date', () => {
    // the line after each correlated look-up is how it reads the certificates
    const lookUps = (lines: string[]) => lines.flatMap((l, i) => (l.startsWith('CORRELATED SCALAR SUBQUERY') ? [lines[i + 1]!] : []));
    for (const type of CHECK_TYPES) {
      const lines = [...plan(positionQuery(type, '2026-11-23')), ...plan(dueItemsQuery(type, '2026-11-23'))];
      expect(
        lines.filter((l) => l.includes('TEMP B-TREE FOR ORDER BY')),
        type,
      ).toEqual([]);
      // the indexes in expiry order (certificates_dwelling, not certificates_dwelling_done)
      for (const read of lookUps(lines)) expect(read, type).toMatch(/USING (COVERING )?INDEX certificates_(dwelling|block|lift) \(/);
    }
  });

  it('BS01-BS05 find a check in date by its expiry, not by every check done before the date', () => {
    const queries = measureQueries('2026-11-23');
    const reads = (code: keyof typeof queries) => plan(queries[code]).filter((l) => / c USING /.test(l));
    expect(reads('BS01')).toEqual(['SEARCH c USING COVERING INDEX certificates_dwelling (check_type=? AND dwelling_id=? AND expiry_date>?)']);
    for (const code of ['BS02', 'BS03', 'BS04'] as const)
      expect(reads(code), code).toEqual(['SEARCH c USING COVERING INDEX certificates_block (check_type=? AND block_id=? AND expiry_date>?)']);
    expect(reads('BS05')).toEqual(['SEARCH c USING INDEX certificates_lift (lift_id=? AND expiry_date>?)']);
  });

  it('the figures are the same as the position’s, materialised or not', async () => {
    const measures = await t.call('compliance.measures', { asAt: '2026-03-31' });
    const position = await t.call('compliance.position', { asAt: '2026-03-31' });
    const gas = position.find((p: { checkType: string }) => p.checkType === 'GAS')!;
    expect(measures.BS01.requiring).toBe(gas.requiring);
    expect(measures.BS01.compliant).toBe(gas.compliant);
  });
});
