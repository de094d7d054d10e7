import { z } from 'zod';
import { byId, empty, id, isoDate, optionalDate, optionalText, requiredText } from './fields';
import { call } from './call';
import type * as T from './meetingsTypes';

export const committeeCreate = z.strictObject({ name: requiredText('Committee name', 200) });

export const meetingCreate = z.strictObject({
  committeeId: id('Committee'),
  meetingDate: isoDate('Meeting date'),
  papersDeadline: optionalDate('Papers deadline').default(null),
  /** a meeting dated in the past is only recorded when the user confirms it is history */
  confirmPast: z.boolean().default(false),
});

export const meetingPostpone = z.strictObject({
  id: id('Meeting'),
  newDate: isoDate('New meeting date'),
  reason: requiredText('Reason for postponing', 1000),
});

export const meetingStatus = z.strictObject({ id: id('Meeting'), status: z.enum(['held', 'cancelled'], { error: 'Status must be Held or Cancelled.' }) });

export const meetingsList = z.strictObject({ committeeId: id('Committee').nullable().default(null) });

export const agendaAdd = z.strictObject({
  meetingId: id('Meeting'),
  kind: z.enum(['policy_approval', 'progress_report', 'other'], { error: 'Kind must be Policy for approval, Progress report or Other paper.' }),
  title: requiredText('Item title', 300),
  policyId: id('Policy').nullable().default(null),
});

export const agendaDecide = z.strictObject({
  id: id('Agenda item'),
  decision: z.enum(['approved', 'approved_with_amendments', 'deferred', 'rejected'], {
    error: 'Decision must be Approved, Approved with amendments, Deferred or Rejected.',
  }),
  notes: optionalText('Decision notes', 5000).default(''),
  /** the version number the approved policy takes, e.g. 2.0 */
  newVersion: optionalText('New version', 20).default(''),
});

export const meetingsCalls = {
  'committees.list': call<T.Committee[]>()(empty),
  'committees.create': call<T.Committee>()(committeeCreate),
  'meetings.list': call<T.Meeting[]>()(meetingsList),
  'meetings.get': call<T.Meeting>()(byId('Meeting')),
  'meetings.create': call<T.Meeting>()(meetingCreate),
  'meetings.postpone': call<T.Meeting>()(meetingPostpone),
  'meetings.setStatus': call<T.Meeting>()(meetingStatus),
  'agenda.add': call<T.Meeting>()(agendaAdd),
  'agenda.remove': call<T.Meeting>()(byId('Agenda item')),
  'agenda.decide': call<T.Meeting>()(agendaDecide),
} as const;
