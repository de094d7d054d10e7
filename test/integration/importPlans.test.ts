import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORDED_CHECK_SQL } from '../../main/imports/certificateMatch';
import { PREVIOUS_EXPIRY_SQL } from '../../main/imports/certificateWrite';
import { GAS_CHAIN_FROM_SQL } from '../../main/stock/gasChain';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

// The certificate import's per-row look-ups (issue 15): the expiry of the check before a new one
// on a home is read from the index alone, not from the table row (1.3 s of a 100,000-row import).

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
  await buildHandBuiltStock(t);
});
afterEach(async () => t.close());

const plan = (sql: string) => (t.database.sqlite.prepare(`explain query plan ${sql}`).all('GAS', 1, '2026-01-01') as { detail: string }[]).map((r) => r.detail);

describe('certificate import query plans', () => {
  it('the previous expiry on a home is read from the covering index alone', () => {
    const lines = plan(PREVIOUS_EXPIRY_SQL.home);
    expect(
      lines.some((l) => l.includes('USING COVERING INDEX certificates_dwelling_done')),
      lines.join('\n'),
    ).toBe(true);
  });

  // lift and block checks are few (one per lift or block, not per home): their look-ups still read the row
  it.each([
    ['lift', 'certificates_lift_done'],
    ['block', 'certificates_block_done'],
  ] as const)('the previous expiry on a %s walks %s', (on, index) => {
    expect(plan(PREVIOUS_EXPIRY_SQL[on]).some((l) => l.includes(`USING INDEX ${index}`))).toBe(true);
  });

  // a row of the file matched to the check on record of its day: found by the index, never by a scan
  // of the home's or the type's checks, and only that day's checks (one or two) sorted
  it.each([
    [
      'home',
      ['GAS', 1, '2026-01-01', null, null],
      'SEARCH certificates USING INDEX certificates_dwelling_done (check_type=? AND dwelling_id=? AND date_done=?)',
    ],
    ['lift', [1, '2026-01-01', null, null], 'SEARCH certificates USING INDEX certificates_lift_done (lift_id=? AND date_done=?)'],
    ['block', ['FRA', 1, '2026-01-01', null, null], 'SEARCH certificates USING INDEX certificates_block_done (check_type=? AND block_id=? AND date_done=?)'],
  ] as const)('a row is matched to the check on record of its day on a %s by the date-done index', (on, args, search) => {
    const lines = (t.database.sqlite.prepare(`explain query plan ${RECORDED_CHECK_SQL[on]}`).all(...args) as { detail: string }[]).map((r) => r.detail);
    expect(lines).toEqual([search, 'USE TEMP B-TREE FOR ORDER BY']);
  });

  it('a home’s gas chain after an import is read from the last day before its first new check, by the index', () => {
    const lines = (t.database.sqlite.prepare(`explain query plan ${GAS_CHAIN_FROM_SQL}`).all({ home: 1, from: '2026-01-01' }) as { detail: string }[]).map(
      (r) => r.detail,
    );
    expect(lines).toEqual([
      'SEARCH certificates USING INDEX certificates_dwelling_done (check_type=? AND dwelling_id=? AND date_done>?)',
      'SCALAR SUBQUERY 1',
      'SEARCH certificates USING COVERING INDEX certificates_dwelling_done (check_type=? AND dwelling_id=? AND date_done<?)',
    ]);
  });
});
