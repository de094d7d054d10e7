import { z } from 'zod';
import { empty, optionalText, patchOf, requiredText, uploadedFile } from './fields';
import { call } from './call';
import type * as T from './settingsTypes';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[\d\s()-]*\d[\d\s()-]*$/;
// Published documents turn these into links: a web address must be a full http(s) address.
const WEB = /^https?:\/\/[^\s/]+\.[^\s]+$/i;
const webAddress = (label: string, example: string) =>
  optionalText(label, 300).refine((v) => v === '' || WEB.test(v), { error: `${label} must be a full web address such as ${example}.` });

export const settingsFields = {
  userName: requiredText('Your name', 120),
  organisation: requiredText('Organisation', 200),
  contactEmail: optionalText('Contact e-mail', 200).refine((v) => v === '' || EMAIL.test(v), {
    error: 'Contact e-mail must be an e-mail address such as housing@northgate.gov.uk.',
  }),
  contactPhone: optionalText('Contact phone', 60).refine((v) => v === '' || PHONE.test(v), {
    error: 'Contact phone must be a telephone number such as 020 7946 0000 (digits, spaces, brackets, + and - only).',
  }),
  websiteUrl: webAddress('Website', 'https://www.northgate.gov.uk/housing'),
  newsletterUrl: webAddress('Newsletter sign-up link', 'https://www.northgate.gov.uk/newsletter'),
  logoDataUrl: z
    .string({ error: 'Logo must be an image.' })
    .max(1_400_000, 'The logo must be smaller than 1 MB.')
    .refine((v) => v === '' || /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/.test(v), { error: 'The logo must be a PNG or JPEG image.' }),
  trainingGraceDays: z
    .number({ error: 'Days a new starter has to complete required training must be a number.' })
    .int('Days a new starter has to complete required training must be a whole number of days.')
    .min(0, 'Days a new starter has to complete required training must be 0 or more.')
    .max(365, 'Days a new starter has to complete required training must be 365 or fewer.'),
  trainingTarget: z
    .number({ error: 'Training target must be a number.' })
    .int('Training target must be a whole percentage.')
    .min(1, 'Training target must be at least 1%.')
    .max(100, 'Training target must be 100% or less.'),
  backupFolder: optionalText('Backup folder', 500).refine((v) => v === '' || /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(v), {
    error: 'Backup folder must be a full folder path, such as D:\\Backups\\Housing Desk or /home/priya/backups, or blank for a folder beside the database.',
  }),
};

export const settingsUpdate = patchOf(settingsFields);

export const firstRunSetup = z.strictObject({
  userName: settingsFields.userName,
  organisation: settingsFields.organisation,
  loadDemo: z.boolean({ error: 'Choose demo data or an empty database.' }),
});

const restoreJob = z.strictObject({ jobId: z.string({ error: 'Which restore?' }).uuid('That is not a restore’s id.') });
// names the kept copy of the current database as the confirm dialog said it would be
const restoreAt = z.iso.datetime({ error: 'The time of the restore must be a date and time such as 2026-12-04T10:00:00Z.' });

export const backupRestore = z.strictObject({
  name: z
    .string({ error: 'Choose a backup.' })
    .min(1, 'Choose a backup.')
    .max(300, 'Choose a backup from the list.')
    .refine((v) => !/[\\/]/.test(v), { error: 'Choose a backup from the list.' }),
  at: restoreAt,
});

export const backupRestoreFile = z.strictObject({
  fileName: requiredText('File name', 300),
  /** the backup, sent beside the call (the hosts' upload) */
  fileId: uploadedFile,
  at: restoreAt,
});

export const settingsCalls = {
  'app.info': call<T.AppInfo>()(empty),
  'app.setup': call<T.Settings>()(firstRunSetup),
  'demo.load': call<T.DemoLoaded>()(empty),

  'settings.get': call<T.Settings>()(empty),
  'settings.update': call<T.Settings>()(settingsUpdate),
  'backups.status': call<T.BackupStatus>()(empty),
  'backups.create': call<T.BackupWritten>()(empty),
  'backups.restore': call<{ jobId: string }>()(backupRestore),
  'backups.restoreFile': call<{ jobId: string }>()(backupRestoreFile),
  'backups.restoreStatus': call<T.RestoreJobStatus>()(restoreJob),
  'backups.restoreCancel': call<T.RestoreJobStatus>()(restoreJob),
} as const;
