import type { AppErrorShape } from './result';
export interface Settings {
  userName: string;
  organisation: string;
  contactEmail: string;
  contactPhone: string;
  websiteUrl: string;
  /** where residents sign up to the newsletter, or '' */
  newsletterUrl: string;
  /** data: URL of the organisation's logo (PNG or JPEG), or '' */
  logoDataUrl: string;
  /** days a new starter has to complete a required course before it counts as missing */
  trainingGraceDays: number;
  /** the percentage of required training in date or waived that the service aims for */
  trainingTarget: number;
  /** where automatic backups go, or '' for a "backups" folder beside the database */
  backupFolder: string;
}

/** The automatic backups, as Settings shows them. */
export interface BackupStatus {
  folder: string;
  /** the newest backup, checked when it was written */
  latest: { path: string; takenAt: string; bytes: number } | null;
  count: number;
  /** none, or the newest is more than a week old */
  stale: boolean;
  /** the automatic backups kept, newest first (each checked when it was written) */
  backups: BackupListed[];
}

export interface BackupListed {
  /** its file name in the backup folder, which `backups.restore` takes */
  name: string;
  takenAt: string;
  bytes: number;
}

/** A restore under way or finished. A cancelled one has failed with the code `cancelled`. */
export interface RestoreJobStatus {
  jobId: string;
  /** the backup's file name */
  fileName: string;
  state: 'running' | 'done' | 'failed';
  /** checking the backup, copying it beside the database, replacing the database with it */
  phase: 'checking' | 'copying' | 'replacing';
  percent: number;
  /** where the replaced database is kept, once done */
  keptAs?: string | null;
  error?: AppErrorShape;
}

export interface AppInfo {
  host: 'electron' | 'web';
  dbPath: string;
  /** the last schema step applied, e.g. "007_certificate_lookup_indexes" */
  schemaVersion: string;
  /** that step's number, e.g. 7: what Settings shows */
  schemaNumber: number;
  appVersion: string;
  today: string;
  /** no user name has been saved yet: show the first-run screen */
  firstRun: boolean;
  /** the database holds no records in any register yet: the demo may be loaded */
  isEmpty: boolean;
  /** what it holds, a phrase per register with records ("3 homes"), or none */
  holds: string[];
  /** why the database's place (a network share, a synced folder) puts it at risk, or null */
  storageWarning: string | null;
}

/** what the demo loader added */
export interface DemoLoaded {
  programmes: number;
  recommendations: number;
  notes: number;
  policies: number;
  homes: number;
  monthlyUpdates: number;
  papers: number;
}

/** a backup just written and checked */
export interface BackupWritten {
  path: string;
  bytes: number;
  schemaVersion: string;
}
