import { z } from 'zod';
import { email, empty, optionalText, patchOf, requiredText } from './fields';
import { call } from './call';
import type * as T from './settingsTypes';

export const settingsFields = {
  userName: requiredText('Your name', 120),
  organisation: requiredText('Organisation', 200),
  contactEmail: email,
  contactPhone: optionalText('Contact phone', 60),
  websiteUrl: optionalText('Website', 300).refine((v) => v === '' || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), {
    error: 'Website must be a full address such as https://www.northgate.gov.uk.',
  }),
  logoDataUrl: z
    .string({ error: 'Logo must be an image.' })
    .max(1_400_000, 'The logo must be smaller than 1 MB.')
    .refine((v) => v === '' || /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/.test(v), { error: 'The logo must be a PNG or JPEG image.' }),
};

export const settingsUpdate = patchOf(settingsFields);

export const firstRunSetup = z.strictObject({
  userName: settingsFields.userName,
  organisation: settingsFields.organisation,
  loadDemo: z.boolean({ error: 'Choose demo data or an empty database.' }),
});

export const settingsCalls = {
  'app.info': call<T.AppInfo>()(empty),
  'app.setup': call<T.Settings>()(firstRunSetup),
  'demo.load': call<T.DemoLoaded>()(empty),

  'settings.get': call<T.Settings>()(empty),
  'settings.update': call<T.Settings>()(settingsUpdate),
} as const;
