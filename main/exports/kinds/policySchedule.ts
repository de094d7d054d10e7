import { contract } from '../../../shared/contract';
import { listPolicies } from '../../policies/policiesRepo';
import type { ExportKind } from '../exportKind';

export const policyScheduleExport: ExportKind<'exports.policySchedule'> = {
  command: 'policy-schedule',
  label: 'policy schedule',
  options: {},
  // the command line takes the schedule's defaults (the warning threshold)
  inputFromOptions: async () => contract['exports.policySchedule'].input.parse({}),
  async build(db, { threshold }, clock) {
    const [{ orgDetails }, { buildPolicyScheduleDocument }, { packDocx }, { assertAccessible }] = await Promise.all([
      import('../buildModels'),
      import('../docx/policyScheduleDoc'),
      import('../pack'),
      import('../accessibility'),
    ]);
    const model = { org: await orgDetails(db), today: clock.today, threshold, policies: await listPolicies(db, clock.today) };
    const bytes = await packDocx(buildPolicyScheduleDocument(model), clock.now);
    await assertAccessible(bytes, policyScheduleExport.label);
    return { fileName: `policy-schedule-${clock.today}.docx`, bytes };
  },
};
