import { type Kysely, sql } from 'kysely';

// A monthly update may tell residents how the public performance measures did in its month: the
// choice is kept with the update, off for every update already written.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('monthly_updates')
    .addColumn('include_measures', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`include_measures in (0, 1)`),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('monthly_updates').dropColumn('include_measures').execute();
}
