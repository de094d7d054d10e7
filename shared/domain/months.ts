import { addMonths, isIsoDate, type IsoDate } from './dates';

export type Month = string; // YYYY-MM

export const monthOf = (date: IsoDate): Month => date.slice(0, 7);
export const firstDay = (month: Month): IsoDate => `${month}-01`;
export const nextMonth = (month: Month): Month => addMonths(firstDay(month), 1).slice(0, 7);
export const lastDay = (month: Month): IsoDate => {
  const d = new Date(`${nextMonth(month)}-01T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
};
export const inMonth = (date: IsoDate, month: Month) => isIsoDate(date) && monthOf(date) === month;

/** The same day of the month in another month, kept within that month's length. */
export function sameDayIn(date: IsoDate, month: Month): IsoDate {
  const day = Math.min(Number(date.slice(8, 10)), Number(lastDay(month).slice(8, 10)));
  return `${month}-${String(day).padStart(2, '0')}`;
}
