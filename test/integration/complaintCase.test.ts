import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '../../main/imports/runImport';
import { makeCore, type TestCore } from '../helpers/testCore';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const TODAY = '2025-06-20';
const HEADER = 'Reference,Stage,Received,Acknowledged,Extension (working days),Responded,Tenure,Service area,Outcome,Compensation';
const opts = { dryRun: false, validOnly: false, actor: 'Importer', now: `${TODAY}T10:00:00.000Z`, today: TODAY };

async function load(...rows: string[]) {
  t = await makeCore({ today: TODAY });
  await runImport(t.database.sqlite, 'complaints', 'log.csv', Buffer.from([HEADER, ...rows].join('\r\n'), 'utf8'), opts);
  const page = await t.call('complaints.list', {});
  return (reference: string, stage: number) => page.rows.find((r) => r.reference === reference && r.stage === stage)!.id;
}

describe('complaints.get: one stage for its panel', () => {
  it('gives the clock step by step and the other stage of the same reference', async () => {
    const id = await load(
      'HC-1,1,02/06/2025,11/06/2025,15,,Tenant,Repairs,,',
      'HC-1,2,02/06/2025,04/06/2025,0,18/06/2025,Leaseholder,Repairs,Upheld,£150.00',
      'HC-2,1,02/06/2025,,,,Tenant,,,',
    );
    const first = await t!.call('complaints.get', { id: id('HC-1', 1) });
    expect(first).toMatchObject({
      reference: 'HC-1',
      stage: 1,
      serviceArea: 'Repairs',
      status: 'open',
      clock: {
        acknowledgementDue: '2025-06-09',
        acknowledgedLateBy: 2,
        responseFrom: '2025-06-09',
        responseFromDueDay: true,
        extensionAsked: 15,
        extensionCounted: 10,
        extensionLimit: 10,
        responseDue: '2025-07-07',
        daysLeft: 11,
        daysLate: 0,
      },
      otherStages: [{ id: id('HC-1', 2), stage: 2, received: '2025-06-02', status: 'on_time' }],
    });
    // the panel's dates are the log's
    const row = (await t!.call('complaints.list', { search: 'HC-1', stage: 1 })).rows[0]!;
    expect([first.acknowledgementDue, first.responseDue, first.daysLate]).toEqual([row.acknowledgementDue, row.responseDue, row.daysLate]);

    const second = await t!.call('complaints.get', { id: id('HC-1', 2) });
    expect(second).toMatchObject({
      outcome: 'upheld',
      compensationPence: 15000,
      tenure: 'leaseholder',
      onTime: true,
      clock: { responseDays: 20, daysLeft: null },
    });

    // received 2 June, no acknowledgement: due 9 June + 10 working days = 23 June; open and not late on the 20th
    expect(await t!.call('complaints.get', { id: id('HC-2', 1) })).toMatchObject({
      otherStages: [],
      clock: { acknowledgedLateBy: null, responseDue: '2025-06-23', daysLeft: 1 },
      status: 'due_soon',
    });
  });

  it('refuses a stage that is not there', async () => {
    await load('HC-1,1,02/06/2025,,,,Tenant,,,');
    expect(await t!.raw('complaints.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t!.raw('complaints.get', { id: 'x' })).toMatchObject({ ok: false, error: { field: 'id' } });
  });
});
