import type { Document } from 'docx';
import { IMPLICATION_KEYS, type ImplicationKey } from '../../../shared/contract/papers';
import { formatDateLong } from '../../../shared/domain/dates';
import { PAPER_PART_KEYS, partInAppendix, partInReport, type PaperPartKey } from '../../../shared/domain/paperParts';
import type { PaperModel, PaperPartsRead } from '../paperModel';
import { paperParts, type PaperAppendix, type PaperPart, type PaperPartModels } from '../paperParts/registry';
import { bullets, dataTable, heading, para, richPara, userText, type Block } from './blocks';
import { buildDocument, contentsList } from './frame';
import { ReportNumbering } from './numbering';

// A committee paper in the usual UK local-government form; the data parts are drawn by their own
// mappers, listed in paperParts/registry.ts.

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

export function frontSheet(m: PaperModel): Block[] {
  const p = m.paper;
  const author = [p.authorName, p.authorTitle, p.authorEmail].filter(Boolean).join(', ');
  return [
    heading(p.title, 'title'),
    ...dataTable({
      caption: 'About this report',
      headers: ['Item', 'Details'],
      rows: [
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
      widths: [32, 68],
    }),
  ];
}

export function recommendationsSection(m: PaperModel): Block[] {
  const lines = m.paper.narrative.recommendations
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•·▪◦–—]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
  return [heading('Recommendations', 1), para('Members are asked to:'), ...(lines.length ? bullets(lines) : bullets(['note the report.']))];
}

function drawPart<K extends PaperPartKey>(key: K, n: ReportNumbering, m: PaperModel): Block[] {
  const part: PaperPart<PaperPartModels[K]> = paperParts[key];
  const model: PaperPartModels[K] | null = (m as PaperPartsRead)[key];
  return model ? part.section(n, model, m) : [];
}

function drawAppendix<K extends PaperPartKey>(key: K, m: PaperModel): { title: string; blocks: Block[] } | null {
  const appendix: PaperAppendix<PaperPartModels[K]> | undefined = paperParts[key].appendix;
  const model: PaperPartModels[K] | null = (m as PaperPartsRead)[key];
  return model && appendix ? { title: appendix.title(model), blocks: appendix.blocks(model) } : null;
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
  const reported = PAPER_PART_KEYS.filter((key) => m[key] && partInReport(m.paper.sections, key));
  section('Current position', s.currentPosition, reported.length ? (num) => reported.flatMap((key) => drawPart(key, num, m)) : undefined);
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
  for (const key of PAPER_PART_KEYS) {
    if (!partInAppendix(m.paper.sections, key)) continue;
    const drawn = drawAppendix(key, m);
    if (drawn) out.push(heading(`Appendix ${++n}: ${drawn.title}`, 2), ...drawn.blocks);
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
  const meta = {
    title: m.paper.title,
    date: m.paper.meetingDate,
    subject: `${m.paper.committeeName}, ${formatDateLong(m.paper.meetingDate)}`,
    creator: m.paper.authorName || m.org.name || 'Housing Desk',
    description: `Committee paper for ${m.paper.committeeName}, ${formatDateLong(m.paper.meetingDate)}`,
  };
  return buildDocument(meta, () => paperBlocks(m));
}

function paperBlocks(m: PaperModel): Block[] {
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
  return [...frontSheet(m), contentsList(), ...body];
}
