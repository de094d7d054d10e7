import { formatDateLong, type IsoDate } from './dates';

// Figures as at a date after today are a projection: certificates already recorded count while they
// are still in date on that day, and checks not yet done count as missing.

export const isProjected = (asAt: IsoDate, today: IsoDate): boolean => asAt > today;

/** "Projected as at 31 Mar 2027 (a future date: certificates not yet done count as missing)." */
export const projectedNote = (asAt: IsoDate): string => `Projected as at ${formatDateLong(asAt)} (a future date: certificates not yet done count as missing).`;
