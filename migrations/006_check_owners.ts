import { type Kysely, sql } from 'kysely';

// Who chases each kind of check: the overdue list names them, so nothing overdue is nobody's.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('check_owners')
    .addColumn('check_type', 'text', (c) => c.primaryKey().check(sql`check_type in ('GAS', 'EICR', 'FRA', 'WATER', 'LIFT', 'ASBESTOS')`))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('check_owners').execute();
}
