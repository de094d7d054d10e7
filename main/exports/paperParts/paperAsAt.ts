import type { CommitteePaper } from '../../../shared/contract';
import type { IsoDate } from '../../../shared/domain/dates';
import { dataAsAtProblem, paperDataAsAt } from '../../../shared/domain/paperDataAsAt';
import { partInAppendix, partInReport, type PaperPartKey } from '../../../shared/domain/paperParts';
import { AppError } from '../../core/errors';
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

/** Whether the paper carries a part, in its report or as an appendix. */
export const carries = (paper: CommitteePaper, key: PaperPartKey) => partInReport(paper.sections, key) || partInAppendix(paper.sections, key);

/** The paper's data-as-at date; a date the author set that the meeting's move has made later than the meeting is refused, not moved. */
export function asAtOf(paper: CommitteePaper, today: IsoDate): IsoDate {
  const problem = paper.dataAsAt && dataAsAtProblem(paper.dataAsAt, paper.meetingDate, today);
  if (problem) throw new AppError('validation', problem, 'dataAsAt');
  return paperDataAsAt(paper.dataAsAt, paper.meetingDate, today);
}
