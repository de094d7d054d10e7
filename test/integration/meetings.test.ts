import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
let committeeId: number;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
  committeeId = (await t.call('committees.create', { name: 'Housing Management Sub-Committee' })).id;
});
afterEach(async () => t.close());

describe('meetings', () => {
  it('asks for the meeting date when it is left blank', async () => {
    expect(await t.raw('meetings.create', { committeeId, meetingDate: '' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'meetingDate', message: 'Enter the meeting date.' },
    });
  });

  it('refuses to mark a meeting as held before its date, saying from when it can be, and changes nothing', async () => {
    const m = await t.call('meetings.create', { committeeId, meetingDate: '2026-12-10' });
    const before = snapshot(t.database);
    expect(await t.raw('meetings.setStatus', { id: m.id, status: 'held' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'status', message: 'The meeting of 10 Dec 2026 has not taken place yet: it can be marked as held from that day.' },
    });
    expect(snapshot(t.database)).toBe(before);
    const today = await t.call('meetings.create', { committeeId, meetingDate: '2026-11-23' });
    expect((await t.call('meetings.setStatus', { id: today.id, status: 'held' })).status).toBe('held');
  });
});
