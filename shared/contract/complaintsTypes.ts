import type { ComplaintCaseClock, ComplaintStatus } from '../domain/complaintCase';
import type { ComplaintOutcome, ComplaintStage, ComplaintTenure } from '../domain/complaints';

export type { ComplaintCaseClock, ComplaintStatus };

export interface ComplaintRow {
  id: number;
  reference: string;
  stage: ComplaintStage;
  received: string;
  acknowledged: string | null;
  acknowledgementDue: string;
  extensionDays: number;
  responseDue: string;
  responded: string | null;
  /** working days after the due day, to the response or (while open) to today */
  daysLate: number;
  onTime: boolean | null;
  status: ComplaintStatus;
  tenure: ComplaintTenure;
  serviceArea: string;
  outcome: ComplaintOutcome | null;
  compensationPence: number | null;
}

/** One complaint stage for its panel: the row, its clock step by step, and the other stage of the same reference. */
export interface ComplaintCase extends ComplaintRow {
  clock: ComplaintCaseClock;
  otherStages: { id: number; stage: ComplaintStage; received: string; status: ComplaintStatus }[];
}

export interface ComplaintsPage {
  rows: ComplaintRow[];
  total: number;
  /** open cases already late, and due within five working days, whatever the filter */
  openLate: number;
  dueSoon: number;
}

export interface StageFigures {
  received: number;
  responded: number;
  onTime: number;
  /** to one decimal place; null when nothing was responded to */
  percentOnTime: number | null;
}

/** CH01 (received) and CH02 (responded, on time) for a financial year, for all tenures and the TSM tenures. */
export interface ComplaintFigures {
  year: string;
  all: { stage1: StageFigures; stage2: StageFigures };
  tsm: { stage1: StageFigures; stage2: StageFigures };
}

export interface ComplaintYearFigures extends ComplaintFigures {
  /** the social homes for CH01 per 1,000: the figure given for the year, else the social homes in the stock register */
  socialHomes: number | null;
  socialHomesGiven: boolean;
  /** CH01: TSM stages received per 1,000 social homes, to one decimal place; null without a number of homes */
  receivedPerThousand: { stage1: number | null; stage2: number | null };
}

export interface NonWorkingDay {
  id: number;
  date: string;
  name: string;
}

export interface NonWorkingDaysResult {
  days: NonWorkingDay[];
  /** complaint stages whose due dates changed */
  recomputed: number;
}
