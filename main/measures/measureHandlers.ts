import type { MeasureValue } from '../../shared/contract';
import { checkMeasureValue, COMPUTED_SOURCE_LABELS, parseFinancialYear, parsePeriod } from '../../shared/domain/measures';
import type { Handlers } from '../core/handlers';
import type { ReadDb } from '../core/context';
import { invalid } from '../core/errors';
import { mutation, query } from '../core/mutation';
import { measureDetail, measureRow, toTarget, toValue, valuesOfYears, listMeasures } from './measuresRepo';
import { recomputeYear } from './recompute';
import { buildScorecard } from './scorecard';

async function checkOwner(db: ReadDb, ownerId: number | null | undefined) {
  if (ownerId == null) return;
  const p = await db.selectFrom('people').select('id').where('id', '=', ownerId).executeTakeFirst();
  if (!p) throw invalid('ownerId', `There is no person with id ${ownerId}. Choose the owner from the list.`);
}

async function checkCodeFree(db: ReadDb, code: string, exceptId?: number) {
  const clash = await db.selectFrom('measures').select('id').where('code', '=', code).executeTakeFirst();
  if (clash && clash.id !== exceptId) throw invalid('code', `There is already a measure ${code}: choose another code.`);
}

const yearOf = (text: string) => {
  const y = parseFinancialYear(text);
  if (!y.ok) throw invalid('year', y.message);
  return y.value.year;
};

export const measureHandlers: Handlers<
  | 'measures.list'
  | 'measures.get'
  | 'measures.create'
  | 'measures.update'
  | 'measures.scorecard'
  | 'measures.recompute'
  | 'targets.set'
  | 'values.list'
  | 'values.set'
> = {
  'measures.list': query(async (_input, ctx) => listMeasures(ctx.db)),
  'measures.get': query(async (input, ctx) => measureDetail(ctx.db, input.id)),

  'measures.create': mutation(async (input, ctx) => {
    await checkCodeFree(ctx.db, input.code);
    await checkOwner(ctx.db, input.ownerId);
    const row = await ctx.db
      .insertInto('measures')
      .values({
        code: input.code,
        name: input.name,
        definition: input.definition,
        unit: input.unit,
        polarity: input.polarity,
        frequency: input.frequency,
        aggregation: input.aggregation,
        owner_id: input.ownerId,
        source: input.source,
        public: input.public ? 1 : 0,
        computed_from: null,
        computed_key: null,
        built_in: 0,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'measure', entityId: row.id, action: 'create', label: `${row.code} ${row.name}`, after: row });
    return measureRow(ctx.db, row.id);
  }),

  'measures.update': mutation(async ({ id, patch }, ctx) => {
    const before = await ctx.db.selectFrom('measures').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw invalid('id', `There is no measure with id ${id}. Choose a measure from the list.`);
    const locked = (['code', 'unit', 'frequency', 'aggregation'] as const).find((k) => patch[k] !== undefined && patch[k] !== before[k]);
    if (before.built_in === 1 && locked)
      throw invalid(
        locked,
        `${before.code} is a built-in measure: its ${locked} stays as defined, so that its figures mean what the regulator or the reports mean.`,
      );
    if (locked && before.built_in === 0 && locked !== 'code') {
      const has = await ctx.db.selectFrom('measure_values').select('id').where('measure_id', '=', id).executeTakeFirst();
      if (has) throw invalid(locked, `${before.code} already has values: its ${locked} cannot change under them. Create a new measure instead.`);
    }
    if (patch.code !== undefined) await checkCodeFree(ctx.db, patch.code, id);
    await checkOwner(ctx.db, patch.ownerId);
    const after = await ctx.db
      .updateTable('measures')
      .set({
        code: patch.code,
        name: patch.name,
        definition: patch.definition,
        unit: patch.unit,
        polarity: patch.polarity,
        frequency: patch.frequency,
        aggregation: patch.aggregation,
        owner_id: patch.ownerId,
        source: patch.source,
        public: patch.public === undefined ? undefined : patch.public ? 1 : 0,
        updated_at: ctx.now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'measure', entityId: id, action: 'update', label: `${after.code} ${after.name}`, before, after });
    return measureRow(ctx.db, id);
  }),

  'measures.scorecard': query(async (input, ctx) => buildScorecard(ctx.db, input.year, input.period, ctx.today)),

  'measures.recompute': mutation(async (input, ctx) => recomputeYear(ctx.db, yearOf(input.year), ctx)),

  'targets.set': mutation(async (input, ctx) => {
    const m = await measureRow(ctx.db, input.measureId);
    const year = yearOf(input.year);
    if (m.unit === 'percent' && input.target > 100) throw invalid('target', `${input.target}% is over 100%: give a target from 0 to 100.`);
    if (input.target < 0) throw invalid('target', 'The target cannot be negative.');
    const before = await ctx.db.selectFrom('measure_targets').selectAll().where('measure_id', '=', m.id).where('year', '=', year).executeTakeFirst();
    const row = await ctx.db
      .insertInto('measure_targets')
      .values({ measure_id: m.id, year, target: input.target, tolerance: input.tolerance, created_at: ctx.now, updated_at: ctx.now })
      .onConflict((oc) => oc.columns(['measure_id', 'year']).doUpdateSet({ target: input.target, tolerance: input.tolerance, updated_at: ctx.now }))
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'measure_target',
      entityId: row.id,
      action: before ? 'update' : 'create',
      label: `${m.code} target for ${year}`,
      before: before ?? null,
      after: row,
      parent: { entity: 'measure', id: m.id },
    });
    return toTarget(row);
  }),

  'values.list': query(async (input, ctx) => valuesOfYears(ctx.db, [yearOf(input.year)])),

  'values.set': mutation(async (input, ctx): Promise<MeasureValue | null> => {
    const m = await measureRow(ctx.db, input.measureId);
    if (m.computedFrom) throw invalid('value', `${m.code} is worked out from ${COMPUTED_SOURCE_LABELS[m.computedFrom]}: it cannot be typed or removed.`);
    const parsed = parsePeriod(input.period);
    if (!parsed.ok) throw invalid('period', parsed.message);
    const label = `${m.code} ${parsed.value.text}`;
    const before = await ctx.db
      .selectFrom('measure_values')
      .selectAll()
      .where('measure_id', '=', m.id)
      .where('period', '=', parsed.value.text)
      .executeTakeFirst();
    if (input.value === null && input.numerator === null && input.denominator === null) {
      if (before) {
        await ctx.db.deleteFrom('measure_values').where('id', '=', before.id).execute();
        await ctx.audit({ entity: 'measure_value', entityId: before.id, action: 'delete', label, before, parent: { entity: 'measure', id: m.id } });
      }
      return null;
    }
    const checked = checkMeasureValue(m, input, ctx.today);
    if (!checked.ok) throw invalid(checked.field, checked.message);
    const { period, value, numerator, denominator } = checked.value;
    const fields = { value, numerator, denominator, note: input.note, updated_at: ctx.now };
    const row = await ctx.db
      .insertInto('measure_values')
      .values({
        measure_id: m.id,
        period: period.text,
        period_start: period.start,
        period_end: period.end,
        year: period.year,
        computed: 0,
        created_at: ctx.now,
        ...fields,
      })
      .onConflict((oc) => oc.columns(['measure_id', 'period']).doUpdateSet(fields))
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'measure_value',
      entityId: row.id,
      action: before ? 'update' : 'create',
      label,
      before: before ?? null,
      after: row,
      parent: { entity: 'measure', id: m.id },
    });
    return toValue(row);
  }),
};
