import { sql, type RawBuilder } from 'kysely';
import type { CheckType } from '../../shared/domain/compliance';
import type { IsoDate } from '../../shared/domain/dates';

// The pieces of SQL that say which certificates serve a home, shared by the position (one date)
// and the trend's points (many dates at once).

// Walks the (check_type, target, expiry_date) index from the latest expiry down and stops at the
// first check already done by the date: usually one row, where max() would read them all. The
// date done is hidden from the planner (`|| ''`), which otherwise chooses the date-done index, reads
// every check done by the date and sorts them (gas position 90 -> 44 ms at 60,000 homes).
export const doneBy = (asAt: IsoDate) => sql`c.date_done || '' <= ${asAt}`;
export const latest = (type: string, where: RawBuilder<unknown>, asAt: IsoDate) =>
  sql`(select c.expiry_date from certificates c where c.check_type = ${type} and ${where} and ${doneBy(asAt)} order by c.expiry_date desc limit 1)`;

/** The earlier of two ISO dates ('' = never), written so that PostgreSQL runs it too (SQLite's two-argument min() is LEAST() there). */
export const least = (a: RawBuilder<unknown>, b: RawBuilder<unknown>) => sql`case when ${a} < ${b} then ${a} else ${b} end`;

/**
 * A block's own (communal) checks of one type, `c`: not a home's, not a lift's. `ofBlocks`: only
 * those blocks' (then read by block, where SQLite would read every block's check of the type from
 * the homes' index, the `dwelling_id is null` term looking as selective: the unary plus hides it).
 */
export const blockChecks = (type: string, ofBlocks?: RawBuilder<unknown>) =>
  ofBlocks
    ? sql`c.check_type = ${type} and c.block_id in (${ofBlocks}) and +c.dwelling_id is null and c.lift_id is null`
    : sql`c.check_type = ${type} and c.block_id is not null and c.dwelling_id is null and c.lift_id is null`;

/** Which blocks `b` need a block check of a type (fire risk assessments: every block). */
export const blockNeeds = (type: CheckType) => (type === 'WATER' ? sql`b.communal_water = 1` : type === 'ASBESTOS' ? sql`b.asbestos_present = 1` : sql`1 = 1`);
