import { sql } from 'kysely';
import { CHECK_TYPES, remedialDueDate, type CheckType, type RemedialPriority } from '../../shared/domain/compliance';
import { addDays } from '../../shared/domain/dates';
import { writeAudit } from '../core/audit';
import type { Ctx, Db } from '../core/context';

// The demo's findings: who chases each check, electrical reports with C1/C2 codes, and the remedial
// work that checks found (some done, some overdue, one with no owner), relative to the load day.

const OWNERS: Record<CheckType, string> = {
  GAS: 'Helen Marsh',
  EICR: 'Tomasz Nowak',
  FRA: 'Ian Cartwright',
  WATER: 'Helen Marsh',
  LIFT: 'Tomasz Nowak',
  ASBESTOS: 'Ian Cartwright',
};

interface Finding {
  checkType: CheckType;
  block: string;
  lift?: number;
  description: string;
  priority: RemedialPriority;
  owner: string | null;
  /** days after it fell due that it was done; null: still open */
  doneAfterDue: number | null;
}

const FINDINGS: Finding[] = [
  {
    checkType: 'FRA',
    block: 'Cedar Tower',
    description: 'Replace the self-closers on the flat entrance doors, floors 1 to 7',
    priority: '3_months',
    owner: 'Ian Cartwright',
    doneAfterDue: null,
  },
  {
    checkType: 'FRA',
    block: 'Cedar Tower',
    description: 'Clear stored items from the ground-floor bin store escape route',
    priority: '24h',
    owner: 'Chloe Whitfield',
    doneAfterDue: 0,
  },
  {
    checkType: 'FRA',
    block: 'Fenwick Tower',
    description: 'Fire-stop the service riser penetrations on floors 3 to 9',
    priority: '28_days',
    owner: null,
    doneAfterDue: null,
  },
  {
    checkType: 'FRA',
    block: 'Ash House',
    description: 'Replace the damaged fire door to the fourth-floor lobby',
    priority: '28_days',
    owner: 'Ian Cartwright',
    doneAfterDue: 12,
  },
  {
    checkType: 'WATER',
    block: 'Cedar Tower',
    description: 'Descale and disinfect the calorifier; raise the stored water temperature to 60°C',
    priority: '28_days',
    owner: 'Helen Marsh',
    doneAfterDue: null,
  },
  {
    checkType: 'LIFT',
    block: 'Fenwick Tower',
    lift: 2,
    description: 'Replace the worn suspension ropes',
    priority: '3_months',
    owner: 'Tomasz Nowak',
    doneAfterDue: null,
  },
  {
    checkType: 'ASBESTOS',
    block: 'Delph House',
    description: 'Encapsulate the damaged textured coating in the stairwell ceiling',
    priority: 'advisory',
    owner: 'Ian Cartwright',
    doneAfterDue: null,
  },
];

export async function loadRemedialDemo(db: Db, ctx: Pick<Ctx, 'actor' | 'now' | 'today'>): Promise<number> {
  const { now, today } = ctx;
  const people = new Map((await db.selectFrom('people').select(['id', 'name']).execute()).map((p) => [p.name, p.id]));
  for (const checkType of CHECK_TYPES) {
    const personId = people.get(OWNERS[checkType]);
    if (personId) await db.insertInto('check_owners').values({ check_type: checkType, person_id: personId, updated_at: now }).execute();
  }

  let made = 0;
  const remedial = async (cert: { id: number; date_done: string; check_type: string }, f: Omit<Finding, 'checkType' | 'block' | 'lift'>) => {
    const due = remedialDueDate(f.priority, cert.date_done);
    const completed = f.doneAfterDue === null ? null : addDays(due, f.doneAfterDue);
    const row = await db
      .insertInto('remedial_actions')
      .values({
        certificate_id: cert.id,
        description: f.description,
        priority: f.priority,
        due_date: due,
        completed_date: completed && completed <= today ? completed : null,
        owner_id: f.owner ? (people.get(f.owner) ?? null) : null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, {
      entity: 'remedial',
      entityId: row.id,
      action: 'create',
      label: `${cert.check_type}: ${row.description}`,
      after: row,
      parent: { entity: 'certificate', id: cert.id },
    });
    made++;
  };

  // Each finding hangs off the latest check of its kind on its block (or lift).
  for (const f of FINDINGS) {
    const cert = await db
      .selectFrom('certificates')
      .innerJoin('blocks', 'blocks.id', 'certificates.block_id')
      .leftJoin('lifts', 'lifts.id', 'certificates.lift_id')
      .select(['certificates.id', 'certificates.date_done', 'certificates.check_type'])
      .where('certificates.check_type', '=', f.checkType)
      .where('blocks.name', '=', f.block)
      .where('certificates.dwelling_id', 'is', null)
      .$if(f.lift !== undefined, (q) => q.where('lifts.number', '=', f.lift!))
      .orderBy('certificates.date_done', 'desc')
      .executeTakeFirst();
    if (cert) await remedial(cert, f);
  }

  // Electrical reports: every ninth home's latest report found C2 defects (most put right, some
  // still open), and one found a C1 danger that was made safe the same day.
  const eicrs = await sql<{ id: number; date_done: string; check_type: string; n: number }>`
    select c.id, c.date_done, c.check_type, row_number() over (order by c.dwelling_id) as n
    from certificates c
    where c.check_type = 'EICR' and c.dwelling_id is not null
      and c.date_done = (select max(c2.date_done) from certificates c2 where c2.check_type = 'EICR' and c2.dwelling_id = c.dwelling_id)`.execute(db);
  for (const cert of eicrs.rows) {
    const n = Number(cert.n);
    if (n % 9 !== 0) continue;
    const c1 = n === 27;
    const codes = c1 ? 'C1, C2, C3' : 'C2, C3';
    await db.updateTable('certificates').set({ outcome: 'unsatisfactory', eicr_codes: codes, updated_at: now }).where('id', '=', cert.id).execute();
    if (c1)
      await remedial(cert, { description: 'Make safe: C1 danger present (electrical report)', priority: 'immediate', owner: 'Tomasz Nowak', doneAfterDue: 0 });
    const open = n % 4 === 0 && addDays(cert.date_done, 28) < today;
    await remedial(cert, {
      description: 'Put right the C2 potentially dangerous defects (electrical report)',
      priority: '28_days',
      owner: 'Tomasz Nowak',
      doneAfterDue: open ? null : 10,
    });
  }
  return made;
}
