import { z } from 'zod';
import { email, optionalText, patchOf, requiredText } from './fields';

export const settingsFields = {
  userName: requiredText('Your name', 120),
  organisation: requiredText('Organisation', 200),
  contactEmail: email,
  contactPhone: optionalText('Contact phone', 60),
  websiteUrl: optionalText('Website', 300),
};

export const settingsUpdate = patchOf(settingsFields);

export const firstRunSetup = z.strictObject({
  userName: settingsFields.userName,
  organisation: settingsFields.organisation,
  loadDemo: z.boolean({ error: 'Choose demo data or an empty database.' }),
});

export const empty = z.strictObject({});
