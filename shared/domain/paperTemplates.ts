import { PAPER_PARTS, type PaperPartKey } from './paperParts';

/** The parts picked by a tick box, which a template can tick. */
type YesNoPart = { [K in PaperPartKey]: (typeof PAPER_PARTS)[K] extends { choose: 'yes/no' } ? K : never }[PaperPartKey];

// The papers a clerk can start from: the main report's sections (with guidance a clerk replaces)
// and the data parts ticked. A new template is one entry in this list; the editor offers each by
// name and `papers.create` takes its key.

export interface PaperTemplate {
  /** what `papers.create` takes as `template` */
  key: string;
  /** the editor's words for it */
  name: string;
  /** the main report's sections; the one that holds the data from the registers is marked */
  sections: readonly { title: string; text: string; holdsData: boolean }[];
  /** the data parts the paper starts with (yes/no parts) */
  parts: readonly YesNoPart[];
}

const guidance = (what: string) => `[Replace this guidance: ${what}]`;

export const PAPER_TEMPLATES = [
  {
    key: 'annualComplaints',
    name: 'Annual complaints performance report',
    sections: [
      {
        title: 'Executive summary',
        holdsData: false,
        text: guidance(
          'in three or four paragraphs, the year’s complaints received at stage 1 and stage 2 against the year before, the share answered on time for all tenures and for tenants (the tenant satisfaction measures), the Ombudsman’s determinations and maladministration rate, and the main learning.',
        ),
      },
      {
        title: 'Background',
        holdsData: false,
        text: guidance(
          'why the report comes to Members (the Complaint Handling Code’s annual report and self-assessment), the complaints process and its timescales, and what changed in the service during the year.',
        ),
      },
      {
        title: 'Performance overview',
        holdsData: true,
        text: guidance(
          'what the figures below show: the volumes against the year before, the escalation rate, the service areas complained about most, and the outcomes. The tables and chart that follow are filled from the complaints log and the measures register.',
        ),
      },
      {
        title: 'Stage 1 and stage 2 timeliness',
        holdsData: false,
        text: guidance('why responses were late, how late they were, and what is being done to answer on time at each stage.'),
      },
      {
        title: 'Ombudsman determinations',
        holdsData: false,
        text: guidance(
          'the Housing Ombudsman’s determinations in the year, the findings of maladministration and their themes, any complaint handling failure orders, and the compensation ordered or paid.',
        ),
      },
      {
        title: 'Learning and improvements',
        holdsData: false,
        text: guidance('what complaints taught the service during the year and the changes made in response, theme by theme.'),
      },
      {
        title: 'Priorities for the coming year',
        holdsData: false,
        text: guidance('the improvements planned for the coming year in response to complaints, resident feedback and the Ombudsman’s findings.'),
      },
    ],
    // not the performance part: it reports the year in progress, this report the year ended
    parts: ['complaints'],
  },
] as const satisfies readonly PaperTemplate[];

export type PaperTemplateKey = (typeof PAPER_TEMPLATES)[number]['key'];
export const PAPER_TEMPLATE_KEYS = PAPER_TEMPLATES.map((t) => t.key) as [PaperTemplateKey, ...PaperTemplateKey[]];

export function paperTemplate(key: PaperTemplateKey): PaperTemplate {
  return PAPER_TEMPLATES.find((t) => t.key === key)!;
}

/** A new paper's report sections and data parts from its template: fresh copies of the sections, each part's field ticked. */
export function fromTemplate(key: PaperTemplateKey): { sections: { title: string; text: string; holdsData: boolean }[]; parts: Record<string, true> } {
  const t = paperTemplate(key);
  return { sections: t.sections.map((s) => ({ ...s })), parts: Object.fromEntries(t.parts.map((p) => [PAPER_PARTS[p].field, true as const])) };
}
