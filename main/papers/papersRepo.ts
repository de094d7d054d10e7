import type { CommitteePaper } from '../../shared/contract';
import { narrative, sections } from '../../shared/contract/papers';
import type { ReadDb } from '../core/context';
import { notFound } from '../core/errors';

function query(db: ReadDb) {
  return db
    .selectFrom('committee_papers')
    .innerJoin('meetings', 'meetings.id', 'committee_papers.meeting_id')
    .innerJoin('committees', 'committees.id', 'meetings.committee_id')
    .selectAll('committee_papers')
    .select(['meetings.meeting_date', 'meetings.status as meeting_status', 'committees.name as committee_name']);
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

const toPaper = (r: Row): CommitteePaper => ({
  id: r.id,
  meetingId: r.meeting_id,
  meetingDate: r.meeting_date,
  committeeName: r.committee_name,
  meetingStatus: r.meeting_status,
  title: r.title,
  isPublic: r.is_public === 1,
  exemptParagraph: r.exempt_paragraph,
  reportOf: r.report_of,
  authorName: r.author_name,
  authorTitle: r.author_title,
  authorEmail: r.author_email,
  wards: r.wards,
  keyDecision: r.key_decision === 1,
  purpose: r.purpose,
  dataAsAt: r.data_as_at,
  // Stored JSON is read through the same schemas, so that a section added later has its default.
  narrative: narrative.parse(JSON.parse(r.narrative_json)),
  sections: sections.parse(JSON.parse(r.sections_json)),
  version: r.version,
  updatedAt: r.updated_at,
});

export async function listPapers(db: ReadDb, meetingId: number): Promise<CommitteePaper[]> {
  return (await query(db).where('committee_papers.meeting_id', '=', meetingId).orderBy('committee_papers.id').execute()).map(toPaper);
}

export async function getPaper(db: ReadDb, id: number): Promise<CommitteePaper> {
  const r = await query(db).where('committee_papers.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('The paper');
  return toPaper(r);
}

export function toColumns(p: Partial<Omit<CommitteePaper, 'id' | 'meetingId' | 'meetingDate' | 'committeeName' | 'meetingStatus' | 'version' | 'updatedAt'>>) {
  return {
    ...(p.title !== undefined && { title: p.title }),
    ...(p.isPublic !== undefined && { is_public: p.isPublic ? 1 : 0 }),
    ...(p.exemptParagraph !== undefined && { exempt_paragraph: p.exemptParagraph }),
    ...(p.reportOf !== undefined && { report_of: p.reportOf }),
    ...(p.authorName !== undefined && { author_name: p.authorName }),
    ...(p.authorTitle !== undefined && { author_title: p.authorTitle }),
    ...(p.authorEmail !== undefined && { author_email: p.authorEmail }),
    ...(p.wards !== undefined && { wards: p.wards }),
    ...(p.keyDecision !== undefined && { key_decision: p.keyDecision ? 1 : 0 }),
    ...(p.purpose !== undefined && { purpose: p.purpose }),
    ...(p.dataAsAt !== undefined && { data_as_at: p.dataAsAt }),
    ...(p.narrative !== undefined && { narrative_json: JSON.stringify(p.narrative) }),
    ...(p.sections !== undefined && { sections_json: JSON.stringify(p.sections) }),
  };
}
