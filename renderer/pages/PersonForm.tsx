import { useEffect, useState, type FormEvent } from 'react';
import type { JobRole, Person } from '../../shared/contract';
import { call } from '../api';
import { useAppData } from '../AppData';
import { HistoryList } from '../actionPlan/HistoryList';
import { Field, fromDateText, toDateText } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { useFormErrors } from '../useFormErrors';

interface PersonValues {
  name: string;
  jobTitle: string;
  teamId: string;
  email: string;
  active: boolean;
  jobRoleId: string;
  lineManagerId: string;
  startDate: string;
  leaveDate: string;
}

const blank: PersonValues = { name: '', jobTitle: '', teamId: '', email: '', active: true, jobRoleId: '', lineManagerId: '', startDate: '', leaveDate: '' };
const valuesOf = (p: Person): PersonValues => ({
  name: p.name,
  jobTitle: p.jobTitle,
  teamId: p.teamId ? String(p.teamId) : '',
  email: p.email,
  active: p.active,
  jobRoleId: p.jobRoleId ? String(p.jobRoleId) : '',
  lineManagerId: p.lineManagerId ? String(p.lineManagerId) : '',
  startDate: toDateText(p.startDate),
  leaveDate: toDateText(p.leaveDate),
});

const idOf = (v: string) => (v ? Number(v) : null);
/** What the form sends: ids as numbers, dates as ISO (text that is not a date is sent as typed, and refused by name). */
const fieldsOf = (v: PersonValues) => ({
  ...v,
  teamId: idOf(v.teamId),
  jobRoleId: idOf(v.jobRoleId),
  lineManagerId: idOf(v.lineManagerId),
  startDate: fromDateText(v.startDate),
  leaveDate: fromDateText(v.leaveDate),
});

/** A person: who they are, their team and job role (which say what training they need), line manager and employment dates. */
export function PersonForm({ person, onSaved, onCancel }: { person: Person | null; onSaved(p: Person): void; onCancel(): void }) {
  const { teams, people } = useAppData();
  const [roles, setRoles] = useState<JobRole[]>([]);
  const [values, setValues] = useState<PersonValues>(person ? valuesOf(person) : blank);
  const errors = useFormErrors(['name', 'jobTitle', 'teamId', 'email', 'active', 'jobRoleId', 'lineManagerId', 'startDate', 'leaveDate']);
  const set = (k: keyof PersonValues) => (e: { target: { value: string } }) => setValues({ ...values, [k]: e.target.value });
  useEffect(() => {
    call('jobRoles.list', {}).then(setRoles, () => setRoles([]));
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const fields = fieldsOf(values);
    try {
      if (person) {
        const before: Record<string, unknown> = fieldsOf(valuesOf(person));
        const patch = Object.fromEntries(Object.entries(fields).filter(([k, v]) => v !== before[k]));
        onSaved(Object.keys(patch).length ? await call('people.update', { id: person.id, patch }) : person);
      } else {
        onSaved(await call('people.create', fields));
      }
    } catch (err) {
      errors.show(err);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-label={person ? `Edit ${person.name}` : 'Add a person'}>
      <h2>{person ? person.name : 'Add a person'}</h2>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <Field label="Name" error={errors.fieldErrors.name}>
        {(p) => <input {...p} value={values.name} onChange={set('name')} />}
      </Field>
      <Field label="Job title" error={errors.fieldErrors.jobTitle}>
        {(p) => <input {...p} value={values.jobTitle} onChange={set('jobTitle')} />}
      </Field>
      <Field label="Team" error={errors.fieldErrors.teamId}>
        {(p) => (
          <select {...p} value={values.teamId} onChange={set('teamId')}>
            <option value="">No team</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Job role" hint="The training a person needs follows their job role (and team)" error={errors.fieldErrors.jobRoleId}>
        {(p) => (
          <select {...p} value={values.jobRoleId} onChange={set('jobRoleId')}>
            <option value="">No job role</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Line manager" error={errors.fieldErrors.lineManagerId}>
        {(p) => (
          <select {...p} value={values.lineManagerId} onChange={set('lineManagerId')}>
            <option value="">No line manager</option>
            {people
              .filter((m) => m.id !== person?.id && (m.active || String(m.id) === values.lineManagerId))
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <div className="two-col">
        <Field label="Start date" hint="For example 06/01/2025" error={errors.fieldErrors.startDate}>
          {(p) => <input {...p} className="narrow" value={values.startDate} onChange={set('startDate')} />}
        </Field>
        <Field label="Leave date" hint="The last day in post" error={errors.fieldErrors.leaveDate}>
          {(p) => <input {...p} className="narrow" value={values.leaveDate} onChange={set('leaveDate')} />}
        </Field>
      </div>
      <Field label="E-mail" error={errors.fieldErrors.email}>
        {(p) => <input {...p} type="email" value={values.email} onChange={set('email')} />}
      </Field>
      <label className="check">
        <input type="checkbox" checked={values.active} onChange={(e) => setValues({ ...values, active: e.target.checked })} /> Still in post (active)
      </label>
      <FormActions submit="Save" onCancel={onCancel} />
      {person && (
        <details>
          <summary>History</summary>
          <HistoryList entity="person" entityId={person.id} />
        </details>
      )}
    </form>
  );
}
