import { sql } from 'kysely';
import type { TrainingNotice } from '../../shared/contract';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { trainingSettings } from '../settings/settingsRepo';
import { matrixCells } from './matrixSql';

/**
 * Who a policy's approval puts on notice: the people then employed in the roles that need a
 * course teaching the policy, whose earlier completions stopped counting that day. Null when no
 * course teaches the policy.
 */
export async function policyNotice(db: ReadDb, policyId: number, approvedOn: IsoDate): Promise<TrainingNotice | null> {
  const courses = await db.selectFrom('courses').select(['id', 'name', 'policy_refresh_days']).where('policy_id', '=', policyId).orderBy('name').execute();
  if (!courses.length) return null;
  const cells = matrixCells({ asAt: approvedOn, graceDays: (await trainingSettings(db)).graceDays, courseIds: courses.map((c) => c.id) });
  const r = await sql<{ people: number }>`
    with cells as (${cells}) select count(distinct person_id) as people from cells where status = 'due'`.execute(sqlReader(db));
  return {
    people: Number(r.rows[0]?.people ?? 0),
    courses: courses.map((c) => c.name),
    by: addDays(approvedOn, Math.max(...courses.map((c) => c.policy_refresh_days))),
  };
}
