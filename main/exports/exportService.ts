import type { Ctx, Db } from '../core/context';
import { formatDateLong, parseUkDate } from '../../shared/domain/dates';
import { buildPaperModel } from './paperModel';
import { buildCommitteePaperDocument } from './docx/committeePaperDoc';
import { AppError } from '../core/errors';
import { findUpdate } from '../monthly/monthlyRepo';
import { assertAccessible } from './accessibility';
import { buildMonthlyUpdateModel, buildRecommendationsModel, orgDetails } from './buildModels';
import { buildPolicyScheduleDocument } from './docx/policyScheduleDoc';
import { listPolicies } from '../policies/policiesRepo';
import { buildMonthlyUpdateDocument } from './docx/monthlyUpdateDoc';
import { buildRecommendationsDocument } from './docx/recommendationsDoc';
import type { MonthlyUpdateModel } from './models';
import { packDocx } from './pack';
import { DEFAULT_CLUSTER_THRESHOLD } from '../../shared/domain/policies';

export interface ExportResult {
  fileName: string;
  bytes: Buffer;
}

type Clock = Pick<Ctx, 'today' | 'now'>;

/**
 * A published month is drawn from the model stored when it was published, with its publication
 * time, so exporting it again gives the same document; a draft is drawn from the registers now.
 */
export async function exportMonthlyUpdate(db: Db, programmeId: number, month: string, clock: Clock): Promise<ExportResult> {
  const update = await findUpdate(db, programmeId, month);
  if (update?.status === 'published' && update.published_docx) {
    const code = (JSON.parse(update.snapshot_json ?? '{}') as MonthlyUpdateModel).programme?.code ?? 'programme';
    return { fileName: `${code}-monthly-update-${month}.docx`, bytes: Buffer.from(update.published_docx) };
  }
  const model = await buildMonthlyUpdateModel(db, programmeId, month, clock.today, { draft: true });
  const bytes = await renderMonthlyUpdate(model, clock.now);
  return { fileName: `${model.programme.code}-monthly-update-${month}-draft.docx`, bytes };
}

/** Draws, packs and checks a monthly update; refused (nothing returned) if it breaks a rule. */
export async function renderMonthlyUpdate(model: MonthlyUpdateModel, at: string): Promise<Buffer> {
  const bytes = await packDocx(buildMonthlyUpdateDocument(model), at);
  await assertAccessible(bytes, 'monthly update');
  return bytes;
}

export async function exportRecommendations(db: Db, programmeId: number, clock: Clock): Promise<ExportResult> {
  const model = await buildRecommendationsModel(db, programmeId, clock.today);
  const bytes = await packDocx(buildRecommendationsDocument(model), clock.now);
  await assertAccessible(bytes, 'recommendations document');
  return { fileName: `${model.programme.code}-recommendations-${clock.today}.docx`, bytes };
}

export async function exportPolicySchedule(db: Db, clock: Clock, threshold = DEFAULT_CLUSTER_THRESHOLD): Promise<ExportResult> {
  const model = { org: await orgDetails(db), today: clock.today, threshold, policies: await listPolicies(db, clock.today) };
  const bytes = await packDocx(buildPolicyScheduleDocument(model), clock.now);
  await assertAccessible(bytes, 'policy schedule');
  return { fileName: `policy-schedule-${clock.today}.docx`, bytes };
}

export async function exportCommitteePaper(db: Db, paperId: number, clock: Clock): Promise<ExportResult> {
  const model = await buildPaperModel(db, paperId);
  if (model.paper.meetingStatus === 'cancelled' || model.paper.meetingStatus === 'postponed') {
    throw new AppError(
      'conflict',
      `The meeting of ${formatDateLong(model.paper.meetingDate)} was ${model.paper.meetingStatus}, so its papers are not produced.`,
    );
  }
  if (!model.paper.narrative.summary.trim()) throw new AppError('validation', 'Write the Summary before exporting the paper.', 'narrative.summary');
  if (model.paper.purpose === 'decision' && !model.paper.narrative.recommendations.trim()) {
    throw new AppError('validation', 'A paper for decision needs its recommendations: write what members are asked to decide.', 'narrative.recommendations');
  }
  const bytes = await packDocx(buildCommitteePaperDocument(model), clock.now);
  await assertAccessible(bytes, 'committee paper');
  const slug =
    model.paper.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'paper';
  return { fileName: `committee-paper-${model.paper.meetingDate}-${slug}.docx`, bytes };
}

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
    throw new AppError('conflict', `More than one meeting is on ${formatDateLong(date!)}: give its number instead (${found.map((r) => r.id).join(', ')}).`);
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
