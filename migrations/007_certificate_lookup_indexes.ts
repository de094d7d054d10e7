import { type Kysely, sql } from 'kysely';

// Indexes for looking one certificate up, as imports and edits do row by row.
// Certificate references are matched whatever their case (a contractor's "abc-1" is our "ABC-1"):
// an index on the lower-cased reference lets an import look each one up instead of loading them all.
// The check before a given date (gas early renewal, the same check already on record) is found by
// walking (target, date_done): the expiry-led indexes of 005 would sort every check of that home.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('certificates_reference_lower')
    .on('certificates')
    .expression(sql`lower(reference)`)
    .execute();
  await db.schema.createIndex('certificates_dwelling_done').on('certificates').columns(['check_type', 'dwelling_id', 'date_done']).execute();
  await db.schema.createIndex('certificates_block_done').on('certificates').columns(['check_type', 'block_id', 'date_done']).execute();
  await db.schema.createIndex('certificates_lift_done').on('certificates').columns(['lift_id', 'date_done']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['certificates_lift_done', 'certificates_block_done', 'certificates_dwelling_done', 'certificates_reference_lower']) {
    await db.schema.dropIndex(name).execute();
  }
}
