import type { Measure, MeasureDetail, MeasureTarget, MeasureValue } from '../../shared/contract';
import type { FinancialYear } from '../../shared/domain/measures';
import type { ReadDb } from '../core/context';
import { invalid } from '../core/errors';
import type { MeasuresTable, MeasureTargetsTable, MeasureValuesTable } from './tables';

type Stored<T> = Omit<T, 'id'> & { id: number };

export const toMeasure = (r: Stored<MeasuresTable> & { owner_name: string | null }): Measure => ({
  id: r.id,
  code: r.code,
  name: r.name,
  definition: r.definition,
  unit: r.unit,
  polarity: r.polarity,
  frequency: r.frequency,
  aggregation: r.aggregation,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  source: r.source,
  public: r.public === 1,
  computedFrom: r.computed_from,
  builtIn: r.built_in === 1,
});

export const toTarget = (r: Pick<MeasureTargetsTable, 'measure_id' | 'year' | 'target' | 'tolerance'>): MeasureTarget => ({
  measureId: r.measure_id,
  year: r.year,
  target: r.target,
  tolerance: r.tolerance,
});

export const toValue = (r: Omit<MeasureValuesTable, 'id' | 'created_at' | 'updated_at' | 'period_start'>): MeasureValue => ({
  measureId: r.measure_id,
  period: r.period,
  periodEnd: r.period_end,
  year: r.year,
  value: r.value,
  numerator: r.numerator,
  denominator: r.denominator,
  note: r.note,
  computed: r.computed === 1,
});

const measuresQuery = (db: ReadDb) =>
  db.selectFrom('measures').leftJoin('people', 'people.id', 'measures.owner_id').selectAll('measures').select('people.name as owner_name');

/** Every measure: the built-in ones in the order they shipped, then the council's own. */
export async function listMeasures(db: ReadDb): Promise<Measure[]> {
  return (await measuresQuery(db).orderBy('measures.built_in', 'desc').orderBy('measures.id').execute()).map(toMeasure);
}

export async function measureRow(db: ReadDb, id: number, field = 'measureId'): Promise<Measure> {
  const row = await measuresQuery(db).where('measures.id', '=', id).executeTakeFirst();
  if (!row) throw invalid(field, `There is no measure with id ${id}. Choose a measure from the list.`);
  return toMeasure(row);
}

export async function measureDetail(db: ReadDb, id: number): Promise<MeasureDetail> {
  const m = await measureRow(db, id, 'id');
  const targets = await db.selectFrom('measure_targets').selectAll().where('measure_id', '=', id).orderBy('year').execute();
  const values = await db.selectFrom('measure_values').selectAll().where('measure_id', '=', id).orderBy('period_end').orderBy('period').execute();
  return { ...m, targets: targets.map(toTarget), values: values.map(toValue) };
}

/** The values whose period ends in the given financial years. */
export async function valuesOfYears(db: ReadDb, years: readonly FinancialYear[]): Promise<MeasureValue[]> {
  const rows = await db.selectFrom('measure_values').selectAll().where('year', 'in', years).orderBy('measure_id').orderBy('period_end').execute();
  return rows.map(toValue);
}
