import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../helpers/testCore';

let t: TestCore;
afterEach(async () => t.close());

const labels = (like: string) =>
  (t.database.sqlite.prepare('select label from audit_log where label like ? order by id').all(like) as { label: string }[]).map((r) => r.label);

describe('what the history and the CSV export read', () => {
  it('names a note in the history by its date in UK form', async () => {
    t = await makeCore({ today: '2026-11-23' });
    const programmeId = (await t.call('programmes.create', { code: 'RFP', name: 'Resident Focus Project', source: 'Review' })).id;
    const rec = await t.call('recommendations.create', { programmeId, ref: 'R1', title: 'Publish repairs standards' });
    const d = await t.call('notes.create', { recommendationId: rec.id, noteDate: '2026-07-06', body: 'Drafted', visibility: 'public' });
    await t.call('notes.update', { id: d.notes[0]!.id, patch: { body: 'Drafted with the HUB' } });
    await t.call('notes.create', { recommendationId: rec.id, noteDate: '2026-08-01', body: 'Agreed', visibility: 'public' });
    await t.call('recommendations.delete', { id: rec.id });
    expect(labels('%note of%')).toEqual([
      'R1: note of 6 Jul 2026',
      'R1: note of 6 Jul 2026',
      'R1: note of 1 Aug 2026',
      'R1: note of 6 Jul 2026',
      'R1: note of 1 Aug 2026',
    ]);
  });

  it('the demo’s history has no ISO dates in its labels', async () => {
    t = await makeCore({ today: '2026-11-23', demo: true });
    const iso = (
      t.database.sqlite.prepare("select label from audit_log where label glob '*[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'").all() as { label: string }[]
    ).map((r) => r.label);
    expect(iso).toEqual([]);
    expect(labels('%note of%').length).toBeGreaterThan(0);
  });

  it('gives each recommendation row its latest note, date and text', async () => {
    t = await makeCore({ today: '2026-11-23' });
    const programmeId = (await t.call('programmes.create', { code: 'RFP', name: 'Resident Focus Project', source: 'Review' })).id;
    const rec = await t.call('recommendations.create', { programmeId, ref: 'R1', title: 'Publish repairs standards' });
    await t.call('recommendations.create', { programmeId, ref: 'R2', title: 'No notes yet' });
    await t.call('notes.create', { recommendationId: rec.id, noteDate: '2026-10-01', body: 'Agreed the draft', visibility: 'public' });
    await t.call('notes.create', { recommendationId: rec.id, noteDate: '2026-11-20', body: 'Sent to the HUB', visibility: 'internal' });
    await t.call('notes.create', { recommendationId: rec.id, noteDate: '2026-11-20', body: 'HUB replied the same day', visibility: 'public' });
    await t.call('notes.create', { recommendationId: rec.id, noteDate: '2026-09-01', body: 'Entered late, about September', visibility: 'public' });
    const rows = await t.call('recommendations.list', { programmeId });
    expect(rows.map((r) => [r.ref, r.latestNoteDate, r.latestNoteText])).toEqual([
      ['R1', '2026-11-20', 'HUB replied the same day'],
      ['R2', null, null],
    ]);
  });
});
