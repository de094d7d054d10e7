import fs from 'node:fs';
import path from 'node:path';

// SQLite's locking, which keeps the file whole when two things write at once, does not work
// reliably over a network share, and a sync client (OneDrive, Dropbox…) copies the file and its
// -wal journal separately, mid-change: either can leave a damaged or out-of-date database.

const CLOUD_FOLDERS: [pattern: RegExp, name: string][] = [
  [/[\\/]OneDrive(?: - [^\\/]+)?[\\/]/i, 'OneDrive'],
  [/[\\/]Dropbox[\\/]/i, 'Dropbox'],
  [/[\\/](?:Google Drive|GoogleDrive|My Drive)[\\/]/i, 'Google Drive'],
  [/[\\/]Library[\\/]Mobile Documents[\\/]|[\\/]iCloud ?Drive[\\/]/i, 'iCloud Drive'],
  [/[\\/]Box(?: Sync)?[\\/]/i, 'Box'],
  [/[\\/]Library[\\/]CloudStorage[\\/]/i, 'a cloud storage service'],
];

const NETWORK_FILESYSTEMS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'afpfs', 'webdav', 'davfs', 'fuse.sshfs', '9p']);

/** The filesystem type of the mount holding `file`, from a /proc/mounts-style table (Linux). */
export function mountTypeOf(file: string, mounts: string): string | null {
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, point, type] = line.split(' ');
    if (!point || !type) continue;
    const mountPoint = point.replace(/\\040/g, ' ');
    const inside = file === mountPoint || file.startsWith(mountPoint.endsWith('/') ? mountPoint : `${mountPoint}/`);
    if (inside && (!best || mountPoint.length > best.point.length)) best = { point: mountPoint, type };
  }
  return best?.type ?? null;
}

/** Why the database's place is risky, in a sentence, or null. */
export function storageRisk(file: string, mounts: string | null = readMounts()): string | null {
  const full = path.resolve(file);
  const why = 'Keep it on this computer’s own disk and let the automatic backups go to the shared or synced folder instead.';
  if (/^\\\\|^\/\/[^/]/.test(file))
    return `The database is on a network share (${file}). SQLite cannot lock a file there reliably, so it can be damaged. ${why}`;
  const cloud = CLOUD_FOLDERS.find(([pattern]) => pattern.test(full));
  if (cloud)
    return `The database is in a folder that ${cloud[1]} syncs. A sync copies the database and its journal separately while they change, which can damage it or bring back old data. ${why}`;
  const type = mounts ? mountTypeOf(full, mounts) : null;
  if (type && NETWORK_FILESYSTEMS.has(type))
    return `The database is on a network drive (${type}). SQLite cannot lock a file there reliably, so it can be damaged. ${why}`;
  return null;
}

function readMounts(): string | null {
  try {
    return fs.readFileSync('/proc/mounts', 'utf8');
  } catch {
    return null;
  }
}
