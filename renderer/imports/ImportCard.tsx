import { useState } from 'react';
import { count, counted } from '../../shared/domain/plural';
import type { ImportReportResult } from '../../shared/contract';
import { MAX_IMPORT_FILE_MB, type ColumnMapping } from '../../shared/domain/importFields';
import { IMPORT_KINDS, importKinds, validRowsOnlyAllowed, type ImportKind } from '../../shared/domain/importKinds';
import { looksLikeSentence, skippedRows, skippedSentence } from '../../shared/domain/importReport';
import { upload } from '../api';
import { useToast } from '../components/Toast';
import { ColumnMappingStep, needsMapping } from './ColumnMappingStep';
import { progressText, useImportJob } from './useImportJob';

/** A count as the screen writes it: 100,000. */

/** What became of the file: imported (and which rows were skipped), or why not yet. */
function outcome(report: ImportReportResult): string {
  if (!report.applied)
    return report.problems.length
      ? `${counted(report.problemCount ?? report.problems.length, 'problem')}: nothing has been imported.${
          (report.problemCount ?? 0) > report.problems.length ? ` The first ${report.problems.length} are listed.` : ''
        }`
      : 'No problems found: ready to import.';
  const skipped = skippedSentence(skippedRows(report));
  const rederived = report.rederived
    ? ` ${count(report.rederived)} later gas ${report.rederived === 1 ? 'check' : 'checks'} worked out again from the checks before.`
    : '';
  return `Imported.${skipped ? ` ${skipped}.` : ''}${rederived}`;
}

/**
 * Import a spreadsheet in two steps: check it (a dry run that lists every problem by row and
 * column, and what would change), then import it, all or nothing unless the valid rows are chosen.
 * Both run as a background job in main; the card polls it and shows the rows done. When the
 * file's headers are not all recognised, the user maps them to fields and checks again.
 */
export function ImportCard() {
  const toast = useToast();
  const [kind, setKind] = useState<ImportKind>(IMPORT_KINDS[0]);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReportResult | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [mappingChanged, setMappingChanged] = useState(false);
  const job = useImportJob();

  function reset() {
    setReport(null);
    setMapping({});
    setMappingChanged(false);
    job.clear();
  }

  async function run(dryRun: boolean, as: ImportKind = kind, columnMapping: ColumnMapping = mapping) {
    if (!file) return;
    if (file.size > MAX_IMPORT_FILE_MB * 1024 * 1024) {
      toast(
        'error',
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB: files over ${MAX_IMPORT_FILE_MB} MB cannot be imported. Split it and import the parts.`,
      );
      return;
    }
    setBusy(dryRun ? 'Checking the file' : 'Importing');
    try {
      const r = await job.run({
        kind: as,
        fileName: file.name,
        fileId: await upload(file),
        dryRun,
        validOnly: validOnly && validRowsOnlyAllowed(as),
        mapping: columnMapping,
      });
      if (!r) return;
      setReport(r);
      if (dryRun) setMappingChanged(false);
      if (r.applied) {
        const skipped = skippedSentence(skippedRows(r));
        toast('info', `Imported ${file.name}: ${count(r.new)} new, ${count(r.updated)} updated${skipped ? `; ${skipped}` : ''}.`);
      }
    } catch (e) {
      toast('error', (e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  const s = job.status;

  return (
    <div className="card" aria-label="Import a spreadsheet" role="region">
      <h2>Import a spreadsheet</h2>
      <div className="row2">
        <label>
          What it holds{' '}
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ImportKind);
              reset();
            }}
            aria-label="What the file holds"
          >
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {importKinds[k].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          File (.csv or .xlsx){' '}
          <input
            type="file"
            accept=".csv,.xlsx"
            aria-label="File to import"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
          />
        </label>
      </div>
      <p className="hint">
        Columns recognised by name (any case, spaces or underscores): {importKinds[kind].columnsHint}. Dates as dd/mm/yyyy, 2024-03-31 or Excel dates.
      </p>
      <div className="form-actions">
        <button type="button" onClick={() => run(true)} disabled={!file || busy !== null}>
          Check the file
        </button>
        {validRowsOnlyAllowed(kind) ? (
          <label className="check">
            <input type="checkbox" checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} /> Import the valid rows only
          </label>
        ) : (
          <span className="hint">All or nothing: a file with a problem imports nothing.</span>
        )}
        <button
          type="button"
          className="primary"
          onClick={() => run(false)}
          disabled={!report || report.applied || busy !== null || mappingChanged || (report.problems.length > 0 && !(validOnly && validRowsOnlyAllowed(kind)))}
        >
          Import
        </button>
      </div>
      {busy && (
        <div role="status" className="export-progress">
          {s?.state === 'running' && s.phase !== 'reading' ? (
            <progress aria-label={`${busy}: rows done`} value={s.done} max={Math.max(1, s.total)} />
          ) : (
            <progress aria-label={`${busy}: in progress`} />
          )}{' '}
          {s?.state === 'running' ? progressText(s) : busy}…
          {s?.state === 'running' && (
            <button type="button" onClick={() => void job.cancel()}>
              Cancel
            </button>
          )}
        </div>
      )}
      {report && !report.applied && !report.looksLike && needsMapping(report) && (
        <ColumnMappingStep
          kind={kind}
          report={report}
          mapping={mapping}
          onChange={(m) => {
            setMapping(m);
            setMappingChanged(true);
          }}
        />
      )}
      {mappingChanged && <p className="hint">Check the file again to use these columns.</p>}
      {report?.looksLike && (
        <div aria-label="Import report" role="region">
          <p>
            <strong>{looksLikeSentence(report.kind, report.looksLike)}</strong>: nothing has been imported. Choose “{importKinds[report.looksLike].label}” under
            What it holds, then check the file again.{' '}
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => {
                const as = report.looksLike!;
                setKind(as);
                reset();
                void run(true, as, {});
              }}
            >
              Check it as {report.looksLike}
            </button>
          </p>
        </div>
      )}
      {report && !report.looksLike && (
        <div aria-label="Import report" role="region">
          <p>
            <strong>{counted(report.rows, 'row')}</strong>: {count(report.new)} new
            {report.noAccess ? ` (${count(report.noAccess)} of them no-access visits)` : ''}, {count(report.updated)} updated, {count(report.unchanged)}{' '}
            unchanged. {outcome(report)}
          </p>
          {report.replaced && report.replaced.length > 0 && (
            <ul aria-label="Values replaced">
              {report.replaced.slice(0, 500).map((x) => (
                <li key={x.row}>
                  Row {x.row}: {x.measure} {x.period} {report.applied ? 'replaced' : 'replaces'} {x.old} with {x.new}.
                </li>
              ))}
            </ul>
          )}
          {report.notes && report.notes.length > 0 && (
            <>
              <h3>{report.applied ? 'What was added or changed' : 'What the import adds or changes'}</h3>
              <ul aria-label="What the import adds or changes">
                {report.notes.slice(0, 500).map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </>
          )}
          {report.problems.length > 0 && (
            <table className="simple-table" aria-label="Problems in the file">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.slice(0, 500).map((p, i) => (
                  <tr key={i}>
                    <td>{p.row}</td>
                    <td>{p.column}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.changes && report.changes.length > 0 && (
            <table className="simple-table" aria-label="What the import changes">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Record</th>
                  <th scope="col">Changes</th>
                </tr>
              </thead>
              <tbody>
                {report.changes.slice(0, 500).map((c) => (
                  <tr key={c.row}>
                    <td>{c.row}</td>
                    <td>{c.record}</td>
                    <td>{c.fields.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
