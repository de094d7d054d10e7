import { formatDateLong } from '../../shared/domain/dates';
import type { Handlers } from '../core/handlers';
import type { Db } from '../core/context';
import { writeAudit } from '../core/audit';
import { AppError, invalid } from '../core/errors';
import { meetingRow } from '../meetings/meetingsRepo';
import { getPaper, listPapers, toColumns } from './papersRepo';

function assertMeetingTakesPapers(m: { status: string; meeting_date: string }) {
  if (m.status === 'cancelled') throw new AppError('conflict', `The meeting of ${formatDateLong(m.meeting_date)} was cancelled, so it takes no papers.`);
  if (m.status === 'postponed')
    throw new AppError('conflict', `The meeting of ${formatDateLong(m.meeting_date)} was postponed: write the paper for the new date.`);
}

async function assertSections(db: Db, s: { actionPlanProgrammeId: number | null; appendixActionPlan: boolean } | undefined) {
  if (s?.appendixActionPlan && !s.actionPlanProgrammeId) throw invalid('sections.actionPlanProgrammeId', 'Choose the action plan that the appendix sets out.');
  if (!s?.actionPlanProgrammeId) return;
  const p = await db.selectFrom('programmes').select('id').where('id', '=', s.actionPlanProgrammeId).executeTakeFirst();
  if (!p) throw invalid('sections.actionPlanProgrammeId', 'Choose an action plan from the list.');
}

function assertExemption(isPublic: boolean, exemptParagraph: number | null) {
  if (!isPublic && exemptParagraph === null) {
    throw invalid('exemptParagraph', 'A non-public paper must give the paragraph of Part 1 of Schedule 12A to the Local Government Act 1972 (1 to 7).');
  }
}

export const paperHandlers: Handlers<'papers.list' | 'papers.get' | 'papers.create' | 'papers.update'> = {
  'papers.list': async (input, ctx) => {
    await meetingRow(ctx.db, input.meetingId);
    return listPapers(ctx.db, input.meetingId);
  },
  'papers.get': async (input, ctx) => getPaper(ctx.db, input.id),

  'papers.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const m = await meetingRow(trx, input.meetingId);
      assertMeetingTakesPapers(m);
      assertExemption(input.isPublic, input.exemptParagraph);
      await assertSections(trx, input.sections);
      const row = await trx
        .insertInto('committee_papers')
        .values({
          meeting_id: input.meetingId,
          title: input.title,
          is_public: input.isPublic ? 1 : 0,
          exempt_paragraph: input.exemptParagraph,
          report_of: input.reportOf,
          author_name: input.authorName,
          author_title: input.authorTitle,
          author_email: input.authorEmail,
          wards: input.wards,
          key_decision: input.keyDecision ? 1 : 0,
          purpose: input.purpose,
          narrative_json: JSON.stringify(input.narrative),
          sections_json: JSON.stringify(input.sections),
          created_at: ctx.now,
          updated_at: ctx.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, ctx, {
        entity: 'paper',
        entityId: row.id,
        action: 'create',
        label: row.title,
        after: row,
        parent: { entity: 'meeting', id: m.id },
      });
      return getPaper(trx, row.id);
    }),

  'papers.update': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await getPaper(trx, input.id);
      assertMeetingTakesPapers({ status: before.meetingStatus, meeting_date: before.meetingDate });
      const p = input.patch;
      assertExemption(p.isPublic ?? before.isPublic, p.exemptParagraph !== undefined ? p.exemptParagraph : before.exemptParagraph);
      await assertSections(trx, p.sections);
      const beforeRow = await trx.selectFrom('committee_papers').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
      await trx
        .updateTable('committee_papers')
        .set((eb) => ({ ...toColumns(p), updated_at: ctx.now, version: eb('version', '+', 1) }))
        .where('id', '=', input.id)
        .execute();
      const after = await trx.selectFrom('committee_papers').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
      await writeAudit(trx, ctx, {
        entity: 'paper',
        entityId: input.id,
        action: 'update',
        label: after.title,
        before: beforeRow,
        after,
        parent: { entity: 'meeting', id: before.meetingId },
      });
      return getPaper(trx, input.id);
    }),
};
