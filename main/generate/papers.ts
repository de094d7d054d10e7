import { PAPER_PART_KEYS, PAPER_PARTS } from '../../shared/domain/paperParts';
import type { Db } from '../core/context';
import { callInLoad, type LoadCtx } from '../demo/callInLoad';
import { paperHandlers } from '../papers/paperHandlers';
import type { GeneratedMeetings } from './policies';
import { addDays } from '../../shared/domain/dates';

const DATA_WEEKS_BEFORE = 2;

// A progress report for each meeting held or to come, written through the paper editor's own
// call (so it is stored exactly as the app stores one), reporting every data section the paper
// can carry, with every appendix, the action plan being the largest programme's. A meeting already
// held reported its data as at two weeks before it; one to come reports today's.

export async function generatePapers(db: Db, ctx: LoadCtx, meetings: GeneratedMeetings['meetings'], programmeId: number): Promise<number> {
  const sections = Object.fromEntries(
    PAPER_PART_KEYS.flatMap((key) => {
      const part = PAPER_PARTS[key];
      const appendix: { field: string } | undefined = part.appendix;
      return [[part.field, part.choose === 'programme' ? programmeId : true], ...(appendix ? [[appendix.field, true]] : [])];
    }),
  );
  let papers = 0;
  for (const m of meetings) {
    if (m.status === 'cancelled') continue;
    await callInLoad(db, ctx, paperHandlers['papers.create'], 'papers.create', {
      meetingId: m.id,
      dataAsAt: m.date < ctx.today ? addDays(m.date, -DATA_WEEKS_BEFORE * 7) : null,
      title: 'Housing services: progress report',
      reportOf: 'Director of Housing',
      authorName: 'Housing Desk generator',
      authorTitle: 'Performance Manager',
      narrative: {
        summary: 'This report updates Members on the action plan, the policy schedule, building safety compliance and staff training.',
        recommendations: 'note the progress set out in this report.',
      },
      sections: sections as never,
    });
    papers++;
  }
  return papers;
}
