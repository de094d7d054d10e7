import type { Settings } from '../../shared/contract';
import type { Db } from '../core/context';
import { writeAudit } from '../core/audit';
import { readSettings, writeSettings } from '../settings/settingsRepo';
import type { LoadCtx } from './callInLoad';

// The contact details the demo's public documents print as links. Only settings still empty are
// filled: a council's own details, typed in Settings before loading the demo, are kept.
export const DEMO_CONTACTS: Pick<Settings, 'websiteUrl' | 'contactEmail' | 'contactPhone' | 'newsletterUrl'> = {
  websiteUrl: 'https://www.example.gov.uk/resident-focus',
  contactEmail: 'residentfocus@example.gov.uk',
  contactPhone: '020 7946 0000',
  newsletterUrl: 'https://www.example.gov.uk/housing-newsletter',
};

export async function loadSettingsDemo(db: Db, ctx: LoadCtx): Promise<void> {
  const before = await readSettings(db);
  const patch = Object.fromEntries(Object.entries(DEMO_CONTACTS).filter(([key]) => before[key as keyof Settings] === ''));
  if (Object.keys(patch).length === 0) return;
  await writeSettings(db, patch);
  await writeAudit(db, ctx, {
    entity: 'settings',
    entityId: 1,
    action: 'update',
    label: 'Settings',
    before: { ...before },
    after: { ...(await readSettings(db)) },
  });
}
