import type { CommitteePaper } from '../../../shared/contract';
import type { IsoDate } from '../../../shared/domain/dates';
import { dataAsAtProblem, paperDataAsAt } from '../../../shared/domain/paperDataAsAt';
import { partInAppendix, partInReport, type PaperPartKey } from '../../../shared/domain/paperParts';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/context';
import { dataVersion } from '../../compliance/versionCache';
import type { ComplianceFromHost } from './compliance';
import type { TrainingFromHost } from './training';

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
  training?: TrainingFromHost;
}

/** What the host read for a part, with the date it was read for and the version of the data it was read at. */
export interface HostRead<T> {
  asAt: IsoDate;
  version: string;
  value: T;
}

/**
 * What the host read for a part, if it was read for the paper's date and at the state of the data
 * the paper's read began in; else undefined, and the part is read again (a clock that moved on
 * between the host and the process, or a write since): the paper's figures are all of one state.
 */
export async function currentFromHost<T extends { asAt: IsoDate; version: string }>(db: ReadDb, offered: T | undefined, asAt: IsoDate): Promise<T | undefined> {
  return offered?.asAt === asAt && offered.version === (await dataVersion(db)) ? offered : undefined;
}

/** `read` on the host, with the version of the data it was read at; undefined if something was written meanwhile. */
export async function readOnHost<T>(db: ReadDb, asAt: IsoDate, read: () => Promise<T>): Promise<HostRead<T> | undefined> {
  const version = await dataVersion(db);
  const value = await read();
  return (await dataVersion(db)) === version ? { asAt, version, value } : undefined;
}

/** Whether the paper carries a part, in its report or as an appendix. */
export const carries = (paper: CommitteePaper, key: PaperPartKey) => partInReport(paper.sections, key) || partInAppendix(paper.sections, key);

/** The paper's data-as-at date; a date the author set that the meeting's move has made later than the meeting is refused, not moved. */
export function asAtOf(paper: CommitteePaper, today: IsoDate): IsoDate {
  const problem = paper.dataAsAt && dataAsAtProblem(paper.dataAsAt, paper.meetingDate, today);
  if (problem) throw new AppError('validation', problem, 'dataAsAt');
  return paperDataAsAt(paper.dataAsAt, paper.meetingDate, today);
}
