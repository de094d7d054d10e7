import { listPolicies } from '../../policies/policiesRepo';
import type { ExportKind } from '../exportKind';
import { EXPORT_KIND_SPECS } from '../exportKindSpecs';
import { finishDocument } from '../finishDocument';

const load = () => Promise.all([import('../buildModels'), import('../docx/policyScheduleDoc')]);

export const policyScheduleExport: ExportKind<'exports.policySchedule'> = {
  ...EXPORT_KIND_SPECS['exports.policySchedule'],
  // the command line takes the schedule's defaults (the warning threshold)
  // the contract (zod and every call's schemas: about 0.1 s) only for the command line's options, not in an export's process
  inputFromOptions: async () => (await import('../../../shared/contract')).contract['exports.policySchedule'].input.parse({}),
  load,
  async build(db, { threshold }, clock, progress) {
    const [{ orgDetails }, { buildPolicyScheduleDocument }] = await load();
    const model = { org: await orgDetails(db), today: clock.today, threshold, policies: await listPolicies(db, clock.today) };
    const bytes = await finishDocument(() => buildPolicyScheduleDocument(model), clock.now, policyScheduleExport.label, progress);
    return { fileName: `policy-schedule-${clock.today}.docx`, bytes };
  },
};
