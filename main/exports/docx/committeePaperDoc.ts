import { Document } from 'docx';
import type { PolicyRow, RecommendationRow } from '../../../shared/contract';
import { IMPLICATION_KEYS, type ImplicationKey } from '../../../shared/contract/papers';
import { ragChartOption, ragChartText } from '../../../shared/charts/actionPlanCharts';
import { RAG_LABELS, REC_STATUS_LABELS } from '../../../shared/domain/actionPlan';
import { POLICY_STAGE_LABELS, REVIEW_STATE_LABELS, type PolicyStage } from '../../../shared/domain/policies';
import { formatDateLong } from '../../../shared/domain/dates';
import { plural } from '../../../shared/domain/plural';
import { renderChartPng } from '../charts';
import type { ActionPlanSection, PaperModel, PolicySection } from '../paperModel';
import { bullets, dataTable, heading, para, picture, resetDrawingIds, richPara, userText, type Block } from './blocks';
import { ReportNumbering } from './numbering';
import { complianceAppendix, compliancePart } from './complianceSection';
import { progressSentence } from './publicSections';
import { policyScheduleTable } from './policyScheduleDoc';
import { documentNumbering, documentStyles } from './styles';

// A committee paper in the usual UK local-government form, one mapper per part.

const IMPLICATION_LABELS: Record<ImplicationKey, string> = {
  strategic: 'Strategic implications',
  financial: 'Financial implications',
  resource: 'Resource implications',
  legal: 'Legal implications',
  risk: 'Risk implications',
  equalities: 'Equalities implications',
  climate: 'Climate implications',
  security: 'Security implications',
};

const d = (x: string | null) => (x ? formatDateLong(x) : '–');

export function frontSheet(m: PaperModel): Block[] {
  const p = m.paper;
  const author = [p.authorName, p.authorTitle, p.authorEmail].filter(Boolean).join(', ');
  return [
    heading(p.title, 'title'),
    dataTable(
      ['Item', 'Details'],
      [
        ['Committee(s)', p.committeeName],
        ['Dated', formatDateLong(p.meetingDate)],
        ['Subject', p.title],
        [
          'Public / Non-public',
          p.isPublic
            ? 'Public'
            : `Non-public: this report contains exempt information under paragraph ${p.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972.`,
        ],
        ['Report of', p.reportOf || '–'],
        ['Report author', author || '–'],
        ['Wards affected', p.wards || 'All'],
        ['Key decision', p.keyDecision ? 'Yes' : 'No'],
        ['For Decision / For Information', p.purpose === 'decision' ? 'For Decision' : 'For Information'],
      ],
      [32, 68],
    ),
  ];
}

export function recommendationsSection(m: PaperModel): Block[] {
  const lines = m.paper.narrative.recommendations
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•·▪◦–—]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
  return [heading('Recommendations', 1), para('Members are asked to:'), ...(lines.length ? bullets(lines) : bullets(['note the report.']))];
}

const recTable = (rows: RecommendationRow[]) =>
  dataTable(
    ['Ref', 'Recommendation', 'Owner', 'Original target', 'Revised target', 'Status', 'RAG'],
    rows.map((r) => [r.ref, r.title, r.ownerName ?? '–', d(r.originalTargetDate), d(r.revisedTargetDate), REC_STATUS_LABELS[r.status], RAG_LABELS[r.rag]]),
    [7, 27, 15, 13, 13, 12, 13],
  );

export function actionPlanPart(n: ReportNumbering, a: ActionPlanSection, m: PaperModel): Block[] {
  const since = m.lastMeetingDate ? `since the last meeting on ${formatDateLong(m.lastMeetingDate)}` : 'to date';
  return [
    heading(`${a.programmeName}: progress`, 3),
    n.para(`${progressSentence(a.counts)} By RAG status: ${ragChartText(a.byRag)}.`),
    picture(renderChartPng(ragChartOption(a.byRag), 600, 220), 560, 205, {
      title: 'Recommendations by RAG status',
      description: `Bar chart of the ${plural(a.counts.total, 'recommendation')} by RAG status. ${ragChartText(a.byRag)}.`,
    }),
    n.para(
      a.attention.length
        ? `${a.attention.length} recommendation${a.attention.length === 1 ? ' is' : 's are'} overdue or rated red. They are listed below with their owners and their original and revised target dates.`
        : 'No recommendation is overdue or rated red.',
    ),
    ...(a.attention.length ? [recTable(a.attention)] : []),
    n.para(
      a.completedSince.length
        ? `${a.completedSince.length} recommendation${a.completedSince.length === 1 ? ' was' : 's were'} completed ${since}: ${a.completedSince.map((r) => `${r.ref} (${r.title}, ${d(r.completionDate)})`).join('; ')}.`
        : `No recommendation was completed ${since}.`,
    ),
  ];
}

export function policyPart(n: ReportNumbering, p: PolicySection, m: PaperModel): Block[] {
  const since = m.lastMeetingDate ? `since the last meeting on ${formatDateLong(m.lastMeetingDate)}` : 'to date';
  const list = (rows: PolicyRow[]) =>
    rows.map((x) => `${x.title} (${x.nextReviewDate ? `review ${d(x.nextReviewDate)}` : POLICY_STAGE_LABELS[x.stage]})`).join('; ');
  return [
    heading('Policy schedule', 3),
    n.para(
      p.forApproval.length
        ? `${p.forApproval.length} polic${p.forApproval.length === 1 ? 'y comes' : 'ies come'} to this meeting for approval: ${p.forApproval
            .map((x) => `${x.title} (${POLICY_STAGE_LABELS[x.stage as PolicyStage]})`)
            .join('; ')}.`
        : 'No policy comes to this meeting for approval.',
    ),
    n.para(
      p.approvedSince.length
        ? `Approved ${since}: ${p.approvedSince.map((x) => `${x.title}, version ${x.policyVersion || '–'} (${d(x.approvalDate)})`).join('; ')}.`
        : `No policy was approved ${since}.`,
    ),
    n.para(p.dueSoon.length ? `Due for review in the next six months: ${list(p.dueSoon)}.` : 'No policy falls due for review in the next six months.'),
    n.para(p.overdue.length ? `Overdue for review: ${list(p.overdue)}.` : 'No policy is overdue for review.'),
    ...(p.dueSoon.length + p.overdue.length ? [policyScheduleTable([...p.overdue, ...p.dueSoon])] : []),
  ];
}

export function mainReport(m: PaperModel): Block[] {
  const n = new ReportNumbering();
  const s = m.paper.narrative;
  const out: Block[] = [heading('Main report', 1)];
  // Numbering runs in reading order: a part's heading is numbered before its paragraphs.
  const section = (title: string, text: string, extra?: (n: ReportNumbering) => Block[]) => {
    if (!text.trim() && !extra) return;
    out.push(n.heading(title), ...n.text(text), ...(extra ? extra(n) : []));
  };
  section('Background', s.background);
  const hasData =
    Boolean(m.actionPlan && m.paper.sections.actionPlanProgrammeId) ||
    Boolean(m.policies && m.paper.sections.policySchedule) ||
    Boolean(m.compliance && m.paper.sections.compliance);
  section(
    'Current position',
    s.currentPosition,
    hasData
      ? (num) => [
          ...(m.actionPlan && m.paper.sections.actionPlanProgrammeId ? actionPlanPart(num, m.actionPlan, m) : []),
          ...(m.policies && m.paper.sections.policySchedule ? policyPart(num, m.policies, m) : []),
          ...(m.compliance && m.paper.sections.compliance ? compliancePart(num, m.compliance, m.asAt, m.paper.sections.appendixCompliance) : []),
        ]
      : undefined,
  );
  section('Options', s.options);
  section('Proposals', s.proposals);
  section('Consultation', s.consultation);
  section('Next steps', s.nextSteps);
  if (out.length === 1) out.push(para('There is no further detail to report.'));
  return out;
}

export function implicationsSection(m: PaperModel): Block[] {
  return [
    heading('Corporate and strategic implications', 1),
    ...IMPLICATION_KEYS.flatMap((k) => {
      const text = m.paper.narrative.implications[k].trim();
      return [
        richPara([
          [`${IMPLICATION_LABELS[k]}: `, true],
          [text ? '' : 'None.', false],
        ]),
        ...(text ? userText(text) : []),
      ];
    }),
  ];
}

export function appendicesSection(m: PaperModel): Block[] {
  const out: Block[] = [];
  let n = 0;
  if (m.paper.sections.appendixActionPlan && m.actionPlan) {
    n++;
    out.push(heading(`Appendix ${n}: ${m.actionPlan.programmeName} action plan`, 2), recTable(m.actionPlan.all));
  }
  if (m.paper.sections.appendixPolicySchedule && m.policies) {
    n++;
    out.push(
      heading(`Appendix ${n}: policy schedule`, 2),
      dataTable(
        ['Policy', 'Stage', 'Version', 'Approved', 'Next review', 'Review'],
        m.policies.all.map((p) => [
          p.title,
          POLICY_STAGE_LABELS[p.stage],
          p.policyVersion || '–',
          d(p.approvalDate),
          d(p.nextReviewDate),
          REVIEW_STATE_LABELS[p.reviewState],
        ]),
        [26, 18, 10, 15, 15, 16],
      ),
    );
  }
  if (m.paper.sections.appendixCompliance && m.compliance) {
    n++;
    out.push(heading(`Appendix ${n}: building safety compliance`, 2), ...complianceAppendix(m.compliance));
  }
  return [heading('Appendices', 1), ...(out.length ? out : [para('None.')])];
}

export function contactSection(m: PaperModel): Block[] {
  const p = m.paper;
  const lines = [p.authorName, p.authorTitle, p.authorEmail && `E-mail: ${p.authorEmail}`].filter(Boolean) as string[];
  return [
    heading('Background papers', 1),
    ...(p.narrative.backgroundPapers.trim() ? userText(p.narrative.backgroundPapers) : [para('None.')]),
    heading('Contact', 1),
    ...(lines.length ? lines.map((l) => para(l)) : [para(m.org.name || '–')]),
  ];
}

export function buildCommitteePaperDocument(m: PaperModel): Document {
  resetDrawingIds();
  const body: Block[] = [
    heading('Summary', 1),
    ...userText(m.paper.narrative.summary),
    ...recommendationsSection(m),
    ...mainReport(m),
    ...implicationsSection(m),
    ...(m.paper.narrative.conclusion.trim() ? [heading('Conclusion', 1), ...userText(m.paper.narrative.conclusion)] : []),
    ...appendicesSection(m),
    ...contactSection(m),
  ];
  // A long paper opens with a list of its parts.
  const parts = [
    'Summary',
    'Recommendations',
    'Main report',
    'Corporate and strategic implications',
    ...(m.paper.narrative.conclusion.trim() ? ['Conclusion'] : []),
    'Appendices',
    'Background papers',
    'Contact',
  ];
  const long = body.length > 40 || m.paper.sections.appendixActionPlan || m.paper.sections.appendixPolicySchedule || m.paper.sections.appendixCompliance;
  return new Document({
    title: m.paper.title,
    subject: `${m.paper.committeeName}, ${formatDateLong(m.paper.meetingDate)}`,
    creator: m.paper.authorName || m.org.name || 'Housing Desk',
    description: `Committee paper for ${m.paper.committeeName}, ${formatDateLong(m.paper.meetingDate)}`,
    styles: documentStyles,
    numbering: documentNumbering,
    sections: [{ children: [...frontSheet(m), ...(long ? [heading('Contents', 1), ...bullets(parts)] : []), ...body] }],
  });
}
