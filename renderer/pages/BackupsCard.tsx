import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../shared/contract';
import { BACKUP_STALE_DAYS } from '../../shared/domain/backupRotation';
import { formatDateLong } from '../../shared/domain/dates';
import { call } from '../api';
import { useToast } from '../components/Toast';

/** A backup's time (UTC in its name) in the user's own time zone. */
function takenAt(utc: string): string {
  const d = new Date(`${utc}Z`);
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${formatDateLong(local)} at ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`);

/** Settings' backups: the last good one, a warning when it is old, and "Back up now". */
export function BackupsCard({ folderSetting }: { folderSetting: string }) {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  useEffect(() => {
    call('backups.status', {}).then(setStatus, (e) => setError((e as Error).message));
  }, [folderSetting]);

  async function backUpNow() {
    setBusy(true);
    setError(null);
    try {
      const written = await call('backups.create', {});
      toast('info', `Backed up and checked: ${written.path}`);
      setStatus(await call('backups.status', {}));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="card" data-testid="backups">
      <h2>Backups</h2>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {status?.stale && (
        <div className="warning-banner" role="status">
          {status.latest
            ? `The last backup is more than ${BACKUP_STALE_DAYS} days old (${takenAt(status.latest.takenAt)}). Back up now, and check that Housing Desk can write to the backup folder.`
            : 'There is no backup of this database yet. Back up now.'}
        </div>
      )}
      {status && (
        <dl className="facts">
          <dt>Last good backup</dt>
          <dd>{status.latest ? `${takenAt(status.latest.takenAt)}, ${size(status.latest.bytes)}, checked after writing` : 'None yet'}</dd>
          <dt>Backup folder</dt>
          <dd>{status.folder}</dd>
          <dt>Kept</dt>
          <dd>
            {status.count} {status.count === 1 ? 'backup' : 'backups'}: one a day for a week, one a week for a month, one a month for a year. Housing Desk takes
            one each day it starts.
          </dd>
        </dl>
      )}
      <button type="button" onClick={() => void backUpNow()} disabled={busy}>
        {busy ? 'Backing up…' : 'Back up now'}
      </button>
    </div>
  );
}
