import type { Settings } from '../../shared/contract';
import type { Db, ReadDb } from '../core/context';

export const SETTINGS_DEFAULTS: Settings = {
  userName: '',
  organisation: '',
  contactEmail: '',
  contactPhone: '',
  websiteUrl: '',
  newsletterUrl: '',
  logoDataUrl: '',
};

const KEYS = Object.keys(SETTINGS_DEFAULTS) as (keyof Settings)[];

export async function readSettings(db: ReadDb): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const out: Settings = { ...SETTINGS_DEFAULTS };
  for (const row of rows) {
    if ((KEYS as string[]).includes(row.key)) out[row.key as keyof Settings] = row.value;
  }
  return out;
}

export async function writeSettings(db: Db, patch: Partial<Settings>): Promise<void> {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    await db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
