import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

describe('the longest overdue remedial actions', () => {
  it('say where each one is: a home by its UPRN and address, a block’s communal parts, a lift', async () => {
    const { h, a, c } = await buildHandBuiltStock(t);
    const cert = (target: Record<string, number>, checkType: string) =>
      t.call('certificates.create', { checkType: checkType as never, dateDone: '2026-09-01', ...target });
    const home = await cert({ homeId: h.A1 }, 'GAS');
    const block = await cert({ blockId: a.id }, 'FRA');
    const lift = await cert({ liftId: c.liftIds[1]! }, 'LIFT');
    for (const [certificate, description] of [
      [home, 'Cap the cooker supply'],
      [block, 'Replace the fire door closer'],
      [lift, 'Repair the landing door'],
    ] as const) {
      await t.call('remedials.create', { certificateId: certificate.id, description, priority: '24h' });
    }
    const { oldest } = await t.call('compliance.remedials', { asAt: '2026-11-23' });
    expect(Object.fromEntries(oldest.map((r) => [r.description, r.where]))).toEqual({
      'Cap the cooker supply': 'UPRN 1001, Flat 1001',
      'Replace the fire door closer': 'Ash House, Northgate Estate (communal)',
      'Repair the landing door': 'Lift 2, Cedar Tower, Northgate Estate',
    });
  });
});
