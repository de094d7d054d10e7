import type { Document } from 'docx';
import { IMPLICATION_KEYS, type ImplicationKey } from '../../../shared/contract/papers';
import { formatDateLong } from '../../../shared/domain/dates';
import { PAPER_PART_KEYS, partInAppendix, partInReport, type PaperPartKey } from '../../../shared/domain/paperParts';
import type { PaperModel, PaperPartsRead } from '../paperModel';
import { paperParts, type PaperAppendix, type PaperPart, type PaperPartModels } from '../paperParts/registry';
import { bullets, heading, para, type Block } from './blocks';
import { dataTable } from './dataTable';
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
        ['Data as at', formatDateLong(m.asAt)],
      ],
      widths: [32, 68],
    }),
  ];
}

export function recommendationsSection(m: PaperModel, n: ReportNumbering): Block[] {
  const lines = m.paper.narrative.recommendations
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•·▪◦–—]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
  return [n.heading('Recommendations'), n.para('Members are asked to:', { keepNext: true }), ...bullets(lines.length ? lines : ['note the report.'])];
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

/** The author's sections in their order; the data parts follow the text of the section that holds them. */
export function mainReport(m: PaperModel, n: ReportNumbering): Block[] {
  const out: Block[] = [];
  const reported = PAPER_PART_KEYS.filter((key) => m[key] && partInReport(m.paper.sections, key));
  let sections = m.paper.narrative.sections;
  // data chosen in a paper without a section to hold it get one, under the usual title
  if (reported.length && !sections.some((s) => s.holdsData)) sections = [...sections, { title: 'Current position', text: '', holdsData: true }];
  for (const s of sections) {
    const data = s.holdsData && reported.length;
    if (!s.text.trim() && !data) continue;
    // numbering runs in reading order: a part's heading is numbered before its paragraphs
    out.push(n.heading(s.title), ...n.text(s.text), ...(data ? reported.flatMap((key) => drawPart(key, n, m)) : []));
  }
  return out;
}

export function implicationsSection(m: PaperModel, n: ReportNumbering): Block[] {
  return IMPLICATION_KEYS.flatMap((k) => {
    const text = m.paper.narrative.implications[k];
    return [n.heading(IMPLICATION_LABELS[k]), ...(text.trim() ? n.text(text) : [n.para('None.')])];
  });
}

export function appendicesSection(m: PaperModel, n: ReportNumbering): Block[] {
  const out: Block[] = [];
  let count = 0;
  for (const key of PAPER_PART_KEYS) {
    if (!partInAppendix(m.paper.sections, key)) continue;
    const drawn = drawAppendix(key, m);
    if (drawn) out.push(heading(`Appendix ${++count}: ${drawn.title}`, 2), ...drawn.blocks);
  }
  // the author's own appendices are numbered on from the data appendices
  for (const a of m.paper.narrative.appendices) {
    out.push(heading(`Appendix ${++count}: ${a.title}`, 2), ...n.text(a.text, { numbered: false }));
  }
  return [heading('Appendices', 1), ...(out.length ? out : [para('None.')])];
}

export function contactSection(m: PaperModel, n: ReportNumbering): Block[] {
  const p = m.paper;
  const lines = [p.authorName, p.authorTitle, p.authorEmail && `E-mail: ${p.authorEmail}`].filter(Boolean) as string[];
  return [
    heading('Background papers', 1),
    ...(p.narrative.backgroundPapers.trim() ? n.text(p.narrative.backgroundPapers, { numbered: false, eachLine: true }) : [para('None.')]),
    heading('Contact', 1),
    ...(lines.length ? lines.map((l) => para(l)) : [para(m.org.name || '–')]),
  ];
}

export function buildCommitteePaperDocument(m: PaperModel): Promise<Document> {
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
  const n = new ReportNumbering();
  const conclusion = m.paper.narrative.conclusion;
  const body: Block[] = [
    n.heading('Summary'),
    ...n.text(m.paper.narrative.summary),
    ...recommendationsSection(m, n),
    ...mainReport(m, n),
    ...implicationsSection(m, n),
    ...(conclusion.trim() ? [n.heading('Conclusion'), ...n.text(conclusion)] : []),
    ...appendicesSection(m, n),
    ...contactSection(m, n),
  ];
  return [...frontSheet(m), contentsList(), ...body];
}
