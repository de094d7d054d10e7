import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

// Issue 9: edits that lost data or hid their errors, reproduced through the core.
let t: TestCore;
let programmeId: number;

beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
  programmeId = (await t.call('programmes.create', { code: 'rfp', name: 'Resident Focus Project' })).id;
});
afterEach(async () => t.close());

const newRec = (extra: Record<string, unknown> = {}) =>
  t.call('recommendations.create', {
    programmeId,
    ref: 'R8',
    title: 'Publish repairs standards',
    originalTargetDate: '2027-03-03',
    status: 'in_progress',
    ...extra,
  });

describe('the original target date', () => {
  it('cannot be removed once recorded, and nothing is written', async () => {
    const rec = await newRec();
    const before = snapshot(t.database);
    const r = await t.raw('recommendations.update', { id: rec.id, patch: { originalTargetDate: null } });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', field: 'originalTargetDate' } });
    expect(!r.ok && r.error.message).toBe(
      'The original target date (03/03/2027) cannot be removed: members compare any revised date against it. Correct it to another date instead.',
    );
    expect(snapshot(t.database)).toBe(before);
  });

  it('can still be corrected to another date, or set when there was none', async () => {
    const rec = await newRec();
    expect((await t.call('recommendations.update', { id: rec.id, patch: { originalTargetDate: '2027-04-05' } })).originalTargetDate).toBe('2027-04-05');
    const none = await newRec({ ref: 'R9', originalTargetDate: null });
    expect((await t.call('recommendations.update', { id: none.id, patch: { originalTargetDate: '2027-01-31' } })).originalTargetDate).toBe('2027-01-31');
  });
});

describe('a completed recommendation reopened', () => {
  it('keeps its completion date unless the change says to remove it', async () => {
    const rec = await newRec({ status: 'completed', completionDate: '2026-07-06' });
    const before = snapshot(t.database);
    const silent = await t.raw('recommendations.update', { id: rec.id, patch: { status: 'on_hold' } });
    expect(silent).toMatchObject({ ok: false, error: { field: 'completionDate' } });
    expect(snapshot(t.database)).toBe(before);
    const told = await t.call('recommendations.update', { id: rec.id, patch: { status: 'on_hold', completionDate: null } });
    expect(told).toMatchObject({ status: 'on_hold', completionDate: null });
    const history = await t.call('audit.history', { entity: 'recommendation', entityId: rec.id });
    expect(JSON.stringify(history)).toContain('2026-07-06');
  });
});

describe('progress notes', () => {
  it('refuses a note dated after today, on create and on correction', async () => {
    const rec = await newRec();
    const before = snapshot(t.database);
    const future = await t.raw('notes.create', { recommendationId: rec.id, noteDate: '2027-12-25', body: 'Done early', visibility: 'public' });
    expect(future).toMatchObject({ ok: false, error: { code: 'validation', field: 'noteDate' } });
    expect(!future.ok && future.error.message).toBe('A progress note records what has happened: date it today (23/11/2026) or earlier.');
    expect(snapshot(t.database)).toBe(before);

    const ok = await t.call('notes.create', { recommendationId: rec.id, noteDate: '2026-11-23', body: 'Walkabout held', visibility: 'public' });
    const noteId = ok.notes[0]!.id;
    const moved = await t.raw('notes.update', { id: noteId, patch: { noteDate: '2026-11-24' } });
    expect(moved).toMatchObject({ ok: false, error: { field: 'noteDate' } });
    expect((await t.call('recommendations.get', { id: rec.id })).notes[0]!.noteDate).toBe('2026-11-23');
  });
});

describe('every problem at once', () => {
  it('reports each field the input breaks, not only the first', async () => {
    const rec = await newRec();
    const r = await t.raw('recommendations.update', { id: rec.id, patch: { title: '  ', originalTargetDate: '32/13/2026' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'validation', field: 'title', message: 'Enter title.' });
    expect(r.error.problems).toEqual([
      { field: 'title', message: 'Enter title.' },
      { field: 'originalTargetDate', message: 'Original target date must be a real date, for example 31/03/2027.' },
    ]);
  });

  it('reports every cross-field rule the record would break', async () => {
    const rec = await newRec({ originalTargetDate: null });
    const r = await t.raw('recommendations.update', {
      id: rec.id,
      patch: { status: 'completed', completionDate: null, revisedTargetDate: '2027-05-01', revisedReason: 'Contractor delay' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.problems?.map((p) => p.field)).toEqual(['originalTargetDate', 'completionDate']);
  });

  it('sends a single problem without a list', async () => {
    const r = await t.raw('recommendations.update', { id: (await newRec()).id, patch: { title: '' } });
    expect(r).toMatchObject({ ok: false, error: { field: 'title' } });
    expect(!r.ok && r.error.problems).toBeUndefined();
  });
});
