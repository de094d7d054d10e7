import { useState, type FormEvent } from 'react';
import type { Settings } from '../../shared/contract';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field } from '../components/Field';
import { BackupsCard } from './BackupsCard';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { NonWorkingDaysCard } from '../complaints/NonWorkingDaysCard';

type TextKey = { [K in keyof Settings]: Settings[K] extends string ? K : never }[keyof Settings];
type NumberKey = Exclude<keyof Settings, TextKey>;

const FIELDS: { key: TextKey; label: string; hint?: string }[] = [
  { key: 'userName', label: 'Your name', hint: 'Recorded against every change you make' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'contactEmail', label: 'Contact e-mail for published documents', hint: 'Residents can e-mail this address from the documents' },
  { key: 'contactPhone', label: 'Contact phone for published documents', hint: 'For example 020 7946 0000' },
  { key: 'websiteUrl', label: 'Website', hint: 'A full address starting https://' },
  { key: 'newsletterUrl', label: 'Newsletter sign-up link', hint: 'Where residents sign up to your newsletter; a full address starting https://' },
  {
    key: 'backupFolder',
    label: 'Backup folder',
    hint: 'Where the automatic backups go, such as a network drive that IT backs up; blank for a “backups” folder beside the database',
  },
];

const TRAINING_FIELDS: { key: NumberKey; label: string; hint: string; unit: string }[] = [
  {
    key: 'trainingGraceDays',
    label: 'Days a new starter has to complete required training',
    hint: 'Until then an untrained course shows as Due with its deadline; after it, as Missing',
    unit: 'days',
  },
  { key: 'trainingTarget', label: 'Training target', hint: 'The percentage of required training in date or waived that the service aims for', unit: '%' },
];

export function SettingsPage() {
  const { settings, info, reload } = useAppData();
  const [values, setValues] = useState<Settings>(settings);
  // a restored backup brings its own settings: the form shows them once the app has reloaded
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    setShown(settings);
    setValues(settings);
  }
  const errors = useFormErrors([...FIELDS.map((f) => f.key), ...TRAINING_FIELDS.map((f) => f.key), 'logoDataUrl']);
  const toast = useToast();

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const patch = Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== settings[k as keyof Settings]));
    if (Object.keys(patch).length === 0) return;
    try {
      await call('settings.update', patch);
      toast('info', 'Settings saved.');
      await reload();
    } catch (err) {
      errors.show(err);
    }
  }

  return (
    <section>
      <h1>Settings</h1>
      <form className="card form-card" onSubmit={submit} noValidate>
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        {FIELDS.map((f) => (
          <Field key={f.key} label={f.label} hint={f.hint} error={errors.fieldErrors[f.key]}>
            {(p) => <input {...p} value={values[f.key]} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} />}
          </Field>
        ))}
        <Field
          label="Logo for published documents"
          hint="A PNG image, under 1 MB. It appears at the top of public documents."
          error={errors.fieldErrors.logoDataUrl}
        >
          {(p) => (
            <input
              {...p}
              type="file"
              accept="image/png"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                const reader = new FileReader();
                reader.onload = () => setValues((v) => ({ ...v, logoDataUrl: String(reader.result) }));
                reader.readAsDataURL(file);
              }}
            />
          )}
        </Field>
        {values.logoDataUrl && (
          <div className="logo-preview">
            <img src={values.logoDataUrl} alt={`${values.organisation} logo`} />
            <button type="button" className="link danger" onClick={() => setValues({ ...values, logoDataUrl: '' })}>
              Remove logo
            </button>
          </div>
        )}
        <fieldset className="titled-item">
          <legend>Training matrix</legend>
          {TRAINING_FIELDS.map((f) => (
            <Field key={f.key} label={f.label} hint={f.hint} error={errors.fieldErrors[f.key]}>
              {(p) => (
                <span className="input-with-unit">
                  <input
                    {...p}
                    type="number"
                    inputMode="numeric"
                    value={Number.isNaN(values[f.key]) ? '' : values[f.key]}
                    onChange={(e) => setValues({ ...values, [f.key]: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
                  />{' '}
                  {f.unit}
                </span>
              )}
            </Field>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
      </form>
      <BackupsCard folderSetting={settings.backupFolder} />
      <NonWorkingDaysCard />
      <div className="card">
        <h2>About this database</h2>
        <dl className="facts">
          <dt>File</dt>
          <dd>{info.dbPath}</dd>
          <dt>Housing Desk version</dt>
          <dd>{info.appVersion}</dd>
          <dt>Database schema</dt>
          <dd>{info.schemaNumber}</dd>
          <dt>Running in</dt>
          <dd>{info.host === 'electron' ? 'Desktop window' : 'Browser window (local web host)'}</dd>
        </dl>
      </div>
    </section>
  );
}
