import type { ColumnMapping } from '../../shared/domain/importFields';
import { importFieldsOf, type ImportKind } from '../../shared/domain/importKinds';
import type { ImportReportResult } from '../../shared/contract';

/** True when the file has headers the app did not recognise, or lacks a required column. */
export function needsMapping(report: ImportReportResult): boolean {
  return report.missing.length > 0 || report.columns.some((c) => c.field === null || c.mapped);
}

/**
 * The column-mapping step: for each header of the file that was not recognised (or that the user
 * has mapped), a choice of the fields this kind of file can hold, or “Ignore this column”.
 */
export function ColumnMappingStep({
  kind,
  report,
  mapping,
  onChange,
}: {
  kind: ImportKind;
  report: ImportReportResult;
  mapping: ColumnMapping;
  onChange(m: ColumnMapping): void;
}) {
  const fields = importFieldsOf(kind);
  const headers = report.columns.filter((c) => c.field === null || c.mapped || Object.prototype.hasOwnProperty.call(mapping, c.header));
  const recognised = report.columns.filter((c) => c.field !== null && !c.mapped && !Object.prototype.hasOwnProperty.call(mapping, c.header));
  return (
    <fieldset className="column-mapping" aria-label="Match the file’s columns">
      <legend>Match the file’s columns</legend>
      {report.missing.length > 0 && (
        <p className="error-text" role="alert">
          The file has no column for {report.missing.map((k) => fields[k]?.header ?? k).join(', ')}: choose which of its columns holds{' '}
          {report.missing.length > 1 ? 'them' : 'it'}, then check the file again.
        </p>
      )}
      {recognised.length > 0 && <p className="hint">Recognised: {recognised.map((c) => `${c.header} → ${fields[c.field!]?.header ?? c.field}`).join('; ')}.</p>}
      <table className="simple-table" aria-label="Columns of the file">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Import it as</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((c) => (
            <tr key={c.header}>
              <td>{c.header || '(no header)'}</td>
              <td>
                <select
                  aria-label={`Field for the column “${c.header}”`}
                  value={mapping[c.header] ?? ''}
                  onChange={(e) => onChange({ ...mapping, [c.header]: e.target.value === '' ? null : e.target.value })}
                >
                  <option value="">Ignore this column</option>
                  {Object.entries(fields).map(([key, f]) => (
                    <option key={key} value={key}>
                      {f.header}
                      {f.required ? ' (required)' : ''}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
