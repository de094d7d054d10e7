import { formatDateLong, type IsoDate } from './dates';

// The date a committee paper's figures are taken at. Figures are never projected forward: a paper
// for a meeting three weeks away would otherwise report checks as overdue that are in date today.
// So the default is the day of export for a meeting still to come, and the meeting date for one
// held or past. The author may set an earlier date (the day the figures were signed off), never a
// date after today (that would be a projection) nor after the meeting (Members would be shown
// figures they did not have).

/** What an author's data-as-at date breaks, in the editor's words, or null when it is allowed. */
export function dataAsAtProblem(chosen: IsoDate, meetingDate: IsoDate, today: IsoDate): string | null {
  if (chosen > today) return `Data as at cannot be after today (${formatDateLong(today)}): a paper reports figures as they are, not as projected.`;
  if (chosen > meetingDate) return `Data as at cannot be after the meeting on ${formatDateLong(meetingDate)}.`;
  return null;
}

/** The date the paper's figures are taken at: the author's, else the earlier of the meeting date and today. */
export function paperDataAsAt(chosen: IsoDate | null, meetingDate: IsoDate, today: IsoDate): IsoDate {
  if (chosen) return chosen;
  return meetingDate < today ? meetingDate : today;
}
