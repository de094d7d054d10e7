import { addDays, addMonths, formatDateLong, type IsoDate } from '../../shared/domain/dates';
import { completionExpiry } from '../../shared/domain/training';
import { timeOf, type GenerateCtx, type Staff } from './context';
import type { Prng } from './prng';

// The training catalogue (a third of the courses mandatory for every job role, the rest needed by
// some roles, some in one team only, a few linked to a policy), and each person's completions from
// their start: first done within a few weeks of starting, then renewed around each expiry, a few
// late or never; some people took courses their role does not need; a few have waivers.

const COURSES: readonly (readonly [name: string, category: string, refreshMonths: number | null])[] = [
  ['Fire safety awareness', 'Health and safety', 12],
  ['Safeguarding adults', 'Safeguarding', 24],
  ['Safeguarding children', 'Safeguarding', 24],
  ['Data protection', 'Information governance', 12],
  ['Equality and diversity', 'Corporate', 36],
  ['Manual handling', 'Health and safety', 36],
  ['Lone working', 'Health and safety', 24],
  ['Asbestos awareness', 'Building safety', 12],
  ['Damp and mould', 'Building safety', 24],
  ['Complaint handling', 'Customer service', 24],
  ['Domestic abuse awareness', 'Safeguarding', 36],
  ['First aid at work', 'Health and safety', 36],
  ['Gas safety for housing officers', 'Building safety', 36],
  ['Legionella awareness', 'Building safety', 24],
  ['Mental health awareness', 'Wellbeing', null],
  ['Conflict resolution', 'Customer service', 36],
  ['Tenancy fraud', 'Tenancy', null],
  ['Anti-social behaviour powers', 'Tenancy', 36],
  ['Working at height', 'Health and safety', 36],
  ['Electrical safety awareness', 'Building safety', 36],
  ['Cyber security', 'Information governance', 12],
  ['Hoarding awareness', 'Tenancy', null],
  ['Reasonable adjustments', 'Customer service', 36],
  ['Lift safety awareness', 'Building safety', 24],
  ['Induction', 'Corporate', null],
  ['Leadership essentials', 'Management', null],
  ['Recruitment and selection', 'Management', 36],
  ['Welfare benefits', 'Income', 24],
  ['Homelessness duties', 'Housing options', 24],
  ['Building Safety Act duties', 'Building safety', 24],
];

export function generateTraining(ctx: GenerateCtx, rng: Prng, staff: Staff, policyIds: number[]): { completions: number } {
  const { write, today, sizes } = ctx;
  const start = addDays(today, -3650);
  const courses: { id: number; name: string; refresh: number | null; mandatory: boolean }[] = [];
  for (let c = 0; c < sizes.courses; c++) {
    const [base, category, refresh] = COURSES[c % COURSES.length]!;
    const name = c < COURSES.length ? base : `${base} ${Math.floor(c / COURSES.length) + 1}`;
    const mandatory = c % 3 === 0;
    const row = {
      name,
      category,
      provider: rng.pick(['In house', 'Learning Pool', 'Local Government Association', 'St John Ambulance']),
      refresh_months: refresh,
      mandatory: mandatory ? 1 : 0,
      policy_id: policyIds.length && c % 5 === 1 ? rng.pick(policyIds) : null,
      policy_refresh_days: 60,
    };
    courses.push({ id: write.create('courses', timeOf(ctx, rng, start), row, { entity: 'course', label: name }), name, refresh, mandatory });
  }
  // which courses each role needs, for every team or, now and then, for one team only
  const needs = new Map<string, Set<number>>();
  const need = (roleId: number, teamId: number | null, courseId: number) => {
    const key = `${roleId}:${teamId ?? ''}`;
    if (!needs.has(key)) needs.set(key, new Set());
    needs.get(key)!.add(courseId);
  };
  for (const roleId of staff.roleIds) {
    for (const c of courses) {
      const required = c.mandatory || rng.chance(0.25);
      if (!required) continue;
      const teamId = !c.mandatory && rng.chance(0.1) ? rng.pick(staff.teamIds) : null;
      need(roleId, teamId, c.id);
      const label = `${staff.roleNames.get(roleId)}: ${c.name}${teamId ? ` (${staff.teamNames.get(teamId)})` : ''}`;
      write.create(
        'course_requirements',
        timeOf(ctx, rng, start),
        { job_role_id: roleId, course_id: c.id, team_id: teamId },
        { entity: 'course_requirement', label },
      );
    }
  }
  let completions = 0;
  for (const p of staff.people) {
    const required = new Set([...(needs.get(`${p.roleId}:`) ?? []), ...(needs.get(`${p.roleId}:${p.teamId}`) ?? [])]);
    const until = p.leave ?? today;
    for (const c of courses) {
      const needed = required.has(c.id);
      if (!needed && !rng.chance(0.08)) continue;
      if (needed && rng.chance(0.04)) continue; // never done
      let done: IsoDate = addDays(p.start < start ? start : p.start, rng.int(3, needed ? 80 : 700));
      for (let n = 0; done <= until && n < 20; n++) {
        const expiry = completionExpiry({ refreshMonths: c.refresh }, { dateCompleted: done, expiryDate: null });
        const row = {
          person_id: p.id,
          course_id: c.id,
          date_completed: done,
          expiry_date: expiry,
          expiry_given: 0,
          evidence: rng.chance(0.5) ? `Certificate ${c.id}-${p.id}-${n + 1}` : '',
        };
        write.create('training_completions', timeOf(ctx, rng, done, 10), row, {
          entity: 'training_completion',
          label: `${p.name}: ${c.name}, ${formatDateLong(done)}`,
          parent: { entity: 'person', id: p.id },
        });
        completions++;
        if (!expiry || !needed || rng.chance(0.03)) break;
        done = addDays(
          expiry,
          rng.weighted([
            [-rng.int(1, 45), 75],
            [rng.int(1, 60), 20],
            [rng.int(61, 200), 5],
          ] as const),
        );
      }
      if (needed && !p.leave && rng.chance(0.005)) {
        const agreed = addDays(today, -rng.int(10, 300));
        const row = {
          person_id: p.id,
          course_id: c.id,
          reason: 'Long-term absence',
          agreed_on: agreed,
          until_date: addMonths(agreed, 12),
          agreed_by: ctx.actor,
        };
        write.create('training_waivers', timeOf(ctx, rng, agreed), row, {
          entity: 'training_waiver',
          label: `${p.name}: ${c.name} waived until ${formatDateLong(row.until_date)}`,
          parent: { entity: 'person', id: p.id },
        });
      }
    }
  }
  return { completions };
}
