import { formatDateLong, type IsoDate } from '../../shared/domain/dates';
import type { PaperNarrative } from '../../shared/contract';
import type { Db } from '../core/context';
import { paperHandlers } from '../papers/paperHandlers';
import { callInLoad, type LoadCtx } from './callInLoad';

// The progress report on the next meeting's agenda, in draft, as the project manager would write
// it for Members (in the manner of a council's committee reports: plain statements, figures left
// to the data sections the paper draws from the registers). Every data section is ticked.

interface PaperDates {
  /** the meeting that approved the compliance policies */
  may: IsoDate;
  /** the meeting that extended Tenancy Management and deferred the EDI policy */
  june: IsoDate;
  postponed: IsoDate;
  next: IsoDate;
}

const background = (m: PaperDates) =>
  [
    'Just over a year ago, an independent consultant reviewed our customer service and repairs functions. Residents, staff and Members took part in workshops, and the review made 24 recommendations for improvement.',
    'The recommendations are being taken forward as the Resident Focus Project. Each has an owner, a lead team and a target date, and progress is published for residents every month on the council website and in the @Home newsletter.',
    `Members last received a progress report at the meeting of ${formatDateLong(m.june)}. At that meeting Members agreed to extend the Tenancy Management policy and asked for more detail in the Equality, Diversity and Inclusion policy before approving it.`,
  ].join('\n\n');

const currentPosition = [
  'The figures and tables below are taken from the action plan, the policy schedule and the compliance register, as at the date shown on the front sheet of this report.',
  'Of the recommendations past their target date, two are held up by things outside the project. Giving each enquiry a named owner (R6) needs a change to the housing system that is waiting in the IT queue. Explaining the structure to staff and residents (R15) waits until two interim head of service posts are filled permanently.',
  "The tenants' and leaseholders' handbooks (R19) slipped when the design agency went into administration; a new designer has been appointed and first proofs are due shortly. Post-inspections (R22) depend on recruiting two repairs inspectors, and an agency inspector is checking communal jobs in the meantime. Complex and communal repairs (R23) will be taken forward by the new Head of Repairs and Maintenance, who will bring a proposal to the next project board.",
].join('\n\n');

const learning = [
  'Complaints about repairs fell over the year, for each of the four reasons residents give most often.',
  '',
  'Stage 1 complaints about repairs, by reason:',
  'Reason\tLast year\tThis year',
  'Missed appointment\t212\t164',
  'Repair not done right first time\t187\t151',
  'Waiting too long for a repair\t240\t198',
  'Poor communication\t96\t71',
  '',
  'Three changes made in response are set out in the action plan: appointments confirmed by text the day before (R12), a named officer for each complex repair (R23), and post-inspection of one job in ten (R22).',
].join('\n');

const options = [
  'Members could ask for the recommendations that are past their target date to be reported separately at each meeting until they are back on track. Officers do not recommend this: the progress report already lists each one with its revised target date, and a separate report would add work without adding information.',
  'Members could ask for revised target dates to be brought to this Sub-Committee for agreement. This is recommended where a target moves by more than three months.',
].join('\n\n');

const proposals = [
  'Officers propose to keep reporting progress to each meeting of this Sub-Committee, with the full action plan as an appendix, until every recommendation is complete.',
  'Officers also propose to bring the Equality, Diversity and Inclusion policy back to the next meeting, redrafted with the equalities officer as Members asked.',
].join('\n\n');

const consultation = [
  'The HUB, our resident consultation group, has reviewed the Compensation, Damp & Mould and Fire Safety policies and the updated Repairs & Maintenance policy. The changes made in response to their comments are recorded in the policy schedule.',
  'Staff have been consulted on each policy before it went to residents. The unions were consulted on the single point of contact for housing and repairs, and that consultation was extended by six weeks at their request.',
].join('\n\n');

const nextSteps = [
  'Over the next three months the project will evaluate the telephony bids for the single point of contact, finish rewriting the 40 most-used letters and emails, and publish the first "You said, we did" summary of learning from complaints.',
  'Progress will continue to be published for residents every month, and reported to the project board each month and to this Sub-Committee at each meeting.',
].join('\n\n');

const glossary = [
  'The words and abbreviations this report uses:',
  '| Term | Meaning |',
  '|---|---|',
  '| HUB | Our resident consultation group, which reviews each housing policy before it comes to this Sub-Committee |',
  '| RAG status | Red, amber or green: how a recommendation stands against its target date |',
  '| BS01 to BS05 | The Regulator of Social Housing’s building safety measures for gas, fire, asbestos, water and lifts |',
  '| Remedial action | Work a safety check found to be needed, with a priority that sets when it must be done |',
].join('\n');

function narrative(m: PaperDates): PaperNarrative {
  const on = formatDateLong;
  return {
    summary: [
      'This report updates Members on the Resident Focus Project, the programme of 24 recommendations that came out of the independent review of our customer service and repairs. It also reports the housing policy schedule and our position on the "Big Six" building safety checks: fire, electrical, water, lifts, gas and asbestos.',
      'Nine of the 24 recommendations are complete and ten are in progress. Four have not started and one is on hold while the council completes its own review of job roles. Some recommendations are past their target date, mostly because they wait on recruitment, procurement or changes to the housing system; the main report explains why and what is being done about each.',
      `Three policies come to this meeting for approval: Compensation, Damp & Mould and Fire Safety. They were due to come to the meeting of ${on(m.postponed)}, which was postponed because it was not quorate.`,
    ].join('\n\n'),
    recommendations: [
      'note the progress on the Resident Focus Project action plan, and the recommendations that are past their target date;',
      'note the housing policy schedule and the policies due for review in the next six months;',
      'note the building safety compliance position against the target, and the remedial actions that are overdue;',
      'agree that a further progress report comes to the next meeting of this Sub-Committee.',
    ].join('\n'),
    sections: [
      { title: 'Background', holdsData: false, text: background(m) },
      { title: 'Current position', holdsData: true, text: currentPosition },
      { title: 'Learning from complaints', holdsData: false, text: learning },
      { title: 'Options', holdsData: false, text: options },
      { title: 'Proposals', holdsData: false, text: proposals },
      { title: 'Consultation', holdsData: false, text: consultation },
      { title: 'Next steps', holdsData: false, text: nextSteps },
    ],
    appendices: [{ title: 'Glossary', text: glossary }],
    conclusion:
      'The project has delivered more than a third of its recommendations, and most of the rest are under way. The recommendations that have slipped depend on recruitment, procurement and systems work, and each has a plan and a revised target date. Members are asked to note the progress set out in this report.',
    backgroundPapers: [
      'Customer Service and Repairs Review: recommendations and summary of findings (published on the council website).',
      `Housing Management Sub-Committee, ${on(m.may)}: approval of the Asbestos Management, Electrical Safety, Lift Safety, Water Safety and Reasonable Adjustments policies.`,
      `Housing Management Sub-Committee, ${on(m.june)}: policy extensions and renewals.`,
    ].join('\n'),
    implications: {
      strategic:
        'The Resident Focus Project supports the council’s housing strategy priority of services that residents trust, and the Regulator of Social Housing’s Transparency, Influence and Accountability Standard.',
      financial:
        'The project is delivered within the existing Housing Revenue Account budget. Year-two refresher training and the resident panel allowances proposed in the draft resident involvement strategy are not yet funded, and will be the subject of bids in the next budget round.',
      resource:
        'The two repairs inspector posts have not yet been filled, as the pay offered was below the market rate; a regrading request is with Human Resources. An agency inspector is covering communal jobs in the meantime.',
      legal:
        'The Housing Ombudsman’s Complaint Handling Code has been statutory since 1 April 2024, and the Social Housing (Regulation) Act 2023 requires landlords to meet the consumer standards, including the Safety and Quality Standard. The policies recommended for approval have been checked against both.',
      risk: 'The main risks are delays to the new repairs contract and to the IT changes the project depends on. Both are on the project risk register and are reviewed at each project board. Overdue building safety remedial actions are reported in the compliance section of this report.',
      equalities: `An equality impact assessment has been completed for each policy coming to this meeting. Hearing loops are now fitted in all five estate offices, and the Reasonable Adjustments policy approved at the meeting of ${on(m.may)} sets out how residents can ask for information in other formats.`,
      climate:
        'There are no direct climate implications from this report. The new repairs contract will include targets for reducing repeat visits, which will cut van journeys.',
      security:
        'Residents’ personal data in the housing system is handled under the council’s data protection policies. The Fire Safety policy sets out how residents are told about changes to the evacuation strategy in their block.',
    },
  };
}

async function demoDates(db: Db): Promise<PaperDates & { nextId: number }> {
  const rows = await db.selectFrom('meetings').select(['id', 'meeting_date', 'status']).orderBy('meeting_date').execute();
  const held = rows.filter((r) => r.status === 'held');
  const next = rows.find((r) => r.status === 'scheduled');
  const postponed = rows.find((r) => r.status === 'postponed');
  if (!next || !postponed || held.length < 2) throw new Error('The demo paper needs the demo meetings loaded first.');
  return { may: held[0]!.meeting_date, june: held[1]!.meeting_date, postponed: postponed.meeting_date, next: next.meeting_date, nextId: next.id };
}

/** A draft paper for the next meeting, created as the paper editor creates one. Returns how many papers it wrote. */
export async function loadPaperDemo(db: Db, ctx: LoadCtx, programmeId: number): Promise<number> {
  const dates = await demoDates(db);
  await callInLoad(db, ctx, paperHandlers['papers.create'], 'papers.create', {
    meetingId: dates.nextId,
    title: 'Resident Focus Project, policy schedule and building safety: progress report',
    isPublic: true,
    exemptParagraph: null,
    reportOf: 'Head of Housing Management',
    authorName: 'Rachel Dunmore',
    authorTitle: 'Project Manager (Resident Focus Project)',
    authorEmail: 'rachel.dunmore@example-council.gov.uk',
    wards: 'All',
    keyDecision: false,
    purpose: 'information',
    narrative: narrative(dates),
    sections: {
      actionPlanProgrammeId: programmeId,
      policySchedule: true,
      appendixActionPlan: true,
      appendixPolicySchedule: true,
      compliance: true,
      appendixCompliance: true,
      training: true,
      appendixTraining: true,
      performance: true,
      appendixPerformance: true,
    },
  });
  return 1;
}
