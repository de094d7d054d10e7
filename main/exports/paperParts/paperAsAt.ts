import type { CommitteePaper } from '../../../shared/contract';
import type { IsoDate } from '../../../shared/domain/dates';
import type { ComplianceFromHost } from './compliance';

/** What each part of a paper is read against. */
export interface PaperAsAt {
  paper: CommitteePaper;
  /** the paper's data-as-at date */
  asAt: IsoDate;
  /** the date of the committee's previous meeting that was held, or the start of time */
  since: IsoDate;
  /** what the host read for the paper (`keepPaperFigures`), which its parts then do not read */
  fromHost?: PaperFromHost;
}

/** The figures the host reads for a paper before its export's process starts, given to that process. */
export interface PaperFromHost {
  compliance?: ComplianceFromHost;
}
