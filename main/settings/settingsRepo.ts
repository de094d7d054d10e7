import type { Settings } from '../../shared/contract';
import { DEFAULT_GRACE_DAYS, DEFAULT_TRAINING_TARGET } from '../../shared/domain/training';
import type { Db, ReadDb } from '../core/context';

export const SETTINGS_DEFAULTS: Settings = {
  userName: '',
  organisation: '',
  contactEmail: '',
  contactPhone: '',
  websiteUrl: '',
  newsletterUrl: '',
  logoDataUrl: '',
  trainingGraceDays: DEFAULT_GRACE_DAYS,
  trainingTarget: DEFAULT_TRAINING_TARGET,
  backupFolder: '',
};

type TextKey = { [K in keyof Settings]: Settings[K] extends string ? K : never }[keyof Settings];
type NumberKey = Exclude<keyof Settings, TextKey>;

export async function readSettings(db: ReadDb): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const text = (key: TextKey) => stored.get(key) ?? SETTINGS_DEFAULTS[key];
  // The settings table holds text: a number that does not read back keeps its default.
  const number = (key: NumberKey) => {
    const n = Number(stored.get(key) ?? '');
    return stored.get(key)?.trim() && Number.isInteger(n) ? n : SETTINGS_DEFAULTS[key];
  };
  return {
    userName: text('userName'),
    organisation: text('organisation'),
    contactEmail: text('contactEmail'),
    contactPhone: text('contactPhone'),
    websiteUrl: text('websiteUrl'),
    newsletterUrl: text('newsletterUrl'),
    logoDataUrl: text('logoDataUrl'),
    trainingGraceDays: number('trainingGraceDays'),
    trainingTarget: number('trainingTarget'),
    backupFolder: text('backupFolder'),
  };
}

/** The training rules' two settings, as the matrix, its figures and its exports use them. */
export async function trainingSettings(db: ReadDb): Promise<{ graceDays: number; target: number }> {
  const s = await readSettings(db);
  return { graceDays: s.trainingGraceDays, target: s.trainingTarget };
}

export async function writeSettings(db: Db, patch: Partial<Settings>): Promise<void> {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    await db
      .insertInto('settings')
      .values({ key, value: String(value) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(value) }))
      .execute();
  }
}
