import { formatDateLong, formatMonth, localToday, type IsoDate } from './dates';
import { firstDay, monthOf, type Month } from './months';

export interface PublishState {
  month: Month;
  today: IsoDate;
  status: 'empty' | 'draft' | 'published';
  /** when it was published (an audit-style UTC time), if it was */
  publishedAt: string | null;
  itemCount: number;
}

export interface PublishRefusal {
  code: 'conflict' | 'validation';
  field?: 'month';
  message: string;
}

/**
 * Why a month's update cannot be published yet, or null when it can. The publish handler refuses
 * with this and the "Publish this month" button shows it, so both say the same thing.
 */
export function whyNotPublishable(s: PublishState): PublishRefusal | null {
  const name = formatMonth(s.month);
  if (s.status === 'published') {
    const on = s.publishedAt ? ` on ${formatDateLong(localToday(new Date(s.publishedAt)))}` : '';
    return { code: 'conflict', message: `The update for ${name} was already published${on}.` };
  }
  if (s.month > monthOf(s.today)) {
    return {
      code: 'validation',
      field: 'month',
      message: `${name} has not started yet: you can publish its update once the month has begun (${formatDateLong(firstDay(s.month))}).`,
    };
  }
  if (s.itemCount === 0) {
    return { code: 'validation', field: 'month', message: `The update for ${name} has no bullets yet: add at least one bullet before publishing.` };
  }
  return null;
}
