import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
let programmeId: number;
let ownerId: number;
let teamId: number;

beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
  teamId = (await t.call('teams.create', { name: 'Repairs and Maintenance' })).id;
  ownerId = (await t.call('people.create', { name: 'Gareth Pryce', jobTitle: 'Head of Repairs', teamId, email: 'gareth@example.gov.uk' })).id;
  programmeId = (await t.call('programmes.create', { code: 'rfp', name: 'Resident Focus Project', source: 'Independent review' })).id;
});
afterEach(async () => t.close());

const auditRows = () => t.database.sqlite.prepare('select * from audit_log order by id').all() as Record<string, any>[];

async function newRec(extra: Record<string, unknown> = {}) {
  return t.call('recommendations.create', {
    programmeId,
    ref: 'R1',
    title: 'Publish repairs service standards',
    ownerId,
    leadTeamId: teamId,
    originalTargetDate: '2026-12-10',
    status: 'in_progress',
    ...extra,
  });
}

describe('recommendations', () => {
  it('creates a recommendation with derived RAG and an audit row by the signed-in user', async () => {
    const rec = await newRec();
    expect(rec).toMatchObject({ ref: 'R1', ownerName: 'Gareth Pryce', leadTeamName: 'Repairs and Maintenance', rag: 'amber', derivedRag: 'amber', version: 1 });
    const audit = auditRows().filter((a) => a.entity === 'recommendation');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'Test Manager', action: 'create', entity_id: rec.id, label: 'R1 Publish repairs service standards' });
    expect(JSON.parse(audit[0]!.after_json).status).toBe('in_progress');
    expect((await t.call('programmes.list', {}))[0]).toMatchObject({ code: 'RFP', recommendationCount: 1, completedCount: 0 });
  });

  it('updates only the fields sent, bumps the version and audits the change with before and after', async () => {
    const rec = await newRec();
    const after = await t.call('recommendations.update', {
      id: rec.id,
      patch: { revisedTargetDate: '2027-03-31', revisedReason: 'Committee meeting postponed' },
    });
    expect(after).toMatchObject({ originalTargetDate: '2026-12-10', revisedTargetDate: '2027-03-31', rag: 'green', version: 2, title: rec.title });
    const update = auditRows().find((a) => a.action === 'update' && a.entity === 'recommendation')!;
    expect(JSON.parse(update.before_json)).toEqual({ revised_target_date: null, revised_reason: null });
    expect(JSON.parse(update.after_json)).toEqual({ revised_target_date: '2027-03-31', revised_reason: 'Committee meeting postponed' });

    const history = await t.call('audit.history', { entity: 'recommendation', entityId: rec.id });
    expect(history[0]).toMatchObject({ action: 'update', actor: 'Test Manager' });
    expect(history[0]!.changes).toContainEqual({ field: 'revised_target_date', before: null, after: '2027-03-31' });
  });

  it('keeps both of two rapid edits of the same row', async () => {
    const rec = await newRec();
    const other = (await t.call('people.create', { name: 'Helen Marsh' })).id;
    const [a, b] = await Promise.all([
      t.raw('recommendations.update', { id: rec.id, patch: { status: 'on_hold' } }),
      t.raw('recommendations.update', { id: rec.id, patch: { ownerId: other } }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const final = await t.call('recommendations.get', { id: rec.id });
    expect(final).toMatchObject({ status: 'on_hold', ownerId: other, ownerName: 'Helen Marsh', version: 3 });
  });

  it('records completion with its date and reports complete', async () => {
    const rec = await newRec();
    const done = await t.call('recommendations.update', { id: rec.id, patch: { status: 'completed', completionDate: '2026-11-20' } });
    expect(done).toMatchObject({ status: 'completed', rag: 'complete', daysOverdue: 0 });
  });

  it('records today as the completion date when only the status is changed to Completed, and keeps a date already given', async () => {
    const rec = await newRec();
    const done = await t.call('recommendations.update', { id: rec.id, patch: { status: 'completed' } });
    expect(done).toMatchObject({ status: 'completed', completionDate: '2026-11-23' });
    await t.call('recommendations.update', { id: rec.id, patch: { status: 'in_progress', completionDate: null } });
    await t.call('recommendations.update', { id: rec.id, patch: { status: 'completed', completionDate: '2026-11-02' } });
    const again = await t.call('recommendations.update', { id: rec.id, patch: { status: 'completed' } });
    expect(again).toMatchObject({ completionDate: '2026-11-02' });
  });

  it('accepts an override with a reason and shows both the derived and the overridden RAG', async () => {
    const rec = await newRec({ originalTargetDate: '2026-10-01' });
    expect(rec.rag).toBe('red');
    const o = await t.call('recommendations.update', { id: rec.id, patch: { ragOverride: 'amber', ragOverrideReason: 'Contractor starts next week' } });
    expect(o).toMatchObject({ rag: 'amber', derivedRag: 'red', ragOverrideReason: 'Contractor starts next week' });
  });

  it('deletes a recommendation with its actions and notes, keeping the record in the audit log', async () => {
    const rec = await newRec();
    await t.call('actions.create', { recommendationId: rec.id, title: 'Draft standards', ownerId, dueDate: '2026-12-01' });
    await t.call('notes.create', { recommendationId: rec.id, noteDate: '2026-11-20', body: 'Draft shared with the HUB.', visibility: 'public' });
    await t.call('recommendations.delete', { id: rec.id });
    expect(t.database.sqlite.prepare('select count(*) n from actions').get()).toEqual({ n: 0 });
    expect(t.database.sqlite.prepare('select count(*) n from progress_notes').get()).toEqual({ n: 0 });
    const del = auditRows().find((a) => a.action === 'delete' && a.entity === 'recommendation')!;
    expect(JSON.parse(del.before_json).title).toBe('Publish repairs service standards');
    const childDeletes = auditRows().filter((a) => a.action === 'delete' && a.parent_id === rec.id);
    expect(childDeletes.map((a) => `${a.entity}:${JSON.parse(a.before_json).title ?? JSON.parse(a.before_json).body}`).sort()).toEqual([
      'action:Draft standards',
      'note:Draft shared with the HUB.',
    ]);
    const missing = await t.raw('recommendations.get', { id: rec.id });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('orders references naturally', async () => {
    for (const ref of ['R10', 'R2', 'R1']) await t.call('recommendations.create', { programmeId, ref, title: `Rec ${ref}` });
    expect((await t.call('recommendations.list', { programmeId })).map((r) => r.ref)).toEqual(['R1', 'R2', 'R10']);
  });
});

describe('bad input is refused with the field named, and nothing is written', () => {
  const cases: [string, (recId: number) => [string, unknown], string, RegExp][] = [
    ['empty title', (id) => ['recommendations.update', { id, patch: { title: '  ' } }], 'title', /Enter title/],
    ['unknown owner', (id) => ['recommendations.update', { id, patch: { ownerId: 9999 } }], 'ownerId', /no person with id 9999/],
    ['target date not a date', (id) => ['recommendations.update', { id, patch: { originalTargetDate: '2026-02-30' } }], 'originalTargetDate', /real date/],
    ['target date as free text', (id) => ['recommendations.update', { id, patch: { revisedTargetDate: 'next spring' } }], 'revisedTargetDate', /real date/],
    [
      'revised date without a reason',
      (id) => ['recommendations.update', { id, patch: { revisedTargetDate: '2027-01-31' } }],
      'revisedReason',
      /reason for the revised/,
    ],
    [
      'completed with the completion date emptied',
      (id) => ['recommendations.update', { id, patch: { status: 'completed', completionDate: null } }],
      'completionDate',
      /completion date/,
    ],
    ['override without a reason', (id) => ['recommendations.update', { id, patch: { ragOverride: 'green' } }], 'ragOverrideReason', /reason for overriding/],
    ['duplicate reference', () => ['recommendations.create', { programmeId, ref: 'r1', title: 'Another' }], 'ref', /R1 is already used/],
    ['unknown lead team', (id) => ['recommendations.update', { id, patch: { leadTeamId: 4242 } }], 'leadTeamId', /no team with id 4242/],
    ['note without text', (id) => ['notes.create', { recommendationId: id, noteDate: '2026-11-20', body: '', visibility: 'public' }], 'body', /Enter note/],
    [
      'note with a bad date',
      (id) => ['notes.create', { recommendationId: id, noteDate: '20/11/2026', body: 'x', visibility: 'public' }],
      'noteDate',
      /Note date/,
    ],
    ['action for an unknown owner', (id) => ['actions.create', { recommendationId: id, title: 'Do it', ownerId: 777 }], 'ownerId', /no person/],
  ];

  it.each(cases)('%s', async (_name, make, field, message) => {
    const rec = await newRec();
    const before = snapshot(t.database);
    const [name, input] = make(rec.id);
    const result = await t.raw(name, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.field).toBe(field);
      expect(result.error.message).toMatch(message);
    }
    expect(snapshot(t.database)).toBe(before);
  });

  it('needs a fresh reason for a new revised date or override, and clears reasons with them', async () => {
    const rec = await newRec({ originalTargetDate: '2026-10-01' });
    let d = await t.call('recommendations.update', { id: rec.id, patch: { revisedTargetDate: '2027-01-31', revisedReason: 'Contract delayed' } });
    expect(d.revisedReason).toBe('Contract delayed');
    const again = await t.raw('recommendations.update', { id: rec.id, patch: { revisedTargetDate: '2027-03-31' } });
    expect(again).toMatchObject({ ok: false, error: { field: 'revisedReason' } });
    d = await t.call('recommendations.update', { id: rec.id, patch: { revisedTargetDate: null } });
    expect(d).toMatchObject({ revisedTargetDate: null, revisedReason: null });
    d = await t.call('recommendations.update', { id: rec.id, patch: { ragOverride: 'amber', ragOverrideReason: 'Starts Monday' } });
    d = await t.call('recommendations.update', { id: rec.id, patch: { ragOverride: null } });
    expect(d).toMatchObject({ ragOverride: null, ragOverrideReason: null, rag: 'red' });
    expect(await t.raw('recommendations.update', { id: rec.id, patch: { ragOverride: 'green' } })).toMatchObject({
      ok: false,
      error: { field: 'ragOverrideReason' },
    });
    expect(await t.raw('recommendations.update', { id: rec.id, patch: { ragOverride: 'complete', ragOverrideReason: 'Nearly there' } })).toMatchObject({
      ok: false,
      error: { field: 'ragOverride', message: expect.stringMatching(/Only a completed recommendation/) },
    });
  });

  it('refuses an inactive person as a new owner', async () => {
    const rec = await newRec();
    const gone = (await t.call('people.create', { name: 'Left Last Year', active: false })).id;
    const r = await t.raw('recommendations.update', { id: rec.id, patch: { ownerId: gone } });
    expect(r).toMatchObject({ ok: false, error: { field: 'ownerId', message: expect.stringMatching(/inactive/) } });
  });

  it('answers unknown calls and broken JSON shapes with clear errors', async () => {
    expect(await t.raw('recommendations.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(await t.raw('recommendations.list', { programmeId: 'x' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'programmeId' } });
  });
});

describe('actions and notes', () => {
  it('adds, edits and deletes actions and notes, each audited under the recommendation', async () => {
    const rec = await newRec();
    let d = await t.call('actions.create', { recommendationId: rec.id, title: 'Draft standards', ownerId, dueDate: '2026-11-01' });
    expect(d.actions).toHaveLength(1);
    expect(d.actionsOpen).toBe(1);
    d = await t.call('actions.update', { id: d.actions[0]!.id, patch: { title: 'Draft the standards with the HUB', dueDate: '2026-12-15' } });
    expect(d.actions[0]).toMatchObject({ title: 'Draft the standards with the HUB', dueDate: '2026-12-15', version: 2 });
    expect(await t.raw('actions.update', { id: d.actions[0]!.id, patch: { dueDate: '15/12/2026' } })).toMatchObject({ ok: false, error: { field: 'dueDate' } });
    d = await t.call('actions.update', { id: d.actions[0]!.id, patch: { status: 'completed' } });
    expect(d.actionsOpen).toBe(0);
    d = await t.call('notes.create', { recommendationId: rec.id, noteDate: '2026-11-20', body: 'Shared with the HUB <&> “quotes”', visibility: 'public' });
    expect(d.notes[0]).toMatchObject({ body: 'Shared with the HUB <&> “quotes”', author: 'Test Manager', visibility: 'public' });
    expect(d.latestNoteDate).toBe('2026-11-20');
    d = await t.call('notes.update', { id: d.notes[0]!.id, patch: { visibility: 'internal' } });
    expect(d.notes[0]!.visibility).toBe('internal');
    d = await t.call('notes.delete', { id: d.notes[0]!.id });
    expect(d.notes).toHaveLength(0);
    const history = await t.call('audit.history', { entity: 'recommendation', entityId: rec.id });
    expect(history.map((h) => `${h.entity}:${h.action}`)).toEqual([
      'note:delete',
      'note:update',
      'note:create',
      'action:update',
      'action:update',
      'action:create',
      'recommendation:create',
    ]);
    expect(history.filter((h) => h.entity === 'action' && h.action === 'update')[0]!.changes).toEqual([
      { field: 'status', before: 'not_started', after: 'completed' },
    ]);
  });
});

describe('people, teams and settings', () => {
  it('refuses a duplicate team name and audits people changes with names resolved', async () => {
    expect(await t.raw('teams.create', { name: 'repairs and maintenance' })).toMatchObject({ ok: false, error: { field: 'name' } });
    await t.call('teams.create', { name: 'Équipe Logement' });
    expect(await t.raw('teams.create', { name: 'équipe logement' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } });
    expect(await t.raw('teams.create', { name: 'Équipe Logement' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } });
    const other = (await t.call('teams.create', { name: 'Compliance' })).id;
    await t.call('people.update', { id: ownerId, patch: { teamId: other } });
    const history = await t.call('audit.history', { entity: 'person', entityId: ownerId });
    expect(history[0]!.changes).toEqual([{ field: 'team_id', before: 'Repairs and Maintenance', after: 'Compliance' }]);
  });

  it('records changes under the new user name once it is changed', async () => {
    await t.call('settings.update', { userName: 'New Clerk' });
    expect(auditRows().find((a) => a.entity === 'settings' && a.action === 'update' && JSON.parse(a.after_json).userName === 'New Clerk')!.actor).toBe(
      'Test Manager',
    );
    const rec = await newRec();
    expect(auditRows().find((a) => a.entity === 'recommendation' && a.entity_id === rec.id)!.actor).toBe('New Clerk');
    expect(await t.raw('settings.update', { userName: '' })).toMatchObject({ ok: false, error: { field: 'userName' } });
  });

  it('refuses to run first-run set-up twice', async () => {
    expect(await t.raw('app.setup', { userName: 'X', organisation: 'Y', loadDemo: false })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
