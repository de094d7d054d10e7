import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../shared/contract';
import { BACKUP_STALE_DAYS } from '../../shared/domain/backupRotation';
import { MAX_IMPORT_FILE_MB } from '../../shared/domain/importFields';
import { formatDateLong } from '../../shared/domain/dates';
import { call, upload } from '../api';
import { useAppData } from '../AppData';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useToast } from '../components/Toast';
import { restoreProgressText, useRestoreJob } from './useRestoreJob';

/** A backup's time (UTC in its name) in the user's own time zone. */
function takenAt(utc: string, seconds = false): string {
  const d = new Date(`${utc}Z`);
  const two = (n: number) => String(n).padStart(2, '0');
  const local = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  return `${formatDateLong(local)} at ${two(d.getHours())}:${two(d.getMinutes())}${seconds ? `:${two(d.getSeconds())}` : ''}`;
}
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`);
const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** What the user asked to restore, waiting for the confirm dialog; `at` names the kept copy. */
type Asked = { what: string; at: string } & ({ backup: string } | { file: File });

/** Settings' backups: the last good one, a warning when it is old, "Back up now", and restoring one. */
export function BackupsCard({ folderSetting }: { folderSetting: string }) {
  const { info, reload } = useAppData();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asked, setAsked] = useState<Asked | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const restore = useRestoreJob();
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

  function ask(what: string, from: { backup: string } | { file: File }) {
    setError(null);
    setAsked({ what, at: new Date().toISOString(), ...from });
  }

  async function restoreAsked(a: Asked) {
    setAsked(null);
    setBusy(true);
    try {
      const done = await restore.run(async () =>
        'backup' in a
          ? call('backups.restore', { name: a.backup, at: a.at })
          : call('backups.restoreFile', { fileName: a.file.name, fileId: await upload(a.file), at: a.at }),
      );
      if (done) {
        toast('info', `Restored from ${done.fileName}.${done.keptAs ? ` The data it replaced is kept as ${done.keptAs}.` : ''}`);
        await reload();
        setStatus(await call('backups.status', {}));
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      restore.clear();
      setBusy(false);
      setFileKey((k) => k + 1);
    }
  }

  const keptName = (at: string) => `${baseName(info.dbPath)}.before-restore.${at.slice(0, 19).replace(/:/g, '-')}.bak`;
  const running = restore.status?.state === 'running' ? restore.status : null;

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
      <div className="form-actions">
        <button type="button" onClick={() => void backUpNow()} disabled={busy}>
          {busy && !running ? 'Working…' : 'Back up now'}
        </button>
        <label>
          Restore from a file…{' '}
          <input
            key={fileKey}
            type="file"
            accept=".sqlite,.bak,.db"
            aria-label="Backup file to restore"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              if (file.size > MAX_IMPORT_FILE_MB * 1024 * 1024) {
                setError(
                  `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB: a backup over ${MAX_IMPORT_FILE_MB} MB cannot be sent from the window. Close Housing Desk and restore it from the command line: housing-desk restore --db "${info.dbPath}" followed by the path of ${file.name}.`,
                );
                setFileKey((k) => k + 1);
                return;
              }
              ask(file.name, { file });
            }}
          />
        </label>
      </div>
      {running && (
        <div role="status" className="export-progress">
          {running.phase === 'copying' ? (
            <progress aria-label="Restore: copied" value={running.percent} max={100} />
          ) : (
            <progress aria-label="Restore: in progress" />
          )}{' '}
          {restoreProgressText(running)}…
          {running.phase !== 'replacing' && (
            <button type="button" onClick={() => void restore.cancel()}>
              Cancel
            </button>
          )}
        </div>
      )}
      {status && status.backups.length > 0 && (
        <table className="simple-table" aria-label="Backups kept">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Size</th>
              <th scope="col">Checked</th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {status.backups.map((b) => (
              <tr key={b.name}>
                <td>{takenAt(b.takenAt, true)}</td>
                <td>{size(b.bytes)}</td>
                <td>Checked after writing</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Restore the backup of ${takenAt(b.takenAt, true)}`}
                    onClick={() => ask(`the backup of ${takenAt(b.takenAt, true)}`, { backup: b.name })}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asked && (
        <ConfirmDialog
          title="Restore this backup?"
          message={`Housing Desk will check ${asked.what}, then replace all the data you are working on with the data in it. Your current data will be kept as a backup named ${keptName(asked.at)} beside the database. Changes made elsewhere in the moment the files are swapped are refused with a message.`}
          confirmLabel="Restore"
          cancelLabel="Keep my current data"
          onConfirm={() => void restoreAsked(asked)}
          onCancel={() => {
            setAsked(null);
            setFileKey((k) => k + 1);
          }}
        />
      )}
    </div>
  );
}
