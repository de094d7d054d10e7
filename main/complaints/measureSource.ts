import { financialYearOf } from '../../shared/domain/complaints';
import { formatMonth } from '../../shared/domain/dates';
import { firstDay, lastDay } from '../../shared/domain/months';
import type { MeasureSource } from '../measures/sources';
import { complaintFiguresBetween, socialHomesFor } from './figuresRepo';

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * CH01 and CH02 for one month, for the measures register, by the regulator's rules (the TSM
 * tenures): CH01 the stages received in the month per 1,000 social homes (the months add up to the
 * year's rate), CH02 the share of the stages responded to in the month that were on time.
 */
export const complaintsSource: MeasureSource = {
  async month(db, month) {
    const f = (await complaintFiguresBetween(db, firstDay(month), lastDay(month))).tsm;
    const { homes } = await socialHomesFor(db, financialYearOf(firstDay(month)));
    const out: Awaited<ReturnType<MeasureSource['month']>> = {};
    const words = formatMonth(month);
    for (const [n, stage] of [
      [1, f.stage1],
      [2, f.stage2],
    ] as const) {
      if (homes)
        out[`CH01-S${n}`] = {
          value: Math.round((stage.received * 10_000) / homes) / 10,
          numerator: stage.received,
          denominator: homes,
          note: `Worked out from the complaints log: ${count(stage.received)} stage ${n} complaints received in ${words} (tenants and shared owners), per 1,000 of ${count(homes)} social homes.`,
        };
      if (stage.responded > 0)
        out[`CH02-S${n}`] = {
          value: stage.percentOnTime!,
          numerator: stage.onTime,
          denominator: stage.responded,
          note: `Worked out from the complaints log: ${count(stage.onTime)} of ${count(stage.responded)} stage ${n} responses in ${words} within the Complaint Handling Code's timescales (tenants and shared owners).`,
        };
    }
    return out;
  },
};
