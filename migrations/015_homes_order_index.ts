import { type Kysely, sql } from 'kysely';

// The homes grid sorts by UPRN as a number would sort (shorter first, then as text): with this
// index a page is read in order and stops at its last row, instead of sorting all the homes.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('dwellings_uprn_order')
    .on('dwellings')
    .expression(sql`length(uprn), uprn`)
    .execute();
}
