import type { Format } from '../../domain/format.ts';
import type { ImportFileResult } from '../../domain/inventory/parse-import-file.ts';
import { usePlanFormat } from './use-plan-format.ts';
import type { ImportStatus } from './use-import.ts';

function importedText(fileName: string, parsed: ImportFileResult, format: Format): string {
  const s = parsed.result.summary;
  if (parsed.kind === 'permissions') {
    return `Imported ${format.count(parsed.result.permissions.length)} permissions from ${fileName}: ${format.count(s.rowsRead)} rows read, ${format.count(s.accepted)} used, ${format.count(parsed.result.summary.skipped)} left out on purpose, ${format.count(s.rejected)} rejected.`;
  }
  if (s.rejected === 0) return `Imported all ${format.count(s.accepted)} rows from ${fileName}.`;
  return `Imported ${format.count(s.accepted)} of ${format.count(s.rowsRead)} rows from ${fileName}. ${format.count(s.rejected)} ${s.rejected === 1 ? 'row was' : 'rows were'} rejected: see Problems below.`;
}

/**
 * How the last import ended. The live region is always in the page, so screen readers
 * announce its new text; failures are alerts.
 */
export function ImportOutcomeNote({ status }: { status: ImportStatus }) {
  const format = usePlanFormat();
  const errors =
    status.state === 'nothing-imported'
      ? status.parsed.result.problems.filter((p) => p.severity === 'error').slice(0, 5)
      : [];
  return (
    <>
      <div role="status" className="inv-outcome">
        {status.state === 'imported' && (
          <p className="notice notice-ok">{importedText(status.fileName, status.parsed, format)}</p>
        )}
        {status.state === 'cancelled' && (
          <p className="notice">
            The import of {status.fileName} was cancelled. The plan keeps what it had.
          </p>
        )}
      </div>
      {status.state === 'failed' && (
        <p role="alert" className="notice notice-error">
          The import of {status.fileName} failed: {status.message}
        </p>
      )}
      {status.state === 'nothing-imported' && (
        <div role="alert" className="notice notice-error">
          <p>Nothing was imported from {status.fileName}, so the plan keeps what it had.</p>
          {errors.length > 0 && (
            <ul>
              {errors.map((p) => (
                <li key={`${p.file}-${p.row}-${p.reason}`}>
                  {p.row > 0 ? `Row ${p.row}: ` : ''}
                  {p.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
