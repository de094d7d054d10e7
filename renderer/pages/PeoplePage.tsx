import { useState, type FormEvent } from 'react';
import type { Person } from '../../shared/contract';
import { plural } from '../../shared/domain/plural';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { HistoryList } from '../actionPlan/HistoryList';
import { FormActions } from '../components/FormActions';

interface PersonValues {
  name: string;
  jobTitle: string;
  teamId: string;
  email: string;
  active: boolean;
}

const blank: PersonValues = { name: '', jobTitle: '', teamId: '', email: '', active: true };
const valuesOf = (p: Person): PersonValues => ({
  name: p.name,
  jobTitle: p.jobTitle,
  teamId: p.teamId ? String(p.teamId) : '',
  email: p.email,
  active: p.active,
});

export function PeoplePage() {
  const { people, teams, reload } = useAppData();
  const toast = useToast();
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [showInactive, setShowInactive] = useState(false);
  const [teamName, setTeamName] = useState('');
  const teamErrors = useFormErrors(['name']);

  async function addTeam(e: FormEvent) {
    e.preventDefault();
    teamErrors.clear();
    try {
      await call('teams.create', { name: teamName });
      setTeamName('');
      await reload();
    } catch (err) {
      teamErrors.show(err);
    }
  }

  const shown = people.filter((p) => showInactive || p.active);
  return (
    <section>
      <h1>People and teams</h1>
      <p className="lead">
        Owners of recommendations and actions are chosen from this list. People who leave are marked inactive, never deleted, so that the history stays true.
      </p>
      <div className="two-col wide-left">
        <div className="card">
          <div className="toolbar">
            <h2>People</h2>
            <span className="spacer" />
            <label>
              <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} /> Show inactive
            </label>
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              Add person
            </button>
          </div>
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Job title</th>
                <th scope="col">Team</th>
                <th scope="col">E-mail</th>
                <th scope="col">Active</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.id} className={editing !== 'new' && editing?.id === p.id ? 'selected' : undefined}>
                  <td>
                    <button type="button" className="link" onClick={() => setEditing(p)}>
                      {p.name}
                    </button>
                  </td>
                  <td>{p.jobTitle}</td>
                  <td>{p.teamName}</td>
                  <td>{p.email}</td>
                  <td>{p.active ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          {editing && (
            <PersonForm
              key={editing === 'new' ? 'new' : editing.id}
              person={editing === 'new' ? null : editing}
              onSaved={async (p) => {
                toast('info', `${p.name} saved.`);
                setEditing(null);
                await reload();
              }}
              onCancel={() => setEditing(null)}
            />
          )}
          <div className="card">
            <h2>Teams</h2>
            <ul>
              {teams.map((t) => (
                <li key={t.id}>
                  {t.name} <span className="muted">({plural(t.peopleCount, 'person', 'people')})</span>
                </li>
              ))}
            </ul>
            <form onSubmit={addTeam} noValidate className="inline-form">
              {teamErrors.formError && (
                <div className="error-banner" role="alert">
                  {teamErrors.formError}
                </div>
              )}
              <Field label="New team" error={teamErrors.fieldErrors.name}>
                {(p) => <input {...p} value={teamName} onChange={(e) => setTeamName(e.target.value)} />}
              </Field>
              <button type="submit">Add team</button>
            </form>
          </div>
        </div>
      </div>
    </section>
  );
}

function PersonForm({ person, onSaved, onCancel }: { person: Person | null; onSaved(p: Person): void; onCancel(): void }) {
  const { teams } = useAppData();
  const [values, setValues] = useState<PersonValues>(person ? valuesOf(person) : blank);
  const errors = useFormErrors(['name', 'jobTitle', 'teamId', 'email', 'active']);
  const set = (k: keyof PersonValues) => (e: { target: { value: string } }) => setValues({ ...values, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const fields = { ...values, teamId: values.teamId ? Number(values.teamId) : null };
    try {
      if (person) {
        const before: Record<string, unknown> = { ...valuesOf(person), teamId: person.teamId };
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
