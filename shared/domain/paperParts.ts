// The data sections a committee paper can carry from the registers, in the order the paper and its
// editor show them. A part is added here (its key, the fields of the paper's sections that pick it,
// the editor's words) and in main/exports/paperParts/registry.ts (how it is read and drawn); the
// contract's sections schema and the paper editor are built from this list.

/** How the editor picks a part: one programme (the field holds its id, or null), or yes or no. */
type PaperPartChoice =
  { choose: 'programme'; /** the field's name in messages ("Action plan is missing or not a number.") */ name: string } | { choose: 'yes/no' };

export type PaperPartInfo = PaperPartChoice & {
  /** the field of the paper's sections that puts the part in the current position */
  field: string;
  /** the editor's words for it */
  label: string;
  /** the field that adds the part's appendix, and the editor's words for it */
  appendix?: { field: string; label: string };
};

export const PAPER_PARTS = {
  actionPlan: {
    field: 'actionPlanProgrammeId',
    choose: 'programme',
    name: 'Action plan',
    label: 'Action plan progress',
    appendix: { field: 'appendixActionPlan', label: 'Appendix: the full action plan' },
  },
  policies: {
    field: 'policySchedule',
    choose: 'yes/no',
    label: 'Policy schedule: for approval at this meeting, approved since the last meeting, due for review, overdue',
    appendix: { field: 'appendixPolicySchedule', label: 'Appendix: the full policy schedule' },
  },
  compliance: {
    field: 'compliance',
    choose: 'yes/no',
    label: 'Building safety compliance: position against the target, BS01-BS05, overdue remedial actions',
    appendix: { field: 'appendixCompliance', label: 'Appendix: compliance by check, with the oldest overdue remedial actions' },
  },
  training: {
    field: 'training',
    choose: 'yes/no',
    label: 'Staff training: mandatory training against the target, by course and team, new starters past their deadline, policy refreshers',
    appendix: { field: 'appendixTraining', label: 'Appendix: training by team and course, and everyone with training expired or missing' },
  },
  performance: {
    field: 'performance',
    choose: 'yes/no',
    label: 'Performance against target: every measure’s previous year, this year to date, target and status, with a sentence for each off target',
    appendix: { field: 'appendixPerformance', label: 'Appendix: each measure’s figures month by month' },
  },
  complaints: {
    field: 'complaints',
    choose: 'yes/no',
    label:
      'Complaints performance: the last financial year ended by the data-as-at date, against the year before (stage 1 and 2 responses on time, late responses, outcomes, Ombudsman determinations)',
    appendix: { field: 'appendixComplaints', label: 'Appendix: the late complaint responses of the year reported' },
  },
} as const satisfies Record<string, PaperPartInfo>;

export type PaperPartKey = keyof typeof PAPER_PARTS;
export const PAPER_PART_KEYS = Object.keys(PAPER_PARTS) as PaperPartKey[];

/** A paper's sections as stored: each part's field, and each appendix's. */
type SectionValues = Readonly<Record<string, number | boolean | null>>;

/** Whether the paper's current position reports the part (a programme chosen, or the box ticked). */
export function partInReport(sections: SectionValues, key: PaperPartKey): boolean {
  return Boolean(sections[PAPER_PARTS[key].field]);
}

/** Whether the paper asks for the part's appendix. */
export function partInAppendix(sections: SectionValues, key: PaperPartKey): boolean {
  const appendix: PaperPartInfo['appendix'] = PAPER_PARTS[key].appendix;
  return appendix !== undefined && sections[appendix.field] === true;
}
