import { formatDateLong } from '../../shared/domain/dates';
import { dataAsAtProblem } from '../../shared/domain/paperDataAsAt';
import { PAPER_PART_KEYS, PAPER_PARTS, partInAppendix, type PaperPartInfo } from '../../shared/domain/paperParts';
import { fromTemplate } from '../../shared/domain/paperTemplates';
import { DEFAULT_REPORT_SECTIONS, sections as paperSections } from '../../shared/contract/papers';
import type { Handlers } from '../core/handlers';
import { mutation, query } from '../core/mutation';
import type { ReadDb } from '../core/context';
import { AppError, invalid } from '../core/errors';
import { meetingRow } from '../meetings/meetingsRepo';
import { getPaper, listPapers, toColumns } from './papersRepo';

function assertMeetingTakesPapers(m: { status: string; meeting_date: string }) {
  if (m.status === 'cancelled') throw new AppError('conflict', `The meeting of ${formatDateLong(m.meeting_date)} was cancelled, so it takes no papers.`);
  if (m.status === 'postponed')
    throw new AppError('conflict', `The meeting of ${formatDateLong(m.meeting_date)} was postponed: write the paper for the new date.`);
}

/** Every part chosen by programme: an appendix needs its programme, and a chosen programme must exist. */
async function assertSections(db: ReadDb, sections: Readonly<Record<string, number | boolean | null>> | undefined) {
  if (!sections) return;
  for (const key of PAPER_PART_KEYS) {
    const part: PaperPartInfo = PAPER_PARTS[key];
    if (part.choose !== 'programme') continue;
    const field = `sections.${part.field}`;
    const programmeId = sections[part.field];
    if (!programmeId && partInAppendix(sections, key)) throw invalid(field, `Choose the ${part.name.toLowerCase()} that the appendix sets out.`);
    if (typeof programmeId !== 'number') continue;
    const p = await db.selectFrom('programmes').select('id').where('id', '=', programmeId).executeTakeFirst();
    if (!p) throw invalid(field, `Choose ${/^[aeiou]/i.test(part.name) ? 'an' : 'a'} ${part.name.toLowerCase()} from the list.`);
  }
}

/** The author's data-as-at date: see dataAsAtProblem. */
function assertDataAsAt(dataAsAt: string | null, meetingDate: string, today: string) {
  const problem = dataAsAt === null ? null : dataAsAtProblem(dataAsAt, meetingDate, today);
  if (problem) throw invalid('dataAsAt', problem);
}

function assertExemption(isPublic: boolean, exemptParagraph: number | null) {
  if (!isPublic && exemptParagraph === null) {
    throw invalid('exemptParagraph', 'A non-public paper must give the paragraph of Part 1 of Schedule 12A to the Local Government Act 1972 (1 to 7).');
  }
}

export const paperHandlers: Handlers<'papers.list' | 'papers.get' | 'papers.create' | 'papers.update'> = {
  'papers.list': query(async (input, ctx) => {
    await meetingRow(ctx.db, input.meetingId);
    return listPapers(ctx.db, input.meetingId);
  }),
  'papers.get': query(async (input, ctx) => getPaper(ctx.db, input.id)),

  'papers.create': mutation(async (input, ctx) => {
    const m = await meetingRow(ctx.db, input.meetingId);
    assertMeetingTakesPapers(m);
    assertExemption(input.isPublic, input.exemptParagraph);
    assertDataAsAt(input.dataAsAt, m.meeting_date, ctx.today);
    // what the call gives is kept; the template, or else a blank paper, gives what it leaves out
    const template = input.template ? fromTemplate(input.template) : null;
    const narrative = { ...input.narrative, sections: input.narrative.sections ?? template?.sections ?? DEFAULT_REPORT_SECTIONS };
    const sections = input.sections ?? paperSections.parse(template?.parts ?? {});
    await assertSections(ctx.db, sections);
    const row = await ctx.db
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
        data_as_at: input.dataAsAt,
        narrative_json: JSON.stringify(narrative),
        sections_json: JSON.stringify(sections),
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'paper',
      entityId: row.id,
      action: 'create',
      label: row.title,
      after: row,
      parent: { entity: 'meeting', id: m.id },
    });
    return getPaper(ctx.db, row.id);
  }),

  'papers.update': mutation(async (input, ctx) => {
    const before = await getPaper(ctx.db, input.id);
    assertMeetingTakesPapers({ status: before.meetingStatus, meeting_date: before.meetingDate });
    const p = input.patch;
    assertExemption(p.isPublic ?? before.isPublic, p.exemptParagraph !== undefined ? p.exemptParagraph : before.exemptParagraph);
    if (p.dataAsAt !== undefined) assertDataAsAt(p.dataAsAt, before.meetingDate, ctx.today);
    await assertSections(ctx.db, p.sections);
    const beforeRow = await ctx.db.selectFrom('committee_papers').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    await ctx.db
      .updateTable('committee_papers')
      .set((eb) => ({ ...toColumns(p), updated_at: ctx.now, version: eb('version', '+', 1) }))
      .where('id', '=', input.id)
      .execute();
    const after = await ctx.db.selectFrom('committee_papers').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'paper',
      entityId: input.id,
      action: 'update',
      label: after.title,
      before: beforeRow,
      after,
      parent: { entity: 'meeting', id: before.meetingId },
    });
    return getPaper(ctx.db, input.id);
  }),
};
