import { type Kysely, sql } from 'kysely';

// A home's check has no block, and only a lift's check has a lift, yet the block and lift indexes
// (007, 017) held an entry for every certificate: each import row and each gas expiry worked out
// again wrote four entries nobody reads. Kept now only for the rows with a block or a lift; every
// query that looks a block's or a lift's checks up names it (block_id = …, lift_id = …), which is
// what lets SQLite use an index with `where … is not null`. Same names and columns.
const INDEXES = [
  ['certificates_block', ['check_type', 'block_id', 'expiry_date', 'date_done'], 'block_id'],
  ['certificates_block_done', ['check_type', 'block_id', 'date_done', 'expiry_date'], 'block_id'],
  ['certificates_lift', ['lift_id', 'expiry_date', 'date_done'], 'lift_id'],
  ['certificates_lift_done', ['lift_id', 'date_done', 'expiry_date'], 'lift_id'],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns, onlyWith] of INDEXES) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('certificates')
      .columns([...columns])
      .where(sql.ref(onlyWith), 'is not', null)
      .execute();
  }
}
