import { currentTargetDate, type RecStatus } from '../../shared/domain/actionPlan';
import { addMonths, type IsoDate } from '../../shared/domain/dates';
import { firstDay, nextMonth, type Month } from '../../shared/domain/months';
import type { Db } from '../core/context';
import { notFound } from '../core/errors';
import { byRef } from '../actionPlan/recommendationsRepo';
import { readSettings } from '../settings/settingsRepo';
import { publicMeasureLines } from '../monthly/publicMeasures';
import type { MonthlyUpdateModel, NoteQuote, OrgDetails, ProgrammeDetails, ProgressCounts, PublicRecommendation, RecommendationsModel } from './models';

const DEFAULT_LEAD = 'Housing service';

export async function orgDetails(db: Db): Promise<OrgDetails> {
  const s = await readSettings(db);
  return {
    name: s.organisation,
    contactEmail: s.contactEmail,
    contactPhone: s.contactPhone,
    websiteUrl: s.websiteUrl,
    newsletterUrl: s.newsletterUrl,
    logoDataUrl: s.logoDataUrl,
  };
}

async function programmeDetails(db: Db, programmeId: number): Promise<ProgrammeDetails> {
  const p = await db.selectFrom('programmes').selectAll().where('id', '=', programmeId).executeTakeFirst();
  if (!p) throw notFound('The programme');
  return { code: p.code, name: p.name, source: p.source, reviewDate: p.review_date, description: p.description };
}

/** Every recommendation of the programme as the public may see it, with its public notes. */
async function publicRecommendations(db: Db, programmeId: number, month: Month | null): Promise<PublicRecommendation[]> {
  const recs = await db
    .selectFrom('recommendations')
    .leftJoin('teams', 'teams.id', 'recommendations.lead_team_id')
    .selectAll('recommendations')
    .select('teams.name as team_name')
    .where('recommendations.programme_id', '=', programmeId)
    .orderBy(byRef)
    .execute();
  const notes = await db
    .selectFrom('progress_notes')
    .innerJoin('recommendations', 'recommendations.id', 'progress_notes.recommendation_id')
    .select(['progress_notes.id', 'progress_notes.recommendation_id', 'progress_notes.note_date', 'progress_notes.body'])
    .where('recommendations.programme_id', '=', programmeId)
    .where('progress_notes.visibility', '=', 'public')
    .orderBy('progress_notes.note_date')
    .orderBy('progress_notes.id')
    .execute();
  const latest = new Map<number, NoteQuote>();
  const inMonth = new Map<number, NoteQuote>();
  const from = month ? firstDay(month) : null;
  const to = month ? firstDay(nextMonth(month)) : null;
  for (const n of notes) {
    const quote = { noteId: n.id, date: n.note_date, body: n.body };
    latest.set(n.recommendation_id, quote);
    if (from && to && n.note_date >= from && n.note_date < to) inMonth.set(n.recommendation_id, quote);
  }
  return recs.map((r) => {
    const target = currentTargetDate({ originalTargetDate: r.original_target_date, revisedTargetDate: r.revised_target_date });
    return {
      ref: r.ref,
      title: r.title,
      publicSummary: r.public_summary,
      leadTeam: r.team_name ?? DEFAULT_LEAD,
      targetDate: target,
      originalTargetDate: r.revised_target_date ? r.original_target_date : null,
      status: r.status,
      completionDate: r.completion_date,
      latestPublicNote: latest.get(r.id) ?? null,
      monthNote: inMonth.get(r.id) ?? null,
    };
  });
}

export function countProgress(recs: { status: RecStatus }[]): ProgressCounts {
  const by = (s: RecStatus) => recs.filter((r) => r.status === s).length;
  return { total: recs.length, completed: by('completed'), inProgress: by('in_progress'), notStarted: by('not_started'), onHold: by('on_hold') };
}

export async function buildMonthlyUpdateModel(
  db: Db,
  programmeId: number,
  month: Month,
  today: IsoDate,
  opts: { draft: boolean },
): Promise<MonthlyUpdateModel> {
  const programme = await programmeDetails(db, programmeId);
  const update = await db
    .selectFrom('monthly_updates')
    .select(['id', 'include_measures'])
    .where('programme_id', '=', programmeId)
    .where('month', '=', month)
    .executeTakeFirst();
  const items = update
    ? await db
        .selectFrom('monthly_update_items')
        .leftJoin('recommendations', 'recommendations.id', 'monthly_update_items.recommendation_id')
        .select(['monthly_update_items.item_date', 'monthly_update_items.body', 'recommendations.ref', 'monthly_update_items.recommendation_id'])
        .where('monthly_update_items.update_id', '=', update.id)
        .orderBy('monthly_update_items.position')
        .orderBy('monthly_update_items.id')
        .execute()
    : [];
  const recommendations = await publicRecommendations(db, programmeId, month);
  const horizon = addMonths(today, 2);
  const whatsNext = recommendations
    .filter((r) => r.status !== 'completed' && r.targetDate !== null && r.targetDate >= today && r.targetDate <= horizon)
    .sort((a, b) => a.targetDate!.localeCompare(b.targetDate!))
    .map((r) => ({ ref: r.ref, title: r.title, targetDate: r.targetDate! }));
  return {
    kind: 'monthly-update',
    draft: opts.draft,
    org: await orgDetails(db),
    programme,
    month,
    dateUpdated: today,
    items: items.map((i) => ({ date: i.item_date, body: i.body, ref: i.ref })),
    // The month's news is its bullets: those linked to a recommendation are printed under it.
    recommendations: recommendations.map((r) => ({
      ...r,
      monthBullets: items.filter((i) => i.ref === r.ref && i.recommendation_id !== null).map((i) => i.body),
    })),
    counts: countProgress(recommendations),
    whatsNext,
    ...(update?.include_measures === 1 && { publicMeasures: await publicMeasureLines(db, month) }),
  };
}

export async function buildRecommendationsModel(db: Db, programmeId: number, today: IsoDate): Promise<RecommendationsModel> {
  const recommendations = await publicRecommendations(db, programmeId, null);
  return {
    kind: 'recommendations',
    org: await orgDetails(db),
    programme: await programmeDetails(db, programmeId),
    dateUpdated: today,
    counts: countProgress(recommendations),
    recommendations,
  };
}
