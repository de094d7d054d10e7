import { addDays } from '../../shared/domain/dates';
import { timeOf, type GenerateCtx, type Staff } from './context';
import { FIRST_NAMES, SURNAMES } from './names';
import type { Prng } from './prng';

// Teams, job roles and staff: each team has a manager, to whom its other staff report; about one
// in twelve has left (a leave date, no longer active), and starters are spread over ten years.

const TEAM_WORDS = [
  'Repairs',
  'Tenancy Management',
  'Income',
  'Lettings',
  'Estate Services',
  'Building Safety',
  'Customer Service',
  'Resident Engagement',
  'Asset Management',
  'Anti-social Behaviour',
  'Housing Options',
  'Sheltered Housing',
  'Leasehold Services',
  'Voids',
  'Compliance',
  'Planned Works',
  'Gas Servicing',
  'Complaints',
  'Business Support',
  'Finance',
] as const;
const ROLE_WORDS = [
  'Officer',
  'Senior Officer',
  'Team Leader',
  'Manager',
  'Assistant',
  'Surveyor',
  'Inspector',
  'Coordinator',
  'Adviser',
  'Technician',
  'Caretaker',
  'Administrator',
] as const;

export function generatePeople(ctx: GenerateCtx, rng: Prng): Staff {
  const { sizes, write } = ctx;
  const founded = addDays(ctx.today, -3650);
  const teamIds: number[] = [];
  const teamNames: string[] = [];
  for (let t = 0; t < sizes.teams; t++) {
    const name = t < TEAM_WORDS.length ? TEAM_WORDS[t]! : `${TEAM_WORDS[t % TEAM_WORDS.length]} ${Math.floor(t / TEAM_WORDS.length) + 1}`;
    teamNames.push(name);
    teamIds.push(write.create('teams', timeOf(ctx, rng, founded), { name }, { entity: 'team', label: name }));
  }
  const roleIds: number[] = [];
  const roleNames: string[] = [];
  for (let r = 0; r < sizes.jobRoles; r++) {
    const name = `${TEAM_WORDS[r % TEAM_WORDS.length]} ${ROLE_WORDS[Math.floor(r / TEAM_WORDS.length) % ROLE_WORDS.length]}`;
    const unique = roleNames.includes(name) ? `${name} ${r}` : name;
    roleNames.push(unique);
    roleIds.push(write.create('job_roles', timeOf(ctx, rng, founded), { name: unique }, { entity: 'job_role', label: unique }));
  }
  const personIds: number[] = [];
  const names = new Map<number, string>();
  const people: Staff['people'] = [];
  const managers = new Map<number, number>();
  for (let p = 0; p < sizes.people; p++) {
    const team = p % teamIds.length;
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
    const start = addDays(ctx.today, -rng.int(0, 3650));
    const left = p >= teamIds.length && rng.chance(0.08);
    const leave = left ? addDays(start, rng.int(180, 3650)) : null;
    const leaveDate = leave && leave < ctx.today ? leave : null;
    // a role in its own team's line of work, mostly
    const role = rng.chance(0.8) ? roleIds[(team + teamIds.length * rng.int(0, 2)) % roleIds.length]! : rng.pick(roleIds);
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${p + 1}@example-housing.gov.uk`;
    const row = {
      name,
      job_title: roleNames[roleIds.indexOf(role)]!,
      team_id: teamIds[team]!,
      email,
      active: leaveDate ? 0 : 1,
      start_date: start,
      leave_date: leaveDate,
      line_manager_id: managers.get(team) ?? null,
      job_role_id: role,
    };
    const id = ctx.write.create('people', timeOf(ctx, rng, start), row, { entity: 'person', label: name });
    if (!managers.has(team)) managers.set(team, id);
    personIds.push(id);
    names.set(id, name);
    people.push({ id, name, teamId: row.team_id, roleId: role, start, leave: leaveDate });
  }
  return {
    teamIds,
    teamNames: new Map(teamIds.map((id, i) => [id, teamNames[i]!])),
    roleIds,
    roleNames: new Map(roleIds.map((id, i) => [id, roleNames[i]!])),
    personIds,
    names,
    people,
  };
}
