import { useState, type FormEvent } from 'react';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field } from '../components/Field';
import { useFormErrors } from '../useFormErrors';

export function FirstRun() {
  const { reload, info } = useAppData();
  const [userName, setUserName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [loadDemo, setLoadDemo] = useState(info.isEmpty);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(['userName', 'organisation', 'loadDemo']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    errors.clear();
    try {
      await call('app.setup', { userName, organisation, loadDemo });
      await reload();
    } catch (err) {
      errors.show(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="first-run">
      <form onSubmit={submit} className="card" aria-labelledby="first-run-title" noValidate>
        <h1 id="first-run-title">Welcome to Housing Desk</h1>
        <p>Tell us who you are. Every change you make is recorded under your name in the history.</p>
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        <Field label="Your name" error={errors.fieldErrors.userName}>
          {(p) => <input {...p} value={userName} onChange={(e) => setUserName(e.target.value)} autoComplete="name" />}
        </Field>
        <Field label="Organisation" hint="For example: Northgate Borough Council" error={errors.fieldErrors.organisation}>
          {(p) => <input {...p} value={organisation} onChange={(e) => setOrganisation(e.target.value)} autoComplete="organization" />}
        </Field>
        {!info.isEmpty && <p>This database already holds {info.holds.join(', ')}.</p>}
        {info.isEmpty && (
          <fieldset className="choice">
            <legend>How would you like to start?</legend>
            <label>
              <input type="radio" name="start" checked={loadDemo} onChange={() => setLoadDemo(true)} /> With demo data: the “Resident Focus Project”, 24
              recommendations with a year of progress notes (fictional people)
            </label>
            <label>
              <input type="radio" name="start" checked={!loadDemo} onChange={() => setLoadDemo(false)} /> With an empty database
            </label>
          </fieldset>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Setting up…' : 'Start'}
        </button>
      </form>
    </div>
  );
}
