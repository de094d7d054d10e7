import { type Kysely, sql } from 'kysely';
import { withId, withTimestamps } from './helpers';

const inList = (col: string, values: readonly string[]) => sql`${sql.ref(col)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    withId(db, db.schema.createTable('committee_papers'))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('exempt_paragraph', 'integer')
      .addColumn('report_of', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('author_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('author_title', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('author_email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('wards', 'text', (c) => c.notNull().defaultTo('All'))
      .addColumn('key_decision', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('purpose', 'text', (c) =>
        c
          .notNull()
          .defaultTo('information')
          .check(inList('purpose', ['decision', 'information'])),
      )
      // The narrative sections, as written in the app: {summary, recommendations, background, ...}
      .addColumn('narrative_json', 'text', (c) => c.notNull().defaultTo('{}'))
      // Which data sections and appendices the author picked: {actionPlanProgrammeId, policySchedule, ...}
      .addColumn('sections_json', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex('committee_papers_meeting').on('committee_papers').column('meeting_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('committee_papers').execute();
}
