import { useId, type ReactNode } from 'react';
import type { ImportedFileMeta } from '../../domain/plan/plan.ts';
import { usePlanFormat } from './use-plan-format.ts';
import { browserTimeZone } from '../../store/use-plan-schedule.ts';
import { ImportProgress } from './import-progress.tsx';
import { ImportOutcomeNote } from './import-outcome-note.tsx';
import { CopyButton } from './copy-button.tsx';
import type { ExportCommand } from './powershell-commands.ts';
import type { ImportStatus } from './use-import.ts';

/** One export to import: what it is, how to produce it, the file input and the import's state. */
export function ImportCard(props: {
  title: string;
  inputLabel: string;
  accepts: ReactNode;
  commands: readonly ExportCommand[];
  multiple?: boolean;
  meta: ImportedFileMeta | null;
  status: ImportStatus;
  onFiles: (files: File[]) => void;
  onCancel: () => void;
  /** Another import into the plan is running (the sample): this one waits. */
  blocked?: boolean;
}) {
  const headingId = useId();
  const format = usePlanFormat();
  const inputId = useId();
  const hintId = useId();
  const { status, meta } = props;
  const running = status.state === 'running';
  return (
    <section className="card inv-import" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      <div id={hintId} className="field-hint">
        {props.accepts}
      </div>
      <details className="inv-commands">
        <summary>
          {props.commands.length > 1
            ? 'PowerShell commands that produce it'
            : 'PowerShell command that produces it'}
        </summary>
        {props.commands.map((c) => (
          <div key={c.title}>
            <h3>{c.title}</h3>
            <p className="field-hint">{c.note}</p>
            <pre className="inv-code">
              <code>{c.code}</code>
            </pre>
            <CopyButton text={c.code} label={`Copy the ${c.title} command`} />
          </div>
        ))}
      </details>
      <div className="field inv-file-field">
        <label htmlFor={inputId} className="field-label">
          {props.inputLabel}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          multiple={props.multiple}
          aria-describedby={hintId}
          disabled={running || props.blocked}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            // Cleared so choosing the same file again (after fixing it) imports it again.
            e.target.value = '';
            if (files.length > 0) props.onFiles(files);
          }}
        />
      </div>
      {meta && !running && (
        <p className="inv-current">
          In this plan: <strong>{meta.name}</strong>, imported{' '}
          {format.dateTime(Date.parse(meta.importedAt), browserTimeZone())}:{' '}
          {format.count(meta.accepted)} of {format.count(meta.rows)} rows.
        </p>
      )}
      {status.state === 'running' && (
        <ImportProgress
          fileName={status.fileName}
          file={status.file}
          estimate={status.estimate}
          progress={status.progress}
          onCancel={props.onCancel}
        />
      )}
      <ImportOutcomeNote status={status} />
    </section>
  );
}
