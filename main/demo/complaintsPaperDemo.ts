import type { ComplaintFigures, PaperNarrative } from '../../shared/contract';
import { IMPLICATION_KEYS } from '../../shared/contract/papers';
import { reportedComplaintsYear } from '../../shared/domain/complaintsReport';
import { formatMeasureValue, previousYear } from '../../shared/domain/measures';
import { fromTemplate } from '../../shared/domain/paperTemplates';
import type { Db } from '../core/context';
import { complaintFigures } from '../complaints/figuresRepo';
import { buildScorecard } from '../measures/scorecard';
import { paperHandlers } from '../papers/paperHandlers';
import { callInLoad, type LoadCtx } from './callInLoad';

// The annual complaints performance report on the next meeting's agenda, in draft, started from
// the template and written in the manner of seed 003. The executive summary quotes the year's
// figures as the loader finds them; the tables and the chart come from the complaints part.

const count = (n: number) => n.toLocaleString('en-GB');
const pct = (p: number | null) => (p === null ? 'none' : `${Math.round(p)}%`);

interface Found {
  year: string;
  last: string;
  now: ComplaintFigures;
  before: ComplaintFigures;
  determinations: string;
  maladministration: string;
}

function summary(f: Found): string {
  const s1 = f.now.all.stage1;
  const s2 = f.now.all.stage2;
  const escalation = s1.received ? Math.round((s2.received * 100) / s1.received) : 0;
  return [
    `This report presents the housing service’s complaints performance for ${f.year}, compared with ${f.last}, as the Housing Ombudsman’s Complaint Handling Code asks every landlord to do each year. It sets out the volumes received, how quickly we answered at each stage, the outcomes, the Housing Ombudsman’s determinations and what we have learned.`,
    `We received ${count(s1.received)} stage 1 complaints in ${f.year}, against ${count(f.before.all.stage1.received)} in ${f.last}, and ${count(s2.received)} complaints were escalated to stage 2, an escalation rate of about ${escalation}%.`,
    `${pct(s1.percentOnTime)} of stage 1 complaints were answered on time (${pct(f.before.all.stage1.percentOnTime)} in ${f.last}). For tenants and shared owners, the tenures the tenant satisfaction measures count, the figure was ${pct(f.now.tsm.stage1.percentOnTime)}. At stage 2, ${pct(s2.percentOnTime)} were answered on time, ${pct(f.now.tsm.stage2.percentOnTime)} for tenants and shared owners. This is better than last year but still well below the Code’s expectation that every complaint is answered on time.`,
    `The Housing Ombudsman determined ${f.determinations} of our cases in the year, with a maladministration rate of ${f.maladministration}.`,
  ].join('\n\n');
}

const SECTION_TEXT: Record<string, (f: Found) => string> = {
  'Executive summary': () =>
    'The service has improved the timeliness of its responses at both stages this year, after a daily oversight meeting was introduced and the backlog of overdue complaints was cleared. The main themes of complaints remain repairs, in particular leaks and damp, and communication about outstanding work.',
  Background: (f) =>
    [
      'Since 1 April 2024 the Housing Ombudsman’s Complaint Handling Code has been statutory. It sets a two-stage process: a complaint is acknowledged within five working days, answered within ten working days at stage 1 and twenty at stage 2, and an extension is agreed with the resident where more time is needed.',
      `Landlords must publish an annual complaints performance and service improvement report, with their self-assessment against the Code, and report it to their governing body. This report does that for ${f.year}.`,
      'Performance in previous years was inconsistent, and residents told us in the tenant satisfaction survey that complaints were not handled well. A daily, director-led oversight meeting now checks that every complaint is allocated and answered within its timescale.',
    ].join('\n\n'),
  'Performance overview': (f) =>
    [
      `The tables and chart below are counted from the complaints log exported from the customer relationship management system, for complaints received and answered in ${f.year}, with ${f.last} for comparison. Each stage is counted once; a complaint that reached stage 2 appears at both stages.`,
      'About half of complaints were about repairs, a quarter about neighbourhood services, and most of the rest about mechanical and engineering services such as heating and lifts. Complex complaints, which cut across services, are the hardest to answer on time.',
    ].join('\n\n'),
  'Stage 1 and stage 2 timeliness': () =>
    [
      'Responses were late mostly because complaints were not allocated to an investigating manager quickly enough, and because complex complaints needed information from several teams. Most late responses were sent within a week of their due date, but a number were much later; the appendix lists them.',
      'Each service now reviews its open complaints weekly, and complaints due within five working days are escalated to the head of service. Investigating managers have had training on agreeing an extension with the resident, and on recording it, when more time is genuinely needed.',
    ].join('\n\n'),
  'Ombudsman determinations': () =>
    [
      'Most of the determinations in the year related to complaints first made two or more years ago, about repairs, damp and mould, and the handling of anti-social behaviour reports.',
      'Where the Ombudsman found maladministration, we have complied with every order, paid the compensation ordered and reviewed the case with the service concerned. No complaint handling failure order was issued in the year.',
    ].join('\n\n'),
  'Learning and improvements': () =>
    [
      'We have learned from complaints in four areas:',
      '- Supporting vulnerable residents: every complaint now records the resident’s support needs, and contractors are told of the adjustments a household needs.',
      '- Repairs: a twelve-week monitoring period for every damp and mould case, and text messages to confirm appointments and track progress.',
      '- Complaint handling: services are accountable for stage 1 responses, stage 2 reviews are made by a senior officer independent of the service, and all investigating managers have been trained on the Code.',
      '- Record keeping: complaints are now logged and tracked in the customer relationship management system, so that the figures in this report come from one place.',
    ].join('\n'),
  'Priorities for the coming year': () =>
    [
      'In the coming year we will:',
      '- answer every stage 1 complaint within the Code’s timescales, reporting progress to this Sub-Committee each quarter;',
      '- address the root causes of repeat complaints about leaks, damp and mould through the repairs improvement programme;',
      '- hold a task and finish group with residents on how complaints are handled;',
      '- develop an aftercare approach, so that residents are kept informed of outstanding actions without having to complain again.',
    ].join('\n'),
};

function narrative(f: Found): PaperNarrative {
  const { sections } = fromTemplate('annualComplaints');
  return {
    summary: summary(f),
    recommendations: [
      `note the complaints performance for ${f.year} set out in this report;`,
      'note the learning from complaints and the priorities for the coming year;',
      'agree that this report and the self-assessment against the Complaint Handling Code are published on the council website.',
    ].join('\n'),
    sections: sections.map((s) => ({ ...s, text: SECTION_TEXT[s.title]?.(f) ?? s.text })),
    conclusion:
      'Complaint handling has improved this year but remains below the standard residents should expect. Members are asked to note the report and the priorities for the coming year.',
    backgroundPapers: [
      'Housing Ombudsman, Complaint Handling Code (2024).',
      'Self-assessment against the Complaint Handling Code (published on the council website).',
    ].join('\n'),
    appendices: [],
    implications: {
      ...(Object.fromEntries(IMPLICATION_KEYS.map((k) => [k, ''])) as PaperNarrative['implications']),
      financial:
        'Compensation awarded within the complaints procedure, and awards ordered or recommended by the Housing Ombudsman, are paid from the Housing Revenue Account, which has budget provision for them.',
      legal:
        'From 1 April 2024 the Housing Ombudsman’s Complaint Handling Code is a statutory requirement for social landlords. The Social Housing (Regulation) Act 2023 requires the Ombudsman to monitor landlords’ compliance with the Code.',
    },
  };
}

/** The annual complaints report, for the next meeting, created from its template as the paper editor creates one. Returns how many papers it wrote. */
export async function loadComplaintsPaperDemo(db: Db, ctx: LoadCtx): Promise<number> {
  const next = await db.selectFrom('meetings').select('id').where('status', '=', 'scheduled').orderBy('meeting_date').executeTakeFirst();
  if (!next) throw new Error('The demo complaints report needs the demo meetings loaded first.');
  const year = reportedComplaintsYear(ctx.today);
  const card = await buildScorecard(db, year, undefined, ctx.today);
  const measure = (code: string) => {
    const r = card.rows.find((x) => x.code === code);
    return r?.thisYear == null ? 'not recorded' : formatMeasureValue(r.thisYear, r.unit);
  };
  const found: Found = {
    year,
    last: previousYear(year),
    now: await complaintFigures(db, year),
    before: await complaintFigures(db, previousYear(year)),
    determinations: measure('HOS-DET'),
    maladministration: measure('HOS-MAL'),
  };
  await callInLoad(db, ctx, paperHandlers['papers.create'], 'papers.create', {
    meetingId: next.id,
    template: 'annualComplaints',
    title: `Annual complaints performance report ${year}`,
    reportOf: 'Head of Housing Management',
    authorName: 'Priya Chaudhry',
    authorTitle: 'Complaints and Service Improvement Manager',
    authorEmail: 'priya.chaudhry@example-council.gov.uk',
    purpose: 'information',
    narrative: narrative(found),
    sections: { complaints: true, appendixComplaints: true },
  });
  return 1;
}
