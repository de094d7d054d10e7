import { addDays, formatDateLong } from '../../shared/domain/dates';
import type { Ctx, Db } from '../core/context';
import { writeAudit } from '../core/audit';
import { sameName } from '../people/peopleRepo';
import type { DemoDataSet } from './demoTypes';
import { loadMeasuresDemo } from './measuresDemo';
import { loadMonthlyDemo } from './monthlyDemo';
import { loadPaperDemo } from './paperDemo';
import { loadComplaintsPaperDemo } from './complaintsPaperDemo';
import { loadPolicyDemo } from './policyDemo';
import { loadRemedialDemo } from './remedialDemo';
import { loadSettingsDemo } from './settingsDemo';
import { loadStockDemo } from './stockDemo';
import { assertEmptyForDemo } from './registersInUse';
import { loadTrainingDemo } from './trainingDemo';
import { loadComplaintsDemo } from './complaintsDemo';
import { residentFocusDemo } from './residentFocusData';

export interface DemoLoadResult {
  programmes: number;
  recommendations: number;
  notes: number;
  policies: number;
  homes: number;
  /** last month's published and this month's draft */
  monthlyUpdates: number;
  /** the draft papers for the next meeting: the progress report and the annual complaints report */
  papers: number;
}

/**
 * Loads the demo data set with every date placed relative to today. Runs inside the caller's
 * transaction: a failure leaves nothing behind. Refuses a database that holds any records of the user's.
 */
export async function loadDemoData(db: Db, ctx: Pick<Ctx, 'actor' | 'now' | 'today'>, data: DemoDataSet = residentFocusDemo): Promise<DemoLoadResult> {
  const { today, now } = ctx;
  const offset = (days: number) => addDays(today, days);
  await assertEmptyForDemo(db);

  const teamIds = new Map<string, number>();
  for (const t of data.teams) {
    const existing = (await db.selectFrom('teams').select(['id', 'name']).execute()).find((x) => sameName(x.name, t.name));
    const id =
      existing?.id ?? (await db.insertInto('teams').values({ name: t.name, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;
    if (!existing) await writeAudit(db, ctx, { entity: 'team', entityId: id, action: 'create', label: t.name, after: { name: t.name } });
    teamIds.set(t.key, id);
  }

  const personIds = new Map<string, number>();
  const personNames = new Map<string, string>();
  for (const p of data.people) {
    const row = await db
      .insertInto('people')
      .values({ name: p.name, job_title: p.jobTitle, team_id: teamIds.get(p.teamKey) ?? null, email: p.email, active: 1, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, { entity: 'person', entityId: row.id, action: 'create', label: row.name, after: row });
    personIds.set(p.key, row.id);
    personNames.set(p.key, p.name);
  }
  const person = (key: string) => {
    const id = personIds.get(key);
    if (id === undefined) throw new Error(`Demo data names an unknown person ${key}`);
    return id;
  };

  let recommendations = 0;
  let notes = 0;
  for (const p of data.programmes) {
    const programme = await db
      .insertInto('programmes')
      .values({
        code: p.code,
        name: p.name,
        source: p.source,
        review_date: offset(-p.reviewDaysAgo),
        description: p.description,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, { entity: 'programme', entityId: programme.id, action: 'create', label: programme.name, after: programme });

    for (const r of p.recommendations) {
      const rec = await db
        .insertInto('recommendations')
        .values({
          programme_id: programme.id,
          ref: r.ref,
          title: r.title,
          full_text: r.fullText,
          theme: r.theme,
          owner_id: person(r.ownerKey),
          lead_team_id: teamIds.get(r.leadTeamKey) ?? null,
          priority: r.priority,
          original_target_date: offset(r.originalTargetOffsetDays),
          revised_target_date: r.revisedTargetOffsetDays === undefined ? null : offset(r.revisedTargetOffsetDays),
          revised_reason: r.revisedReason ?? null,
          status: r.status,
          completion_date: r.completedDaysAgo === undefined ? null : offset(-r.completedDaysAgo),
          public_summary: r.publicSummary,
          rag_override: null,
          rag_override_reason: null,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(db, ctx, { entity: 'recommendation', entityId: rec.id, action: 'create', label: `${rec.ref} ${rec.title}`, after: rec });
      recommendations++;

      for (const a of r.actions) {
        const action = await db
          .insertInto('actions')
          .values({
            recommendation_id: rec.id,
            title: a.title,
            owner_id: person(a.ownerKey),
            due_date: offset(a.dueOffsetDays),
            status: a.status,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(db, ctx, {
          entity: 'action',
          entityId: action.id,
          action: 'create',
          label: `${rec.ref}: ${action.title}`,
          after: action,
          parent: { entity: 'recommendation', id: rec.id },
        });
      }
      for (const n of r.notes) {
        const note = await db
          .insertInto('progress_notes')
          .values({
            recommendation_id: rec.id,
            note_date: offset(-n.daysAgo),
            body: n.body,
            visibility: n.visibility,
            author: personNames.get(r.ownerKey) ?? ctx.actor,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(db, ctx, {
          entity: 'note',
          entityId: note.id,
          action: 'create',
          label: `${rec.ref}: note of ${formatDateLong(note.note_date)}`,
          after: note,
          parent: { entity: 'recommendation', id: rec.id },
        });
        notes++;
      }
    }
  }
  const r4 = await db.selectFrom('recommendations').select('id').where('ref', '=', 'R4').orderBy('id', 'desc').executeTakeFirst();
  const full = data === residentFocusDemo;
  const policies = full ? await loadPolicyDemo(db, ctx, personIds, r4?.id ?? null) : 0;
  const homes = full ? await loadStockDemo(db, ctx) : 0;
  if (full) await loadRemedialDemo(db, ctx);
  if (full) await loadSettingsDemo(db, ctx);
  if (full) await loadTrainingDemo(db, ctx);
  if (full) await loadComplaintsDemo(db, ctx);
  // after every register it works measures out from
  if (full) await loadMeasuresDemo(db, ctx);
  // Written last, through the app's own handlers, so the documents draw on everything above.
  const programmeId = full ? (await db.selectFrom('programmes').select('id').where('code', '=', data.programmes[0]!.code).executeTakeFirstOrThrow()).id : 0;
  const monthlyUpdates = full ? await loadMonthlyDemo(db, ctx, programmeId) : 0;
  const papers = full ? await loadPaperDemo(db, ctx, programmeId) : 0;
  const complaintsPapers = full ? await loadComplaintsPaperDemo(db, ctx) : 0;
  return { programmes: data.programmes.length, recommendations, notes, policies, homes, monthlyUpdates, papers: papers + complaintsPapers };
}
