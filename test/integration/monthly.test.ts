import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
let programmeId: number;
let recs: { id: number; ref: string; status: string }[];

beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23', demo: true });
  programmeId = (await t.call('programmes.list', {}))[0]!.id;
  recs = await t.call('recommendations.list', { programmeId });
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
    expect(months.map((m) => [m.month, m.itemCount])).toEqual([['2026-12', 1], ['2026-11', 1]]);
    const audits = t.database.sqlite.prepare("select action from audit_log where entity = 'monthly_item' order by id").all();
    expect(audits.map((x: any) => x.action)).toEqual(['create', 'create', 'create', 'update', 'update', 'delete']);
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
    const newOwner = (await t.call('people.list', {})).find((p) => p.name !== 'x')!;
    await t.call('recommendations.update', { id: recs[1]!.id, patch: { ownerId: newOwner.id } });
    await t.call('notes.create', { recommendationId: recs[3]!.id, noteDate: '2026-11-21', body: 'Residents helped us test the new form.', visibility: 'public' });
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
    const note = await t.call('notes.create', { recommendationId: quotedRec.id, noteDate: '2026-11-15', body: 'Quoted in the public update.', visibility: 'public' });
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
    expect(await t.raw('monthly.publish', { programmeId, month: '2026-12' })).toMatchObject({ ok: false, error: { field: 'month', message: expect.stringMatching(/has not started yet/) } });
    expect(await t.raw('monthly.publish', { programmeId, month: '2026-10' })).toMatchObject({ ok: false, error: { field: 'month', message: expect.stringMatching(/no bullets yet/) } });
    expect(await t.raw('monthly.get', { programmeId, month: '1899-12' })).toMatchObject({ ok: false, error: { field: 'month' } });
    expect(snapshot(t.database)).toBe(before);
  });

  it('keeps the published file itself, and a recommendation linked from it cannot be deleted', async () => {
    const rec = recs.find((r) => r.status !== 'completed')!;
    await add('Linked bullet', { recommendationId: rec.id });
    await t.call('monthly.publish', { programmeId, month: '2026-11' });
    const stored = t.database.sqlite.prepare("select length(published_docx) n from monthly_updates where month = '2026-11'").get() as { n: number };
    expect(stored.n).toBeGreaterThan(10_000);
    expect(await t.raw('recommendations.delete', { id: rec.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('shows linked bullets in the recommendation’s row and marks drafts as drafts', async () => {
    const { readDocx } = await import('../helpers/docx');
    const rec = recs[0]!;
    await add('A bullet about this recommendation.', { recommendationId: rec.id });
    const draft = await readDocx((await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' })).base64);
    expect(draft.text).toContain('Draft: not yet published.');
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(draft.document)![0];
    const row = (table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).find((r) => r.includes(`>${rec.ref}<`))!;
    expect(row).toContain('A bullet about this recommendation.');
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
    expect(after.changes.filter((c) => c.recommendationId === rec.id && c.kind === 'target').map((c) => c.suggestedText).at(-1)).toContain('is now 15 Dec 2026');
  });
});
