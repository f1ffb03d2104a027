import { useState } from 'react';
import type { Format } from '../../domain/format.ts';
import { useFormat } from '../../store/use-format.ts';
import type { RenderProgress } from '../../workers/render-pdf-messages.ts';
import { usePdfExport, type PdfRunState, type PdfSource } from './use-pdf-export.ts';

/**
 * The client-ready PDF: the document model is built here (pure, fast), jsPDF is fetched
 * only on the first click, and the PDF is laid out in slices with a progress bar and Cancel.
 */
export function PdfExport({
  blockedBy,
  ...source
}: PdfSource & {
  /** Why the PDF cannot be made right now (schedule still computing), if so. */
  blockedBy: string | null;
}) {
  const [redacted, setRedacted] = useState(false);
  const { state, run, cancel } = usePdfExport(source);
  const format = useFormat(source.plan);
  const running = state.status === 'running';
  return (
    <section className="card" aria-labelledby="exp-pdf-heading">
      <h2 id="exp-pdf-heading">Client-ready PDF</h2>
      <p>
        Cover, executive summary, recommendation, timeline chart, batches, user impact,
        communications calendar, runbook, rollback and an appendix of mailboxes by batch.
      </p>
      <RedactedToggle checked={redacted} disabled={running} onChange={setRedacted} />
      {blockedBy && <p className="notice">{blockedBy}</p>}
      <div className="exp-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={running || blockedBy !== null}
          onClick={() => void run(redacted)}
        >
          {redacted ? 'Download redacted PDF' : 'Download PDF'}
        </button>
        {running && (
          <button type="button" className="btn" onClick={cancel}>
            Cancel
          </button>
        )}
      </div>
      {running && <PdfProgress progress={state.progress} />}
      <p role="status" className="field-hint">
        {statusText(state, format)}
      </p>
      {state.status === 'error' && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
    </section>
  );
}

function statusText(state: PdfRunState, format: Format): string {
  if (state.status === 'cancelled') return 'PDF export cancelled.';
  if (state.status !== 'made') return '';
  const kb = format.count(Math.round(state.bytes / 1024));
  return `${state.name} is ready (${kb} KB, made in ${format.decimal(state.seconds)} s).`;
}

function RedactedToggle({
  checked,
  disabled,
  onChange,
}: {
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="field">
      <label className="exp-check">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
        />
        Redacted copy for sharing
      </label>
      <p className="field-hint">
        People’s names and addresses become pseudonyms (User 0001, user0001@redacted.invalid), the
        same person the same everywhere, and the mail domain is removed. The cover keeps the
        consultant and client names typed above.
      </p>
    </div>
  );
}

function PdfProgress({ progress }: { progress: RenderProgress | null }) {
  return (
    <div className="exp-progress">
      <progress aria-label="PDF progress" max={progress?.total ?? 1} value={progress?.done ?? 0} />
      <p className="field-hint">{progress?.step ?? 'Loading the PDF tools…'}</p>
    </div>
  );
}
