// The contract: every call the renderer can make, with the schema its input is checked against
// in main and the type of its result. Both hosts (Electron IPC and the loopback web host) carry
// exactly these calls over one generic channel.
import type { z } from 'zod';
import * as ap from './actionPlan';
import * as mo from './monthly';
import * as po from './policies';
import * as pa from './papers';
import * as co from './compliance';
import * as sk from './stock';
import * as st from './settings';
import type * as T from './types';
import type * as S from './stockTypes';

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** phantom: only the type matters */
  output: O;
}

function call<O>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input, output: undefined as O });
}

export const contract = {
  'app.info': call<T.AppInfo>()(st.empty),
  'app.setup': call<T.Settings>()(st.firstRunSetup),
  'demo.load': call<{ programmes: number; recommendations: number; notes: number; policies: number; homes: number; monthlyUpdates: number; papers: number }>()(
    st.empty,
  ),

  'settings.get': call<T.Settings>()(st.empty),
  'settings.update': call<T.Settings>()(st.settingsUpdate),

  'teams.list': call<T.Team[]>()(st.empty),
  'teams.create': call<T.Team>()(ap.teamCreate),
  'teams.update': call<T.Team>()(ap.teamUpdate),

  'people.list': call<T.Person[]>()(st.empty),
  'people.create': call<T.Person>()(ap.personCreate),
  'people.update': call<T.Person>()(ap.personUpdate),

  'programmes.list': call<T.Programme[]>()(st.empty),
  'programmes.create': call<T.Programme>()(ap.programmeCreate),
  'programmes.update': call<T.Programme>()(ap.programmeUpdate),

  'recommendations.list': call<T.RecommendationRow[]>()(ap.byProgramme),
  'recommendations.get': call<T.RecommendationDetail>()(ap.byId('Recommendation')),
  'recommendations.create': call<T.RecommendationDetail>()(ap.recommendationCreate),
  'recommendations.update': call<T.RecommendationDetail>()(ap.recommendationUpdate),
  'recommendations.delete': call<{ id: number }>()(ap.byId('Recommendation')),

  'actions.create': call<T.RecommendationDetail>()(ap.actionCreate),
  'actions.update': call<T.RecommendationDetail>()(ap.actionUpdate),
  'actions.delete': call<T.RecommendationDetail>()(ap.byId('Action')),

  'notes.create': call<T.RecommendationDetail>()(ap.noteCreate),
  'notes.update': call<T.RecommendationDetail>()(ap.noteUpdate),
  'notes.delete': call<T.RecommendationDetail>()(ap.byId('Note')),

  'actionPlan.summary': call<T.ActionPlanSummary>()(ap.summaryInput),
  'audit.history': call<T.AuditEntry[]>()(ap.historyInput),

  'monthly.months': call<T.MonthSummary[]>()(mo.programmeOnly),
  'monthly.get': call<T.MonthView>()(mo.programmeMonth),
  'monthly.addItem': call<T.MonthView>()(mo.itemCreate),
  'monthly.updateItem': call<T.MonthView>()(mo.itemUpdate),
  'monthly.deleteItem': call<T.MonthView>()(ap.byId('Item')),
  'monthly.moveItem': call<T.MonthView>()(mo.itemMove),
  'monthly.reorder': call<T.MonthView>()(mo.itemReorder),
  'monthly.publish': call<T.MonthView>()(mo.programmeMonth),

  'policies.list': call<T.PolicyRow[]>()(st.empty),
  'policies.get': call<T.PolicyDetail>()(ap.byId('Policy')),
  'policies.create': call<T.PolicyDetail>()(po.policyCreate),
  'policies.update': call<T.PolicyDetail>()(po.policyUpdate),
  'policies.setStage': call<T.PolicyDetail>()(po.policyStage),
  'policies.extend': call<T.PolicyDetail>()(po.policyExtend),
  'policies.linkRecommendations': call<T.PolicyDetail>()(po.policyLinks),
  'policies.addConsultation': call<T.PolicyDetail>()(po.consultationCreate),
  'policies.updateConsultation': call<T.PolicyDetail>()(po.consultationUpdate),
  'policies.deleteConsultation': call<T.PolicyDetail>()(ap.byId('Consultation')),
  'policies.timeline': call<T.PolicyTimeline>()(po.timelineInput),

  'committees.list': call<T.Committee[]>()(st.empty),
  'committees.create': call<T.Committee>()(po.committeeCreate),
  'meetings.list': call<T.Meeting[]>()(po.meetingsList),
  'meetings.get': call<T.Meeting>()(ap.byId('Meeting')),
  'meetings.create': call<T.Meeting>()(po.meetingCreate),
  'meetings.postpone': call<T.Meeting>()(po.meetingPostpone),
  'meetings.setStatus': call<T.Meeting>()(po.meetingStatus),
  'agenda.add': call<T.Meeting>()(po.agendaAdd),
  'agenda.remove': call<T.Meeting>()(ap.byId('Agenda item')),
  'agenda.decide': call<T.Meeting>()(po.agendaDecide),

  'papers.list': call<T.CommitteePaper[]>()(pa.byMeeting),
  'papers.get': call<T.CommitteePaper>()(ap.byId('Paper')),
  'papers.create': call<T.CommitteePaper>()(pa.paperCreate),
  'papers.update': call<T.CommitteePaper>()(pa.paperUpdate),

  'compliance.createEstate': call<{ id: number; name: string }>()(co.estateCreate),
  'compliance.createBlock': call<{ id: number; name: string; liftIds: number[] }>()(co.blockCreate),
  'compliance.createDwelling': call<{ id: number; uprn: string }>()(co.dwellingCreate),
  'compliance.addCertificate': call<{ id: number; expiryDate: string; outcome: string; eicrCodes: string; remedials: number }>()(co.certificateCreate),
  'compliance.addNoAccess': call<{ id: number }>()(co.noAccessCreate),
  'compliance.measures': call<T.BuildingSafetyMeasures>()(co.measuresInput),
  'compliance.position': call<T.CheckPositionRow[]>()(co.measuresInput),
  'compliance.home': call<T.HomeCompliance>()(co.homeInput),
  'imports.start': call<{ jobId: string }>()(co.importStart),
  'imports.status': call<T.ImportJobStatus>()(co.importJob),
  'imports.cancel': call<T.ImportJobStatus>()(co.importJob),
  'compliance.addRemedial': call<{ id: number; dueDate: string }>()(co.remedialCreate),
  'compliance.completeRemedial': call<{ id: number }>()(co.remedialComplete),
  'compliance.remedials': call<T.RemedialSummary>()(co.measuresInput),
  'compliance.overdue': call<T.OverdueChecks>()(co.overdueInput),
  'compliance.trend': call<T.ComplianceTrend>()(co.trendInput),
  'compliance.checkSettings': call<T.CheckOwner[]>()(st.empty),
  'compliance.setOwner': call<T.CheckOwner[]>()(co.checkOwnerSet),
  'compliance.setInterval': call<T.CheckOwner[]>()(co.checkIntervalSet),
  'compliance.target': call<{ percent: number }>()(st.empty),
  'compliance.setTarget': call<{ percent: number }>()(co.complianceTargetSet),

  'stock.estates': call<S.EstateRow[]>()(st.empty),
  'stock.updateEstate': call<S.EstateRow>()(sk.estateUpdate),
  'stock.blocks': call<S.BlockRow[]>()(sk.blocksList),
  'stock.block': call<S.BlockDetail>()(ap.byId('Block')),
  'stock.updateBlock': call<S.BlockUpdateResult>()(sk.blockUpdate),
  'stock.renameLift': call<S.BlockDetail>()(sk.liftRename),
  'stock.removeLift': call<S.BlockDetail>()(ap.byId('Lift')),
  'stock.homes': call<S.HomesPage>()(sk.homesList),
  'stock.home': call<S.HomeDetail>()(ap.byId('Home')),
  'stock.updateHome': call<S.HomeDetail>()(sk.dwellingUpdate),
  'stock.certificates': call<S.CertificateRow[]>()(sk.certificatesFor),
  'stock.updateCertificate': call<S.CertificateRow>()(sk.certificateUpdate),
  'stock.deleteCertificate': call<{ id: number }>()(ap.byId('Certificate')),
  'stock.updateRemedial': call<S.RemedialRow>()(sk.remedialUpdate),
  'stock.deleteRemedial': call<{ id: number }>()(ap.byId('Remedial action')),
  'stock.updateNoAccess': call<S.NoAccessRow>()(sk.noAccessUpdate),
  'stock.deleteNoAccess': call<{ id: number }>()(ap.byId('No-access visit')),

  'exports.monthlyUpdate': call<T.ExportedFile>()(mo.programmeMonth),
  'exports.committeePaper': call<T.ExportedFile>()(pa.paperId),
  'exports.recommendations': call<T.ExportedFile>()(mo.programmeOnly),
  'exports.policySchedule': call<T.ExportedFile>()(po.scheduleExport),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** what the caller sends (defaults may be left out) */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** what a handler receives, after validation and defaults */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = Contract[N]['output'];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './result';
export type * from './types';
export type * from './stockTypes';
