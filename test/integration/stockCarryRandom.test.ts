import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_TYPES } from '../../shared/domain/compliance';
import { compliancePosition, positionCounts } from '../../main/compliance/position';
import { complianceTrend, trendPointCounts } from '../../main/compliance/trend';
import { keeperFor } from '../../main/db/keeper';
import { generatedCore, keptPointRows } from '../helpers/generatedCore';
import { randomStockChanges } from '../helpers/randomStockChanges';
import type { TestCore } from '../helpers/testCore';

// The kept points carried through random changes to homes, blocks, lifts and certificates (issue 15; raw SQL:
// the triggers fire whoever writes), the trend and the position read after each round: every kept
// row, and every figure shown, must equal the position worked out afresh at its date.
const TODAY = '2026-11-23';
let t: TestCore;
beforeEach(async () => {
  t = await generatedCore(400, 5, TODAY);
}, 120_000);
afterEach(() => t.close());

const s = () => t.database.sqlite;
const keptRows = () => keptPointRows(t);
async function staleRows() {
  const bad: string[] = [];
  for (const r of keptRows()) {
    const c = (await positionCounts(t.database.db, [r.check_type as never], r.as_at))[0]![1];
    const ok =
      Number(c.requiring) === r.requiring &&
      Number(c.compliant) === r.compliant &&
      (r.due30 === null || [r.due30, r.due60, r.due90].join() === [c.due30, c.due60, c.due90].map(Number).join());
    if (!ok) bad.push(`${r.check_type} ${r.as_at}: kept ${r.requiring}/${r.compliant}/${r.due30}, afresh ${c.requiring}/${c.compliant}/${c.due30}`);
  }
  return bad;
}

describe('carried points under random changes', () => {
  it('equal the points worked out afresh', async () => {
    const { rnd, op, bump } = randomStockChanges(s());
    const keeper = keeperFor(s());
    const page = async (asAt = TODAY) => {
      const trend = await complianceTrend(t.database.db, asAt, 12, keeper);
      await compliancePosition(t.database.db, asAt, keeper);
      return trend;
    };
    await page();
    await compliancePosition(t.database.db, '2026-06-15', keeper);
    const log: string[] = [];
    for (let round = 0; round < 80; round++) {
      const n = 1 + rnd(5);
      for (let i = 0; i < n; i++) {
        try {
          op(log);
        } catch (e) {
          log.push(`op failed ${(e as Error).message}`);
        }
      }
      bump();
      log.push(
        `-- round ${round} noted ${s().prepare('select count(*) from compliance_homes_before').pluck().get()} (blocks ${s().prepare('select count(*) from compliance_blocks_before').pluck().get()}) kept ${keptRows().length}`,
      );
      const trend = await page(round % 3 === 2 ? '2026-10-31' : TODAY);
      if (round % 4 === 1) await compliancePosition(t.database.db, '2026-06-15', keeper);
      const bad = await staleRows();
      const fresh = await trendPointCounts(
        t.database.db,
        CHECK_TYPES.flatMap((type) => trend.points.map((at) => ({ type, at }))),
      );
      const shown = trend.series.flatMap((x) => x.percent.map((p, i) => [`${x.checkType} ${trend.points[i]}`, p] as const));
      const wrongShown = shown.filter(([k, p]) => {
        const f = fresh.find((q) => `${q.check_type} ${q.as_at}` === k)!;
        return (f.requiring ? Math.round((f.compliant / f.requiring) * 1000) / 10 : null) !== p;
      });
      if (bad.length || wrongShown.length) console.log(log.join('\n'));
      expect(bad, `round ${round}`).toEqual([]);
      expect(wrongShown, `round ${round}`).toEqual([]);
    }
    // the rounds did change what the points count: homes were noted and carried
    expect(log.filter((l) => /noted [1-9]/.test(l)).length).toBeGreaterThan(20);
    expect(log.filter((l) => /\(blocks [1-9]/.test(l)).length).toBeGreaterThan(10);
  }, 120_000);
});
