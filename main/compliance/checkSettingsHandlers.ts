import type { CheckOwner } from '../../shared/contract';
import { CHECK_TYPES } from '../../shared/domain/compliance';
import type { ReadDb } from '../core/context';
import type { Handlers } from '../core/handlers';
import { mutation, query } from '../core/mutation';
import { assertPersonExists } from '../people/peopleRepo';

const TARGET_KEY = 'compliance_target_percent';
export const DEFAULT_COMPLIANCE_TARGET = 100;

/** The percentage of homes that should have each check in date: the line on the charts and the paper's yardstick. */
export async function complianceTarget(db: ReadDb): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', TARGET_KEY).executeTakeFirst();
  const n = row ? Number(row.value) : NaN;
  return Number.isFinite(n) ? n : DEFAULT_COMPLIANCE_TARGET;
}

/** Each check type with who chases it and its interval(s) in months. */
export async function checkSettings(db: ReadDb): Promise<CheckOwner[]> {
  const owners = await db
    .selectFrom('check_owners')
    .innerJoin('people', 'people.id', 'check_owners.person_id')
    .select(['check_type', 'person_id', 'people.name'])
    .execute();
  const order = (code: string) => ['high', 'medium', 'low'].indexOf(code.split(':')[1] ?? '');
  const intervals = (await db.selectFrom('check_intervals').select(['code', 'months']).execute()).sort((x, y) => order(x.code) - order(y.code));
  return CHECK_TYPES.map((type) => {
    const owner = owners.find((o) => o.check_type === type);
    return {
      checkType: type,
      personId: owner?.person_id ?? null,
      personName: owner?.name ?? null,
      intervals: intervals.filter((i) => i.code === type || i.code.startsWith(`${type}:`)).map((i) => ({ code: i.code, months: i.months })),
    };
  });
}

export const checkSettingsHandlers: Handlers<
  'compliance.checkSettings' | 'compliance.setOwner' | 'compliance.setInterval' | 'compliance.target' | 'compliance.setTarget'
> = {
  'compliance.checkSettings': query(async (_input, ctx) => checkSettings(ctx.db)),

  'compliance.setOwner': mutation(async (input, ctx) => {
    await assertPersonExists(ctx.db, input.personId, 'personId');
    const before = await ctx.db.selectFrom('check_owners').select('person_id').where('check_type', '=', input.checkType).executeTakeFirst();
    if (input.personId === null) await ctx.db.deleteFrom('check_owners').where('check_type', '=', input.checkType).execute();
    else if (before)
      await ctx.db.updateTable('check_owners').set({ person_id: input.personId, updated_at: ctx.now }).where('check_type', '=', input.checkType).execute();
    else await ctx.db.insertInto('check_owners').values({ check_type: input.checkType, person_id: input.personId, updated_at: ctx.now }).execute();
    await ctx.audit({
      entity: 'check_owner',
      entityId: 0,
      action: 'update',
      label: `Owner of ${input.checkType} checks`,
      before: { person_id: before?.person_id ?? null },
      after: { person_id: input.personId },
    });
    return checkSettings(ctx.db);
  }),

  /** A new interval applies to checks recorded from now on; an expiry already worked out stays as it was. */
  'compliance.setInterval': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('check_intervals').select('months').where('code', '=', input.code).executeTakeFirstOrThrow();
    await ctx.db.updateTable('check_intervals').set({ months: input.months }).where('code', '=', input.code).execute();
    await ctx.audit({
      entity: 'check_interval',
      entityId: 0,
      action: 'update',
      label: `Interval for ${input.code}`,
      before: { months: before.months },
      after: { months: input.months },
    });
    return checkSettings(ctx.db);
  }),

  'compliance.target': query(async (_input, ctx) => ({ percent: await complianceTarget(ctx.db) })),

  'compliance.setTarget': mutation(async (input, ctx) => {
    const before = await complianceTarget(ctx.db);
    const value = String(input.percent);
    await ctx.db
      .insertInto('settings')
      .values({ key: TARGET_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    await ctx.audit({
      entity: 'settings',
      entityId: 1,
      action: 'update',
      label: 'Compliance target',
      before: { percent: before },
      after: { percent: input.percent },
    });
    return { percent: input.percent };
  }),
};
