import { formatDateLong, parseUkDate } from '../../shared/domain/dates';
import type { Db } from '../core/context';
import { AppError } from '../core/errors';

// What the command line names by number, date, code or name, found in the database.

/** A meeting named on the command line: its number or its date (YYYY-MM-DD or dd/mm/yyyy). */
export async function findMeeting(db: Db, idOrDate: string): Promise<{ id: number; meetingDate: string }> {
  const key = idOrDate.trim();
  const date = parseUkDate(key);
  const rows = await db.selectFrom('meetings').select(['id', 'meeting_date', 'status']).execute();
  const found = /^\d+$/.test(key)
    ? rows.filter((r) => String(r.id) === key)
    : date
      ? rows.filter((r) => r.meeting_date === date && r.status !== 'postponed')
      : [];
  if (found.length === 1) return { id: found[0]!.id, meetingDate: found[0]!.meeting_date };
  if (found.length > 1)
    throw new AppError('conflict', `More than one meeting is on ${formatDateLong(date)}: give its number instead (${found.map((r) => r.id).join(', ')}).`);
  throw new AppError('not_found', `There is no meeting "${idOrDate}". Give its number or its date, for example 2026-12-10.`);
}

/** A programme named on the command line: its id, its code or its name (any case). */
export async function findProgramme(db: Db, refOrName: string): Promise<{ id: number; code: string; name: string }> {
  const all = await db.selectFrom('programmes').select(['id', 'code', 'name']).execute();
  const key = refOrName.trim().toLowerCase();
  const found = all.find((p) => String(p.id) === key || p.code.toLowerCase() === key || p.name.toLowerCase() === key);
  if (!found) {
    const known = all.map((p) => `${p.code} (${p.name})`).join(', ') || 'none';
    throw new AppError('not_found', `There is no programme "${refOrName}". Programmes in this database: ${known}.`);
  }
  return found;
}

/** The paper to export from a meeting: the one given with --paper, or the meeting's only paper. */
export async function findPaper(db: Db, meetingId: number, paperId: string | undefined): Promise<{ id: number; title: string }> {
  const papers = await db.selectFrom('committee_papers').select(['id', 'title']).where('meeting_id', '=', meetingId).orderBy('id').execute();
  const paper = paperId ? papers.find((p) => String(p.id) === paperId) : papers.length === 1 ? papers[0] : undefined;
  if (papers.length === 0)
    throw new AppError('not_found', 'This meeting has no committee paper yet: write one in the app (Meetings and papers), then export it.');
  if (!paper) {
    const known = papers.map((p) => `${p.id} (${p.title})`).join(', ');
    throw new AppError(
      'not_found',
      paperId ? `Paper ${paperId} is not one of this meeting's papers: ${known}.` : `Say which paper with --paper: this meeting's papers are ${known}.`,
    );
  }
  return paper;
}
