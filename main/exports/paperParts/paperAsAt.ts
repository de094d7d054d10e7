import type { CommitteePaper } from '../../../shared/contract';
import type { IsoDate } from '../../../shared/domain/dates';

/** What each part of a paper is read against. */
export interface PaperAsAt {
  paper: CommitteePaper;
  /** the paper's data-as-at date */
  asAt: IsoDate;
  /** the date of the committee's previous meeting that was held, or the start of time */
  since: IsoDate;
}
