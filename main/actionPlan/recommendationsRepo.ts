import { sql, type ExpressionBuilder } from 'kysely';
import type { RecommendationDetail, RecommendationRow } from '../../shared/contract';
import { daysOverdue, deriveRag } from '../../shared/domain/actionPlan';
import type { ReadDb } from '../core/context';
import { notFound } from '../core/errors';
import type { Database } from '../db/schema';
import type { RecommendationsTable } from './tables';

/** camelCase contract field -> stored column */
export const REC_COLUMNS = {
  ref: 'ref',
  title: 'title',
  fullText: 'full_text',
  theme: 'theme',
  ownerId: 'owner_id',
  leadTeamId: 'lead_team_id',
  priority: 'priority',
  originalTargetDate: 'original_target_date',
  revisedTargetDate: 'revised_target_date',
  revisedReason: 'revised_reason',
  status: 'status',
  completionDate: 'completion_date',
  publicSummary: 'public_summary',
  ragOverride: 'rag_override',
  ragOverrideReason: 'rag_override_reason',
} as const satisfies Record<string, keyof RecommendationsTable>;

export type RecField = keyof typeof REC_COLUMNS;
type RecColumn = (typeof REC_COLUMNS)[RecField];
export type RecColumns = { [K in RecColumn]?: RecommendationsTable[K] };

/** Natural order of references: R2 before R10. */
export const byRef = sql`length(recommendations.ref), recommendations.ref`;

function rowQuery(db: ReadDb) {
  return db
    .selectFrom('recommendations')
    .leftJoin('people as owner', 'owner.id', 'recommendations.owner_id')
    .leftJoin('teams as lead', 'lead.id', 'recommendations.lead_team_id')
    .selectAll('recommendations')
    .select((eb) => [
      'owner.name as owner_name',
      'lead.name as lead_team_name',
      eb.selectFrom('actions').whereRef('actions.recommendation_id', '=', 'recommendations.id').select(eb.fn.countAll<number>().as('n')).as('actions_total'),
      eb
        .selectFrom('actions')
        .whereRef('actions.recommendation_id', '=', 'recommendations.id')
        .where('actions.status', '!=', 'completed')
        .select(eb.fn.countAll<number>().as('n'))
        .as('actions_open'),
      latestNote(eb, 'note_date').as('latest_note_date'),
      latestNote(eb, 'body').as('latest_note_text'),
    ]);
}

/** A column of the recommendation's latest note: the latest dated, of two on one day the later written. */
function latestNote(eb: ExpressionBuilder<Database, 'recommendations'>, column: 'note_date' | 'body') {
  return eb
    .selectFrom('progress_notes')
    .whereRef('progress_notes.recommendation_id', '=', 'recommendations.id')
    .select(`progress_notes.${column}`)
    .orderBy('progress_notes.note_date', 'desc')
    .orderBy('progress_notes.id', 'desc')
    .limit(1);
}

type Row = Awaited<ReturnType<ReturnType<typeof rowQuery>['executeTakeFirstOrThrow']>>;

function toRow(r: Row, today: string): RecommendationRow {
  const status = r.status;
  const ragInput = { status, originalTargetDate: r.original_target_date, revisedTargetDate: r.revised_target_date };
  const derived = deriveRag(ragInput, today);
  return {
    id: r.id,
    programmeId: r.programme_id,
    ref: r.ref,
    title: r.title,
    theme: r.theme,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    leadTeamId: r.lead_team_id,
    leadTeamName: r.lead_team_name,
    priority: r.priority,
    originalTargetDate: r.original_target_date,
    revisedTargetDate: r.revised_target_date,
    revisedReason: r.revised_reason,
    status,
    completionDate: r.completion_date,
    publicSummary: r.public_summary,
    ragOverride: r.rag_override,
    ragOverrideReason: r.rag_override_reason,
    derivedRag: derived,
    rag: r.rag_override ?? derived,
    daysOverdue: daysOverdue(ragInput, today),
    actionsTotal: Number(r.actions_total ?? 0),
    actionsOpen: Number(r.actions_open ?? 0),
    latestNoteDate: r.latest_note_date ?? null,
    latestNoteText: r.latest_note_text ?? null,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

export async function listRecommendations(db: ReadDb, programmeId: number, today: string): Promise<RecommendationRow[]> {
  const rows = await rowQuery(db).where('recommendations.programme_id', '=', programmeId).orderBy(byRef).execute();
  return rows.map((r) => toRow(r, today));
}

export async function getRecommendationRow(db: ReadDb, id: number) {
  return db.selectFrom('recommendations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The stored row, or a not-found error for the user. */
export async function recommendationOf(db: ReadDb, id: number) {
  const rec = await getRecommendationRow(db, id);
  if (!rec) throw notFound('The recommendation');
  return rec;
}

export async function getRecommendationDetail(db: ReadDb, id: number, today: string): Promise<RecommendationDetail> {
  const r = await rowQuery(db).where('recommendations.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('The recommendation');
  const programme = await db.selectFrom('programmes').select('name').where('id', '=', r.programme_id).executeTakeFirstOrThrow();
  const actions = await db
    .selectFrom('actions')
    .leftJoin('people', 'people.id', 'actions.owner_id')
    .select([
      'actions.id',
      'actions.recommendation_id',
      'actions.title',
      'actions.owner_id',
      'people.name as owner_name',
      'actions.due_date',
      'actions.status',
      'actions.version',
    ])
    .where('actions.recommendation_id', '=', id)
    .orderBy(sql`coalesce(actions.due_date, '9999-12-31')`)
    .orderBy('actions.id')
    .execute();
  const notes = await db
    .selectFrom('progress_notes')
    .selectAll()
    .where('recommendation_id', '=', id)
    .orderBy('note_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return {
    ...toRow(r, today),
    fullText: r.full_text,
    programmeName: programme.name,
    actions: actions.map((a) => ({
      id: a.id,
      recommendationId: a.recommendation_id,
      title: a.title,
      ownerId: a.owner_id,
      ownerName: a.owner_name,
      dueDate: a.due_date,
      status: a.status,
      version: a.version,
    })),
    notes: notes.map((n) => ({
      id: n.id,
      recommendationId: n.recommendation_id,
      noteDate: n.note_date,
      body: n.body,
      visibility: n.visibility,
      author: n.author,
      createdAt: n.created_at,
    })),
  };
}

export async function findRecommendationByRef(db: ReadDb, programmeId: number, ref: string) {
  return db
    .selectFrom('recommendations')
    .select(['id', 'ref'])
    .where('programme_id', '=', programmeId)
    .where((eb) => eb(eb.fn('lower', ['ref']), '=', ref.toLowerCase()))
    .executeTakeFirst();
}

/** Converts a contract patch to stored columns. */
export function toColumns(patch: Partial<Record<RecField, unknown>>): RecColumns {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = REC_COLUMNS[field as RecField];
    if (column) out[column] = value;
  }
  return out;
}
