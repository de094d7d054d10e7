import { addWorkingDays, financialYearOf, NO_EXTRA_DAYS, type ComplaintOutcome, type ComplaintTenure } from '../../shared/domain/complaints';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import { clockColumns } from '../complaints/clocks';
import { timeOf, type GenerateCtx } from './context';
import { SERVICE_AREAS } from './names';
import type { Prng } from './prng';

// Five years of the complaints log: stage 1 cases through the year, most acknowledged and answered
// within the Complaint Handling Code's clocks (worked out by the app's rule), some late, some
// extended, some still open; about one in seven escalated to stage 2.

export function generateComplaints(ctx: GenerateCtx, rng: Prng): { stages: number } {
  const { write, today, sizes } = ctx;
  let stages = 0;
  const total = sizes.complaintsPerYear * 5;
  const addStage = (reference: string, stage: 1 | 2, received: IsoDate, tenure: ComplaintTenure, area: string): IsoDate | null => {
    const acknowledged = addWorkingDays(received, rng.int(1, rng.chance(0.9) ? 5 : 9), NO_EXTRA_DAYS);
    const extension = rng.chance(0.1) ? rng.int(1, stage === 1 ? 10 : 20) : 0;
    const limit = stage === 1 ? 10 : 20;
    const respondedOn = addWorkingDays(
      acknowledged,
      rng.chance(0.85) ? rng.int(2, limit + extension) : rng.int(limit + extension + 1, limit * 2 + extension),
      NO_EXTRA_DAYS,
    );
    const ack = acknowledged <= today ? acknowledged : null;
    const responded = respondedOn <= today ? respondedOn : null;
    const dates = { stage, received, acknowledged: ack, extensionDays: extension, responded };
    const outcome: ComplaintOutcome | null = responded
      ? rng.weighted([
          ['upheld', 35],
          ['partly_upheld', 25],
          ['not_upheld', 40],
        ] as const)
      : null;
    const row = {
      reference,
      stage,
      received,
      acknowledged: ack,
      extension_days: extension,
      responded,
      tenure,
      service_area: area,
      outcome,
      compensation_pence: outcome && outcome !== 'not_upheld' && rng.chance(0.4) ? rng.int(20, 500) * 100 : null,
      ...clockColumns(dates, NO_EXTRA_DAYS),
    };
    write.create('complaint_stages', timeOf(ctx, rng, received, 3), row, { entity: 'complaint_stage', label: `${reference} stage ${stage}` });
    stages++;
    return responded;
  };
  for (let n = 0; n < total; n++) {
    const received = addDays(today, -rng.int(0, 5 * 365));
    const reference = `CMP-${received.slice(0, 4)}-${String(n + 1).padStart(6, '0')}`;
    const tenure = rng.weighted<ComplaintTenure>([
      ['tenant', 82],
      ['leaseholder', 10],
      ['shared_ownership', 4],
      ['other', 4],
    ]);
    const area = rng.pick(SERVICE_AREAS);
    const responded = addStage(reference, 1, received, tenure, area);
    if (responded && rng.chance(0.15)) {
      const escalated = addDays(responded, rng.int(3, 40));
      if (escalated <= today) addStage(reference, 2, escalated, tenure, area);
    }
  }
  // the social homes each year's CH01 is counted per 1,000 of
  const social = ctx.sqlite.prepare("select count(*) from dwellings where tenure in ('tenant', 'shared_ownership')").pluck().get() as number;
  for (let k = 4; k >= 0; k--) {
    const year = financialYearOf(addDays(today, -365 * k));
    const row = { year, social_homes: Math.max(1, social - k * Math.round(social * 0.004)) };
    write.create('complaint_year_homes', timeOf(ctx, rng, addDays(today, -365 * k)), row, { entity: 'complaint_year_homes', label: `Social homes in ${year}` });
  }
  return { stages };
}
