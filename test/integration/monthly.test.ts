import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
let programmeId: number;
let recs: { id: number; ref: string; title: string; status: string }[];
let auditsBefore: number;

beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23', demo: true });
  programmeId = (await t.call('programmes.list', {}))[0]!.id;
  recs = await t.call('recommendations.list', { programmeId });
  // The demo drafts this month's update (November) and publishes October's: these tests write November's from scratch.
  for (const item of (await t.call('monthly.get', { programmeId, month: '2026-11' })).items) await t.call('monthly.deleteItem', { id: item.id });
  auditsBefore = (t.database.sqlite.prepare('select max(id) as id from audit_log').get() as { id: number }).id;
});
afterEach(async () => t.close());

const add = (body: string, extra: Record<string, unknown> = {}) =>
  t.call('monthly.addItem', { programmeId, month: '2026-11', itemDate: '2026-11-10', body, ...extra });

describe('monthly update items', () => {
  it('adds, edits, reorders, moves and deletes items, each audited', async () => {
    await add('First bullet');
    await add('Second bullet', { recommendationId: recs[2]!.id });
    let view = await add('Third bullet');
    expect(view.status).toBe('draft');
    expect(view.items.map((i) => i.body)).toEqual(['First bullet', 'Second bullet', 'Third bullet']);
    expect(view.items[1]!.recommendationRef).toBe(recs[2]!.ref);

    const [a, b, c] = view.items.map((i) => i.id) as [number, number, number];
    view = await t.call('monthly.reorder', { programmeId, month: '2026-11', itemIds: [c, a, b] });
    expect(view.items.map((i) => i.body)).toEqual(['Third bullet', 'First bullet', 'Second bullet']);

    view = await t.call('monthly.updateItem', { id: a, patch: { body: 'First bullet, reworded', itemDate: '2026-11-30' } });
    expect(view.items.find((i) => i.id === a)).toMatchObject({ body: 'First bullet, reworded', itemDate: '2026-11-30' });

    view = await t.call('monthly.moveItem', { id: a, toMonth: '2026-12' });
    expect(view.items.map((i) => i.id)).toEqual([c, b]);
    const december = await t.call('monthly.get', { programmeId, month: '2026-12' });
    expect(december.items).toEqual([expect.objectContaining({ id: a, itemDate: '2026-12-30', month: '2026-12' })]);

    view = await t.call('monthly.deleteItem', { id: b });
    expect(view.items.map((i) => i.id)).toEqual([c]);
    const months = await t.call('monthly.months', { programmeId });
    expect(months.map((m) => [m.month, m.itemCount])).toEqual([
      ['2026-12', 1],
      ['2026-11', 1],
      ['2026-10', 6],
    ]);
    const audits = t.database.sqlite.prepare("select action from audit_log where entity = 'monthly_item' and id > ? order by id").all(auditsBefore);
    expect(audits.map((x: any) => x.action)).toEqual(['create', 'create', 'create', 'update', 'update', 'delete']);
  });

  it('gives every programme’s current update in one call: its latest month not after this one, else its first after it', async () => {
    await t.call('monthly.addItem', { programmeId, month: '2027-02', itemDate: '2027-02-01', body: 'Parked for February' });
    const later = (await t.call('programmes.create', { code: 'LATER', name: 'Starts next year' })).id;
    await t.call('monthly.addItem', { programmeId: later, month: '2027-03', itemDate: '2027-03-02', body: 'March' });
    await t.call('monthly.addItem', { programmeId: later, month: '2027-01', itemDate: '2027-01-02', body: 'January' });
    const none = (await t.call('programmes.create', { code: 'NONE', name: 'No updates yet' })).id;

    const current = await t.call('monthly.current', { month: '2026-11' });
    // the same answer as each programme's list of months, read the way the dashboard read it before
    for (const p of await t.call('programmes.list', {})) {
      const months = await t.call('monthly.months', { programmeId: p.id });
      const expected = months.find((m) => m.month <= '2026-11') ?? months.at(-1);
      expect(current.find((c) => c.programmeId === p.id)?.update, p.code).toEqual(expected);
    }
    expect(current.find((c) => c.programmeId === programmeId)?.update).toMatchObject({ month: '2026-11', itemCount: 0, status: 'draft' });
    expect(current.find((c) => c.programmeId === later)?.update).toMatchObject({ month: '2027-01', itemCount: 1 });
    expect(current.some((c) => c.programmeId === none)).toBe(false);
    expect(await t.raw('monthly.current', { month: 'November' })).toMatchObject({ ok: false, error: { field: 'month' } });
  });

  it('refuses bad items with the field named and writes nothing', async () => {
    await add('Existing');
    const before = snapshot(t.database);
    const other = (await t.call('programmes.create', { code: 'HIP', name: 'Housing Improvement Programme' })).id;
    const otherRec = (await t.call('recommendations.create', { programmeId: other, ref: 'C1', title: 'Damp and mould' })).id;
    const after = snapshot(t.database);
    const cases: [string, unknown, string][] = [
      ['monthly.addItem', { programmeId, month: '2026-11', itemDate: '2026-12-01', body: 'x' }, 'itemDate'],
      ['monthly.addItem', { programmeId, month: '2026-13', itemDate: '2026-11-01', body: 'x' }, 'month'],
      ['monthly.addItem', { programmeId, month: '2026-11', itemDate: '2026-11-01', body: '   ' }, 'body'],
      ['monthly.addItem', { programmeId, month: '2026-11', itemDate: '2026-11-01', body: 'x', recommendationId: otherRec }, 'recommendationId'],
      ['monthly.moveItem', { id: 1, toMonth: 'November' }, 'toMonth'],
      ['monthly.reorder', { programmeId, month: '2026-11', itemIds: [999] }, 'itemIds'],
    ];
    for (const [name, input, field] of cases) {
      const r = await t.raw(name, input);
      expect(r, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'validation', field } });
    }
    expect(snapshot(t.database)).toBe(after);
    expect(before).not.toBe(after);
  });
});

describe('what changed this month', () => {
  it('lists status, target date and owner changes and new public notes, with bullets that name no one', async () => {
    const target = recs.find((r) => r.status === 'in_progress')!;
    await t.call('recommendations.update', { id: target.id, patch: { status: 'completed', completionDate: '2026-11-20' } });
    await t.call('recommendations.update', { id: recs[0]!.id, patch: { revisedTargetDate: '2027-02-28', revisedReason: 'New contract' } });
    const newOwner = (await t.call('people.list', {})).find((p) => p.active)!;
    await t.call('recommendations.update', { id: recs[1]!.id, patch: { ownerId: newOwner.id } });
    await t.call('notes.create', {
      recommendationId: recs[3]!.id,
      noteDate: '2026-11-21',
      body: 'Residents helped us test the new form.',
      visibility: 'public',
    });
    await t.call('notes.create', { recommendationId: recs[3]!.id, noteDate: '2026-11-21', body: 'Internal only.', visibility: 'internal' });

    const view = await t.call('monthly.get', { programmeId, month: '2026-11' });
    const kinds = view.changes.map((c) => `${c.kind}:${c.ref}`);
    expect(kinds).toContain(`status:${target.ref}`);
    expect(kinds).toContain(`target:${recs[0]!.ref}`);
    expect(kinds).toContain(`owner:${recs[1]!.ref}`);
    expect(kinds).toContain(`note:${recs[3]!.ref}`);
    expect(view.changes.some((c) => c.suggestedText === 'Internal only.')).toBe(false);
    const status = view.changes.find((c) => c.kind === 'status')!;
    expect(status.suggestedText).toMatch(new RegExp(`^We have completed recommendation ${target.ref}: `));
    const owner = view.changes.find((c) => c.kind === 'owner')!;
    expect(owner.suggestedText).not.toContain(newOwner.name);
    expect(view.changes.find((c) => c.kind === 'target')!.suggestedText).toContain('28 Feb 2027');

    // Turning a change into a bullet marks it as used.
    const after = await add(status.suggestedText, { recommendationId: status.recommendationId });
    expect(after.changes.find((c) => c.kind === 'status')!.alreadyUsed).toBe(true);
    // Another month sees none of November's audit changes.
    const october = await t.call('monthly.get', { programmeId, month: '2026-10' });
    expect(october.changes.filter((c) => c.kind !== 'note')).toEqual([]);
  });
});

describe('publishing a month', () => {
  it('freezes its items and the notes it quoted, and re-exports identically', async () => {
    const quotedRec = recs[5]!;
    const note = await t.call('notes.create', {
      recommendationId: quotedRec.id,
      noteDate: '2026-11-15',
      body: 'Quoted in the public update.',
      visibility: 'public',
    });
    const noteId = note.notes.find((n) => n.body === 'Quoted in the public update.')!.id;
    const view = await add('Published bullet');
    const itemId = view.items[0]!.id;
    const first = await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' });
    expect(first.fileName).toBe('RFP-monthly-update-2026-11-draft.docx');

    const published = await t.call('monthly.publish', { programmeId, month: '2026-11' });
    expect(published).toMatchObject({ status: 'published', publishedBy: 'Test Manager' });
    const a = await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' });
    expect(a.fileName).toBe('RFP-monthly-update-2026-11.docx');

    const before = snapshot(t.database);
    const refused: [string, unknown][] = [
      ['monthly.addItem', { programmeId, month: '2026-11', itemDate: '2026-11-30', body: 'Late addition' }],
      ['monthly.updateItem', { id: itemId, patch: { body: 'Changed' } }],
      ['monthly.deleteItem', { id: itemId }],
      ['monthly.moveItem', { id: itemId, toMonth: '2026-12' }],
      ['monthly.reorder', { programmeId, month: '2026-11', itemIds: [itemId] }],
      ['monthly.publish', { programmeId, month: '2026-11' }],
      ['notes.update', { id: noteId, patch: { body: 'Rewritten history' } }],
      ['notes.delete', { id: noteId }],
      ['recommendations.delete', { id: quotedRec.id }],
    ];
    for (const [name, input] of refused) {
      const r = await t.raw(name, input);
      expect(r, name).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    expect(snapshot(t.database)).toBe(before);
    expect((await t.raw('monthly.moveItem', { id: itemId, toMonth: '2026-12' })).ok).toBe(false);

    // The registers move on; the published document does not.
    await t.call('recommendations.update', { id: quotedRec.id, patch: { title: 'A new title after publication' } });
    await t.call('monthly.addItem', { programmeId, month: '2026-12', itemDate: '2026-12-01', body: 'Correction: the HUB meets on Tuesdays.' });
    const b = await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' });
    expect(b.base64).toBe(a.base64);
  });
});

describe('publishing rules', () => {
  it('refuses a month that has not begun or has no bullets, and changes nothing', async () => {
    const before = snapshot(t.database);
    expect(await t.raw('monthly.publish', { programmeId, month: '2026-12' })).toMatchObject({
      ok: false,
      error: { field: 'month', message: 'December 2026 has not started yet: you can publish its update once the month has begun (1 Dec 2026).' },
    });
    expect(await t.raw('monthly.publish', { programmeId, month: '2026-09' })).toMatchObject({
      ok: false,
      error: { field: 'month', message: expect.stringMatching(/no bullets yet/) },
    });
    expect(await t.raw('monthly.get', { programmeId, month: '1899-12' })).toMatchObject({ ok: false, error: { field: 'month' } });
    expect(snapshot(t.database)).toBe(before);
  });

  it('keeps the published file itself, and a recommendation linked from it cannot be deleted', async () => {
    const rec = recs.find((r) => r.status !== 'completed')!;
    await add('Linked bullet', { recommendationId: rec.id });
    await t.call('monthly.publish', { programmeId, month: '2026-11' });
    expect(await t.raw('monthly.publish', { programmeId, month: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'The update for November 2026 was already published on 23 Nov 2026.' },
    });
    const stored = t.database.sqlite.prepare("select length(published_docx) n from monthly_updates where month = '2026-11'").get() as { n: number };
    expect(stored.n).toBeGreaterThan(10_000);
    expect(await t.raw('recommendations.delete', { id: rec.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('shows linked bullets under the recommendation’s title, once, and marks drafts as drafts', async () => {
    const { readDocx } = await import('../helpers/docx');
    const rec = recs[0]!;
    await add('A bullet about this recommendation.', { recommendationId: rec.id });
    const draft = await readDocx((await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' })).base64);
    expect(draft.text).toContain('Draft: not yet published.');
    const lines = draft.text.split('\n');
    expect(lines[lines.indexOf(`${rec.ref}: ${rec.title}`) + 1]).toBe('A bullet about this recommendation.');
    expect(draft.text.split('A bullet about this recommendation.')).toHaveLength(2);
    await t.call('monthly.publish', { programmeId, month: '2026-11' });
    const published = await readDocx((await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' })).base64);
    expect(published.text).not.toContain('Draft');
    expect(published.text).toContain('Published by Testshire Council.');
  });
});

describe('what changed: target dates and owners', () => {
  it('reports the effective target date, and no new owner when the owner is removed', async () => {
    const rec = recs.find((r) => r.status === 'in_progress')!;
    await t.call('recommendations.update', { id: rec.id, patch: { revisedTargetDate: '2027-06-30', revisedReason: 'Delay' } });
    await t.call('recommendations.update', { id: rec.id, patch: { originalTargetDate: '2026-12-15' } });
    await t.call('recommendations.update', { id: rec.id, patch: { ownerId: null } });
    const view = await t.call('monthly.get', { programmeId, month: '2026-11' });
    const mine = view.changes.filter((c) => c.recommendationId === rec.id);
    expect(mine.filter((c) => c.kind === 'target').map((c) => c.suggestedText)).toEqual([expect.stringContaining('is now 30 Jun 2027')]);
    expect(mine.filter((c) => c.kind === 'owner')).toEqual([]);
    await t.call('recommendations.update', { id: rec.id, patch: { revisedTargetDate: null } });
    const after = await t.call('monthly.get', { programmeId, month: '2026-11' });
    expect(
      after.changes
        .filter((c) => c.recommendationId === rec.id && c.kind === 'target')
        .map((c) => c.suggestedText)
        .at(-1),
    ).toContain('is now 15 Dec 2026');
  });
});

describe('what changed: the net change over the month', () => {
  /** The same database a few weeks on: the demo was loaded on 23 Nov 2026. */
  const on = (today: string) => {
    const core = createCore(t.database, { host: 'web', clock: () => new Date(`${today}T10:00:00`), log: () => {} });
    return async <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => {
      const r = await core.call(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
      return r.value as CallOutput<N>;
    };
  };
  const byRef = (ref: string) => recs.find((r) => r.ref === ref)!.id;
  const changesOf = (view: { changes: { ref: string; kind: string; description: string; suggestedText: string }[] }, ref: string) =>
    view.changes.filter((c) => c.ref === ref && c.kind !== 'note').map((c) => `${c.kind}: ${c.description} | ${c.suggestedText}`);

  it('offers nothing for a value that came back to where it started, and one item for a net change', async () => {
    const dec = on('2026-12-05');
    const r8 = byRef('R8'); // in progress
    await dec('recommendations.update', { id: r8, patch: { status: 'completed', completionDate: '2026-12-02' } });
    await dec('recommendations.update', { id: r8, patch: { status: 'in_progress', completionDate: null } });
    await dec('recommendations.update', { id: r8, patch: { revisedTargetDate: '2027-03-03', revisedReason: 'Contractor delay' } });
    await dec('recommendations.update', { id: r8, patch: { revisedTargetDate: null } });
    const owners = (await dec('people.list', {})).filter((p) => p.active).map((p) => p.id);
    const r8Owner = (await dec('recommendations.get', { id: r8 })).ownerId!;
    await dec('recommendations.update', { id: r8, patch: { ownerId: owners.find((o) => o !== r8Owner)! } });
    await dec('recommendations.update', { id: r8, patch: { ownerId: r8Owner } });

    const notStarted = recs.find((r) => r.status === 'not_started')!;
    await dec('recommendations.update', { id: notStarted.id, patch: { status: 'in_progress' } });
    await dec('recommendations.update', { id: notStarted.id, patch: { status: 'on_hold' } });
    await dec('recommendations.update', { id: notStarted.id, patch: { revisedTargetDate: '2027-04-30', revisedReason: 'Waiting for funding' } });
    await dec('recommendations.update', { id: notStarted.id, patch: { revisedTargetDate: '2027-05-31', revisedReason: 'Funding later still' } });

    const view = await dec('monthly.get', { programmeId, month: '2026-12' });
    expect(changesOf(view, 'R8')).toEqual([]);
    expect(changesOf(view, notStarted.ref)).toEqual([
      expect.stringMatching(/^status: Status changed from Not started to On hold \| Work on recommendation \S+ \(.*\) is paused for now\.$/),
      expect.stringMatching(/^target: Target date changed from \d+ \w{3} 20\d\d to 31 May 2027 \| .* is now 31 May 2027\.$/),
    ]);
  });

  it('words a reopened recommendation as reopened, not as started or completed', async () => {
    const dec = on('2026-12-05');
    const done = recs.find((r) => r.status === 'completed')!;
    await dec('recommendations.update', { id: done.id, patch: { status: 'in_progress', completionDate: null } });
    const view = await dec('monthly.get', { programmeId, month: '2026-12' });
    expect(changesOf(view, done.ref)).toEqual([
      expect.stringMatching(new RegExp(`^status: Status changed from Completed to In progress \\| We have reopened recommendation ${done.ref} `)),
    ]);
  });

  it('offers a recommendation added in the month once, with its final values; one added and deleted, not at all', async () => {
    const dec = on('2026-12-05');
    const added = await dec('recommendations.create', { programmeId, ref: 'R30', title: 'Publish repairs times by estate' });
    await dec('recommendations.update', { id: added.id, patch: { originalTargetDate: '2027-02-01' } });
    await dec('recommendations.update', { id: added.id, patch: { status: 'in_progress' } });
    const gone = await dec('recommendations.create', { programmeId, ref: 'R31', title: 'Entered by mistake' });
    await dec('recommendations.update', { id: gone.id, patch: { status: 'in_progress' } });
    await dec('recommendations.delete', { id: gone.id });

    const view = await dec('monthly.get', { programmeId, month: '2026-12' });
    expect(changesOf(view, 'R30')).toEqual([
      'new: New recommendation: In progress, target date 1 Feb 2027 | We have added recommendation R30 to the plan: Publish repairs times by estate. Work on it has started; the target date is 1 Feb 2027.',
    ]);
    expect(changesOf(view, 'R31')).toEqual([]);
    // Recommendations loaded with their programme in November are its starting point, not news.
    const november = await t.call('monthly.get', { programmeId, month: '2026-11' });
    expect(november.changes.filter((c) => c.kind !== 'note')).toEqual([]);
  });

  it('reads a month’s end from the changes made after it, not from the record as it is today', async () => {
    const dec = on('2026-12-05');
    const rec = recs.find((r) => r.ref === 'R8')!;
    await dec('recommendations.update', { id: rec.id, patch: { originalTargetDate: '2027-01-15' } });
    await on('2027-01-10')('recommendations.update', { id: rec.id, patch: { revisedTargetDate: '2027-06-30', revisedReason: 'Later' } });
    const view = await on('2027-01-10')('monthly.get', { programmeId, month: '2026-12' });
    expect(changesOf(view, 'R8')).toEqual([
      expect.stringMatching(/^target: Target date changed from \d+ \w{3} 20\d\d to 15 Jan 2027 \| .* is now 15 Jan 2027\.$/),
    ]);
  });
});
