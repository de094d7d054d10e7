import { type PAPER_PARTS, type PaperPartKey } from '../../../shared/domain/paperParts';
import type { Db } from '../../core/context';
import type { Block } from '../docx/blocks';
import type { ReportNumbering } from '../docx/numbering';
import { actionPlanAppendix, actionPlanPart } from '../docx/actionPlanSection';
import { complianceAppendix, compliancePart } from '../docx/complianceSection';
import { policyAppendix, policyPart } from '../docx/policySection';
import { trainingAppendix, trainingPart } from '../docx/trainingSection';
import { performanceAppendix, performancePart } from '../docx/performanceSection';
import { complaintsAppendix, complaintsPart } from '../docx/complaintsSection';
import type { PaperModel } from '../paperModel';
import { loadActionPlan, type ActionPlanSection } from './actionPlan';
import { loadCompliance, type ComplianceSection } from './compliance';
import type { PaperAsAt } from './paperAsAt';
import { loadPolicies, type PolicySection } from './policies';
import { loadTraining, type TrainingSection } from './training';
import { loadPerformance, type PerformanceSection } from './performance';
import { loadComplaints, type ComplaintsSection } from './complaints';

// How each data part of a committee paper (shared/domain/paperParts.ts) is read and drawn. The
// mapped type makes a part without its model, loader, section or appendix a compile error.

/** What each part reads from the registers. */
export interface PaperPartModels {
  actionPlan: ActionPlanSection;
  policies: PolicySection;
  compliance: ComplianceSection;
  training: TrainingSection;
  performance: PerformanceSection;
  complaints: ComplaintsSection;
}

export interface PaperPart<M> {
  /** reads the part as at the paper's data-as-at date; called when the paper reports the part or its appendix (null: nothing to report) */
  load(db: Db, at: PaperAsAt): Promise<M | null>;
  /** its load waits for the figures the host works out for the paper (PaperAsAt.fromHost): read after the parts that do not */
  waitsForHost?: true;
  /** the part's paragraphs in the current position, numbered by n */
  section(n: ReportNumbering, model: M, paper: PaperModel): Block[];
}

export interface PaperAppendix<M> {
  /** after "Appendix 2: " */
  title(model: M): string;
  blocks(model: M): Block[];
}

/** A part with an appendix field in PAPER_PARTS must say how to draw its appendix; one without cannot. */
type AppendixOf<K extends PaperPartKey> = (typeof PAPER_PARTS)[K] extends { appendix: object }
  ? { appendix: PaperAppendix<PaperPartModels[K]> }
  : { appendix?: never };

export type PaperPartRegistry = { [K in PaperPartKey]: PaperPart<PaperPartModels[K]> & AppendixOf<K> };

export const paperParts: PaperPartRegistry = {
  actionPlan: {
    load: loadActionPlan,
    section: (n, a, m) => actionPlanPart(n, a, m.asAt, m.lastMeetingDate),
    appendix: { title: (a) => `${a.programmeName} action plan`, blocks: actionPlanAppendix },
  },
  policies: {
    load: loadPolicies,
    section: (n, p, m) => policyPart(n, p, m.asAt, m.lastMeetingDate),
    appendix: { title: () => 'policy schedule', blocks: policyAppendix },
  },
  compliance: {
    load: loadCompliance,
    waitsForHost: true,
    section: (n, c, m) => compliancePart(n, c, m.asAt, m.paper.sections.appendixCompliance),
    appendix: { title: () => 'building safety compliance', blocks: complianceAppendix },
  },
  training: {
    load: loadTraining,
    waitsForHost: true,
    section: (n, t, m) => trainingPart(n, t, m.paper.sections.appendixTraining),
    appendix: { title: () => 'staff training', blocks: trainingAppendix },
  },
  performance: {
    load: loadPerformance,
    section: (n, p, m) => performancePart(n, p, m.paper.sections.appendixPerformance),
    appendix: { title: () => 'performance against target', blocks: performanceAppendix },
  },
  complaints: {
    load: loadComplaints,
    section: (n, c, m) => complaintsPart(n, c, m.paper.sections.appendixComplaints),
    appendix: { title: (c) => `late complaint responses, ${c.year}`, blocks: complaintsAppendix },
  },
};
