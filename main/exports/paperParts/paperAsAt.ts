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
  /** what the host reads for the paper (`keepPaperFigures`), once it has, which its parts then do not read */
  fromHost?: Promise<PaperFromHost | undefined>;
}

/** The figures the host reads for a paper while its export's process starts and reads the rest, given to that process. */
export interface PaperFromHost {
  compliance?: ComplianceFromHost;
}
