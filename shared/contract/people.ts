import { z } from 'zod';
import { email, empty, id, optionalDate, optionalText, patchOf, requiredText } from './fields';
import { call } from './call';
import type * as T from './peopleTypes';

export const teamCreate = z.strictObject({ name: requiredText('Team name', 120) });

export const teamUpdate = z.strictObject({ id: id('Team'), patch: patchOf({ name: requiredText('Team name', 120) }) });

export const personFields = {
  name: requiredText('Name', 120),
  jobTitle: optionalText('Job title', 160),
  teamId: id('Team').nullable(),
  email,
  active: z.boolean({ error: 'Active must be yes or no.' }),
  startDate: optionalDate('Start date'),
  leaveDate: optionalDate('Leave date'),
  lineManagerId: id('Line manager').nullable(),
  jobRoleId: id('Job role').nullable(),
};

export const personCreate = z.strictObject({
  ...personFields,
  jobTitle: personFields.jobTitle.default(''),
  teamId: personFields.teamId.default(null),
  email: email.default(''),
  active: personFields.active.default(true),
  startDate: personFields.startDate.default(null),
  leaveDate: personFields.leaveDate.default(null),
  lineManagerId: personFields.lineManagerId.default(null),
  jobRoleId: personFields.jobRoleId.default(null),
});

export const personUpdate = z.strictObject({ id: id('Person'), patch: patchOf(personFields) });

export const peopleCalls = {
  'teams.list': call<T.Team[]>()(empty),
  'teams.create': call<T.Team>()(teamCreate),
  'teams.update': call<T.Team>()(teamUpdate),

  'people.list': call<T.Person[]>()(empty),
  'people.create': call<T.Person>()(personCreate),
  'people.update': call<T.Person>()(personUpdate),
} as const;
