import { certificateOutcome, codeRemedials, intervalCode } from '../../shared/domain/certificateRules';
import { CHECK_TYPES, deriveExpiry, remedialDueDate, type CheckType, type FireRiskTier, type RemedialPriority } from '../../shared/domain/compliance';
import { addDays, addMonths, formatDateLong, type IsoDate } from '../../shared/domain/dates';
import { timeOf, type GenerateCtx, type Staff } from './context';
import type { Prng } from './prng';
import type { GeneratedStock } from './stock';

// Five years of the Big Six checks for every home, block and lift, each expiry worked out by the
// app's rule (deriveExpiry: the interval on from the check, or a gas check done early keeping its
// anniversary), each check done around its due date: mostly in the two months before it, some
// earlier, some a little late, some gas checks when a home is re-let. A few chains stop (the check
// is overdue now), some of those after a visit that could not get in; electrical codes raise their
// remedial work as the app does (codeRemedials), gas failures and fire risk assessments raise some
// by hand. Most remedial work is done, some late, some still open.

interface Subject {
  type: CheckType;
  dwellingId: number | null;
  blockId: number | null;
  liftId: number | null;
  tier: FireRiskTier | null;
}

/** The share of each check's chains that stop before today: overdue now. */
const STALLED: Record<CheckType, number> = { GAS: 0.008, EICR: 0.03, FRA: 0.015, WATER: 0.02, LIFT: 0.01, ASBESTOS: 0.015 };
/** When the next check is done, against the last one's expiry: in the two months before it, around it, earlier, or late. Homes' checks need the resident in, so run late more often than the communal ones. */
const TIMING = {
  home: [
    ['window', 60],
    ['around', 22],
    ['early', 9],
    ['late', 9],
  ],
  communal: [
    ['window', 70],
    ['around', 20],
    ['early', 8],
    ['late', 2],
  ],
} as const;
const CONTRACTORS: Record<CheckType, readonly string[]> = {
  GAS: ['Warmhome Heating', 'Northgate Gas Services', 'Safeheat Ltd'],
  EICR: ['Brightline Electrical', 'Volt Compliance'],
  FRA: ['Firecheck Consultants', 'Bailey Fire Safety'],
  WATER: ['Aqua Risk Ltd', 'Clearflow Water Hygiene'],
  LIFT: ['Liftsafe Inspections', 'Engineering Insurance Co'],
  ASBESTOS: ['Fibresafe Surveys', 'Asbestos Assessments UK'],
};
const EICR_CODES: readonly (readonly [string, number])[] = [
  ['', 68],
  ['C3', 17],
  ['C2, C3', 9],
  ['C2', 3],
  ['FI', 2],
  ['C1, C2', 1],
];
const FRA_ACTIONS: readonly (readonly [string, RemedialPriority])[] = [
  ['Replace damaged fire door closer', '28_days'],
  ['Clear stored items from the escape route', '24h'],
  ['Fire-stop service penetrations in the riser', '3_months'],
  ['Replace missing fire signage', '3_months'],
  ['Review the evacuation strategy notice', 'advisory'],
];

export interface CertificateCounts {
  certificates: number;
  visits: number;
  remedials: number;
}

export function generateCertificates(ctx: GenerateCtx, rng: Prng, stock: GeneratedStock, staff: Staff): CertificateCounts {
  const { sqlite, write, today } = ctx;
  const months = new Map(
    (sqlite.prepare('select code, months from check_intervals').all() as { code: string; months: number }[]).map((r) => [r.code, r.months]),
  );
  const completeRemedial = sqlite.prepare('update remedial_actions set completed_date = ?, updated_at = ? where id = ?');
  const counts: CertificateCounts = { certificates: 0, visits: 0, remedials: 0 };
  let serial = 0;

  const remedial = (
    certId: number,
    done: IsoDate,
    type: CheckType,
    r: { description: string; priority: RemedialPriority; dueDate: IsoDate; label: string },
  ) => {
    const at = timeOf(ctx, rng, done, 10);
    const owner = rng.chance(0.6) ? rng.pick(staff.personIds) : null;
    const row = { certificate_id: certId, description: r.description, priority: r.priority, due_date: r.dueDate, completed_date: null, owner_id: owner };
    const id = write.create('remedial_actions', at, row, { entity: 'remedial', label: r.label, parent: { entity: 'certificate', id: certId } });
    counts.remedials++;
    const overdueShare = r.dueDate < today ? 0.06 : 0.6;
    if (rng.chance(overdueShare)) return;
    const late = rng.chance(0.12) ? rng.int(1, 40) : -rng.int(0, 20);
    let completed = addDays(r.dueDate, late);
    if (completed < done) completed = done;
    if (completed > today) return;
    const doneAt = timeOf(ctx, rng, completed);
    completeRemedial.run(completed, doneAt, id);
    write.audit(doneAt, {
      entity: 'remedial',
      entityId: id,
      action: 'update',
      label: `${type}: ${r.description}`,
      before: { completed_date: null },
      after: { completed_date: completed },
      parent: { entity: 'certificate', id: certId },
    });
  };

  const visit = (s: Subject, date: IsoDate) => {
    const row = {
      check_type: s.type,
      dwelling_id: s.dwellingId,
      block_id: s.dwellingId ? null : s.blockId,
      visit_date: date,
      notes: rng.pick(['No answer; card left', 'Resident refused entry', 'Appointment missed by resident', 'Access to plant room locked']),
    };
    const parent = s.dwellingId ? { entity: 'dwelling' as const, id: s.dwellingId } : { entity: 'block' as const, id: s.blockId! };
    write.create('no_access_visits', timeOf(ctx, rng, date, 3), row, { entity: 'no_access', label: `${s.type} no access ${formatDateLong(date)}`, parent });
    counts.visits++;
  };

  const certificate = (s: Subject, done: IsoDate, expiry: IsoDate) => {
    const codes = s.type === 'EICR' ? rng.weighted(EICR_CODES) : '';
    const checked = certificateOutcome(
      s.type,
      s.type === 'EICR' ? null : rng.chance(0.03) ? 'unsatisfactory' : rng.chance(0.1) ? 'advisory' : 'satisfactory',
      codes,
    );
    if ('message' in checked) throw new Error(checked.message);
    const reference = `${s.type}-${done.slice(0, 4)}-${String(++serial).padStart(7, '0')}`;
    const row = {
      check_type: s.type,
      dwelling_id: s.dwellingId,
      block_id: s.dwellingId ? null : s.blockId,
      lift_id: s.liftId,
      date_done: done,
      expiry_date: expiry,
      expiry_given: 0,
      outcome: checked.outcome,
      eicr_codes: checked.codes,
      contractor: rng.pick(CONTRACTORS[s.type]),
      reference,
      evidence_path: '',
    };
    const id = write.create('certificates', timeOf(ctx, rng, done, 14), row, { entity: 'certificate', label: `${s.type} ${reference}` });
    counts.certificates++;
    for (const r of codeRemedials(checked.codes, done)) remedial(id, done, s.type, r);
    if (s.type === 'GAS' && checked.outcome === 'unsatisfactory') {
      const priority = rng.pick(['immediate', '24h', '28_days'] as const);
      remedial(id, done, s.type, {
        description: 'Repair or replace the unsafe appliance',
        priority,
        dueDate: remedialDueDate(priority, done),
        label: 'GAS: Repair or replace the unsafe appliance',
      });
    }
    if (s.type === 'FRA')
      for (let n = rng.int(0, 3); n > 0; n--) {
        const [description, priority] = rng.pick(FRA_ACTIONS);
        remedial(id, done, s.type, { description, priority, dueDate: remedialDueDate(priority, done), label: `FRA: ${description}` });
      }
  };

  const chain = (s: Subject) => {
    const interval = months.get(intervalCode(s.type, s.tier))!;
    // six years back, and the check before them, so a position as at any day of the last five years has its history
    let done = addDays(addMonths(today, -72 - interval), rng.int(0, interval * 30));
    const checks: { done: IsoDate; expiry: IsoDate }[] = [];
    let previous: IsoDate | null = null;
    while (done <= today) {
      const expiry = deriveExpiry(s.type, done, interval, previous);
      checks.push({ done, expiry });
      previous = expiry;
      // a gas check when the home is re-let, between its anniversaries
      if (s.type === 'GAS' && rng.chance(0.05)) done = addDays(done, rng.int(60, 250));
      else {
        const when = rng.weighted(TIMING[s.dwellingId ? 'home' : 'communal']);
        const offset = when === 'window' ? -rng.int(1, 55) : when === 'around' ? rng.int(-5, 14) : when === 'early' ? -rng.int(65, 120) : rng.int(15, 60);
        done = addDays(expiry, offset);
      }
    }
    // a chain that stopped: its last check was never done, so the one before has run out
    if (checks.length > 1 && rng.chance(STALLED[s.type])) {
      checks.pop();
      const runOut = checks[checks.length - 1]!.expiry;
      if (runOut <= today && (s.type === 'GAS' || rng.chance(0.3)))
        for (let n = rng.int(1, 3), d = addDays(runOut, -rng.int(10, 40)); n > 0 && d <= today; n--, d = addDays(d, rng.int(14, 30))) visit(s, d);
    }
    for (const c of checks) {
      // a visit that could not get in, before the check that did
      if ((s.type === 'GAS' || s.type === 'EICR') && rng.chance(0.03)) visit(s, addDays(c.done, -rng.int(3, 20)));
      certificate(s, c.done, c.expiry);
    }
  };

  for (const h of stock.homes) {
    if (h.hasGas) chain({ type: 'GAS', dwellingId: h.id, blockId: null, liftId: null, tier: null });
    chain({ type: 'EICR', dwellingId: h.id, blockId: null, liftId: null, tier: null });
  }
  for (const b of stock.blocks) {
    const on = (type: CheckType, liftId: number | null = null) =>
      chain({ type, dwellingId: null, blockId: b.id, liftId, tier: type === 'FRA' ? b.tier : null });
    on('FRA');
    if (b.water) on('WATER');
    if (b.asbestos) on('ASBESTOS');
    if (b.electrics) on('EICR');
    for (const l of b.liftIds) on('LIFT', l);
  }

  const setOwner = sqlite.prepare('insert into check_owners (check_type, person_id, updated_at) values (?, ?, ?)');
  for (const type of CHECK_TYPES) {
    const person = rng.pick(staff.personIds);
    setOwner.run(type, person, ctx.now);
    write.audit(ctx.now, {
      entity: 'check_owner',
      entityId: 0,
      action: 'update',
      label: `Owner of ${type} checks`,
      before: { person_id: null },
      after: { person_id: person },
    });
  }
  return counts;
}
