import { useState } from 'react';
import type { Person } from '../../shared/contract';
import { call } from '../api';
import { useAppData } from '../AppData';
import { NamedListCard } from '../components/NamedListCard';
import { PersonForm } from './PersonForm';
import { useToast } from '../components/Toast';

export function PeoplePage() {
  const { people, teams, reload } = useAppData();
  const toast = useToast();
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [showInactive, setShowInactive] = useState(false);

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
          <NamedListCard
            title="Teams"
            noun="team"
            items={teams}
            create={(name) => call('teams.create', { name })}
            onAdded={async () => {
              await reload();
            }}
          />
        </div>
      </div>
    </section>
  );
}
