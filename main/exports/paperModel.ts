import { sql } from 'kysely';
import type { CommitteePaper } from '../../shared/contract';
import { PAPER_PART_KEYS, type PaperPartKey } from '../../shared/domain/paperParts';
import type { IsoDate } from '../../shared/domain/dates';
import type { Db } from '../core/context';
import { getPaper } from '../papers/papersRepo';
import { orgDetails } from './buildModels';
import type { OrgDetails } from './models';
import { asAtOf, carries, type PaperAsAt, type PaperFromHost } from './paperParts/paperAsAt';
import { paperParts, type PaperPartModels } from './paperParts/registry';

export { asAtRecommendation } from './paperParts/actionPlan';
export { policiesAsAt } from './paperParts/policies';

// What a committee paper reports, read from the registers as at its data-as-at date
// (shared/domain/paperDataAsAt.ts: today for a meeting to come, the meeting date for one held).

/** Each data part the paper carries, or null when it carries neither the part nor its appendix. */
export type PaperPartsRead = { [K in PaperPartKey]: PaperPartModels[K] | null };

export interface PaperModel extends PaperPartsRead {
  org: OrgDetails;
  paper: CommitteePaper;
  /** the date the figures are taken at */
  asAt: IsoDate;
  /** the committee's previous meeting that was held, if any */
  lastMeetingDate: IsoDate | null;
}

async function readPart<K extends PaperPartKey>(db: Db, key: K, at: PaperAsAt): Promise<PaperPartModels[K] | null> {
  return carries(at.paper, key) ? paperParts[key].load(db, at) : null;
}

/**
 * The paper's reads in one read transaction (deferred, so it holds no write lock): every part's
 * figures come from the same state of the database, whatever another connection writes meanwhile.
 */
async function inOneRead<T>(db: Db, read: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return read(db);
  return db.connection().execute(async (conn) => {
    await sql`begin`.execute(conn);
    try {
      return await read(conn);
    } finally {
      await sql`rollback`.execute(conn);
    }
  });
}

/** The paper's model; `fromHost`, what the host reads for it (`keepPaperFigures`), is not read again. */
export async function buildPaperModel(db: Db, paperId: number, today: IsoDate, fromHost?: Promise<PaperFromHost | undefined>): Promise<PaperModel> {
  return inOneRead(db, (read) => readPaperModel(read, paperId, today, fromHost));
}

/** The parts that wait for the host's figures last, so that the others are read meanwhile. */
const READ_ORDER = [...PAPER_PART_KEYS].sort((a, b) => Number(paperParts[a].waitsForHost ?? false) - Number(paperParts[b].waitsForHost ?? false));

async function readPaperModel(db: Db, paperId: number, today: IsoDate, fromHost: Promise<PaperFromHost | undefined> | undefined): Promise<PaperModel> {
  const paper = await getPaper(db, paperId);
  const asAt = asAtOf(paper, today);
  const meeting = await db.selectFrom('meetings').select('committee_id').where('id', '=', paper.meetingId).executeTakeFirstOrThrow();
  const last = await db
    .selectFrom('meetings')
    .select('meeting_date')
    .where('committee_id', '=', meeting.committee_id)
    .where('status', '=', 'held')
    .where('meeting_date', '<', paper.meetingDate)
    .orderBy('meeting_date', 'desc')
    .executeTakeFirst();
  const lastMeetingDate = last?.meeting_date ?? null;
  const at: PaperAsAt = { paper, asAt, since: lastMeetingDate ?? '0000-01-01', fromHost };
  const parts = {} as Record<PaperPartKey, unknown>;
  for (const key of READ_ORDER) parts[key] = await readPart(db, key, at);
  return { org: await orgDetails(db), paper, asAt, lastMeetingDate, ...(parts as PaperPartsRead) };
}
