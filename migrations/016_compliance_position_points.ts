import type { Kysely } from 'kysely';

// The compliance position kept beside the trend's points: a check type's homes due within 30, 60
// and 90 days as at a date, in the same row as its point (requiring, compliant). The triggers of
// migration 014 already drop exactly the rows a write can change, so after a write only the check
// types it touched are worked out again. Null: only the trend's figures were kept for that date.
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['due30', 'due60', 'due90']) await db.schema.alterTable('compliance_trend_points').addColumn(column, 'integer').execute();
}
