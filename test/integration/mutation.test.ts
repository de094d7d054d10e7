import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_ENTITIES } from '../../shared/domain/auditEntities';
import { bulkMutation } from '../../main/core/bulkAudit';
import type { Ctx } from '../../main/core/context';
import { mutation, query } from '../../main/core/mutation';
import { auditRows, makeCore, snapshot, type TestCore } from '../helpers/testCore';
import { createUploads } from '../../main/core/uploads';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(async () => t.close());

const NOW = '2026-11-23T10:00:00.000Z';

function callCtx(actor = 'Dana Fielding'): Ctx {
  return {
    db: t.database.db,
    sqlite: t.database.sqlite,
    actor,
    today: '2026-11-23',
    now: NOW,
    host: 'web',
    workers: null,
    dbPath: t.database.path,
    schemaVersion: t.database.schemaVersion,
    uploads: createUploads(),
  };
}

const addTeam = mutation(async (input: { name: string; fail?: boolean }, ctx) => {
  const row = await ctx.db.insertInto('teams').values({ name: input.name, created_at: ctx.now, updated_at: ctx.now }).returningAll().executeTakeFirstOrThrow();
  await ctx.audit({ entity: 'team', entityId: row.id, action: 'create', label: row.name, after: { name: row.name } });
  if (input.fail) throw new Error('stopped after the audit row');
  return row.id;
});

const renameTeam = mutation(async (input: { id: number; name: string }, ctx) => {
  const before = await ctx.db.selectFrom('teams').select('name').where('id', '=', input.id).executeTakeFirstOrThrow();
  await ctx.db.updateTable('teams').set({ name: input.name, updated_at: ctx.now }).where('id', '=', input.id).execute();
  await ctx.audit({ entity: 'team', entityId: input.id, action: 'update', label: input.name, before, after: { name: input.name } });
});

describe('mutation', () => {
  it('writes the change and its audit row in one transaction, with the actor and the time of the call', async () => {
    const id = await addTeam({ name: 'Estates' }, callCtx());
    const [row] = auditRows(t.database, 'team').filter((a) => a.entity_id === id);
    expect(row).toMatchObject({ actor: 'Dana Fielding', at: NOW, action: 'create', label: 'Estates', before: null, after: { name: 'Estates' } });
  });

  it('rolls back both the change and its audit row when the handler throws', async () => {
    const before = snapshot(t.database);
    await expect(addTeam({ name: 'Estates', fail: true }, callCtx())).rejects.toThrow('stopped after the audit row');
    expect(snapshot(t.database)).toBe(before);
  });

  it('writes no audit row for an update that changed no field, and only the changed fields otherwise', async () => {
    const id = await addTeam({ name: 'Estates' }, callCtx());
    await renameTeam({ id, name: 'Estates' }, callCtx());
    expect(
      auditRows(t.database, 'team')
        .filter((a) => a.entity_id === id)
        .map((a) => a.action),
    ).toEqual(['create']);
    await renameTeam({ id, name: 'Estates and Assets' }, callCtx());
    expect(auditRows(t.database, 'team').at(-1)).toMatchObject({ action: 'update', before: { name: 'Estates' }, after: { name: 'Estates and Assets' } });
  });

  it('acts for someone else in the same transaction when asked (first-run set-up)', async () => {
    const setUp = mutation(async (_input: object, ctx) =>
      ctx.withActor('New Person').audit({ entity: 'settings', entityId: 1, action: 'update', label: 'Settings' }),
    );
    await setUp({}, callCtx('Unknown user'));
    expect(auditRows(t.database, 'settings').at(-1)).toMatchObject({ actor: 'New Person', at: NOW });
  });

  it('an update through a registered handler that changes nothing leaves no audit row (teams.update)', async () => {
    const team = await t.call('teams.create', { name: 'Housing Options' });
    await t.call('teams.update', { id: team.id, patch: { name: 'Housing Options' } });
    expect(auditRows(t.database, 'team').filter((a) => a.entity_id === team.id)).toHaveLength(1);
  });
});

describe('query', () => {
  it('reads through the same connection, and gives no way to write', async () => {
    const teams = query(async (_input: object, ctx) => {
      // @ts-expect-error a read handler's database has no insertInto
      expect(ctx.db.insertInto).toBeDefined(); // the same object at run time: the compiler is the guard
      return ctx.db.selectFrom('teams').select('name').execute();
    });
    await addTeam({ name: 'Estates' }, callCtx());
    expect((await teams({}, callCtx())).map((r) => r.name)).toContain('Estates');
  });
});

describe('bulkMutation', () => {
  it('writes rows shaped as the app writes them, and rolls every one back on a throw', () => {
    const who = { actor: 'Import Person', now: NOW };
    const record = { entity: 'remedial', entityId: 7, action: 'create', label: 'EICR: make safe', after: { due: '2026-12-01' } } as const;
    bulkMutation(t.database.sqlite, who, (audit) => audit({ ...record, parent: { entity: 'certificate', id: 3 } }));
    const [row] = auditRows(t.database, 'remedial');
    expect(row).toMatchObject({ actor: 'Import Person', at: NOW, entity_id: 7, parent_entity: 'certificate', parent_id: 3, before_json: null });
    expect(row!.after_json).toBe(JSON.stringify({ due: '2026-12-01' }));

    const before = snapshot(t.database);
    expect(() =>
      bulkMutation(t.database.sqlite, who, (audit) => {
        t.database.sqlite.prepare("insert into teams (name, created_at, updated_at) values ('Bulk', ?, ?)").run(NOW, NOW);
        audit(record);
        throw new Error('cancelled');
      }),
    ).toThrow('cancelled');
    expect(snapshot(t.database)).toBe(before);
  });
});

describe('audit entity names', () => {
  it('every name the demo writes is in AUDIT_ENTITIES', async () => {
    await t.call('demo.load', {});
    const written = (
      t.database.sqlite
        .prepare('select distinct entity from audit_log union select distinct parent_entity from audit_log where parent_entity is not null')
        .pluck()
        .all() as string[]
    ).sort();
    expect(written.filter((e) => !(AUDIT_ENTITIES as readonly string[]).includes(e))).toEqual([]);
  });
});
