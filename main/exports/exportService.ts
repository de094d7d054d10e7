import type { Ctx, Db } from '../core/context';
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

export async function exportPolicySchedule(db: Db, clock: Clock, threshold = 3): Promise<ExportResult> {
  const model = { org: await orgDetails(db), today: clock.today, threshold, policies: await listPolicies(db, clock.today) };
  const bytes = await packDocx(buildPolicyScheduleDocument(model), clock.now);
  await assertAccessible(bytes, 'policy schedule');
  return { fileName: `policy-schedule-${clock.today}.docx`, bytes };
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
