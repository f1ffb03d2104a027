import { useEffect, useRef, useState } from 'react';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import type { StoredInventory } from '../../store/inventory-db.ts';
import { downloadBlob } from '../../ui/download-blob.ts';
import { planPdf, type ReadyDecision } from './plan-pdf.ts';
import type { RenderProgress } from '../../workers/render-pdf-messages.ts';

type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress: RenderProgress | null }
  | { status: 'done'; message: string }
  | { status: 'error'; message: string };

/**
 * The client-ready PDF: the document model is built here (pure, fast), jsPDF is fetched
 * only on the first click, and the PDF is laid out in slices with a progress bar and Cancel.
 */
export function PdfExport({
  plan,
  decision,
  inventory,
  schedule,
  blockedBy,
}: {
  plan: PlanInputs;
  decision: ReadyDecision;
  inventory: StoredInventory;
  schedule: Schedule | null;
  /** Why the PDF cannot be made right now (schedule still computing), if so. */
  blockedBy: string | null;
}) {
  const [redacted, setRedacted] = useState(false);
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function run() {
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'running', progress: null });
    const started = performance.now();
    try {
      const { blob, name } = await planPdf({
        plan,
        decision,
        inventory,
        schedule,
        redacted,
        onProgress: (progress) => {
          if (!abort.signal.aborted) setState({ status: 'running', progress });
        },
        signal: abort.signal,
      });
      downloadBlob(blob, name);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      setState({
        status: 'done',
        message: `${name} is ready (${Math.round(blob.size / 1024).toLocaleString()} KB, made in ${seconds} s).`,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') {
        setState({ status: 'done', message: 'PDF export cancelled.' });
      } else {
        setState({
          status: 'error',
          message: `The PDF could not be made: ${e instanceof Error ? e.message : String(e)}`,
        });
      }
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  const running = state.status === 'running';
  const progress = running ? state.progress : null;
  return (
    <section className="card" aria-labelledby="exp-pdf-heading">
      <h2 id="exp-pdf-heading">Client-ready PDF</h2>
      <p>
        Cover, executive summary, recommendation, timeline chart, batches, user impact,
        communications calendar, runbook, rollback and an appendix of mailboxes by batch.
      </p>
      <div className="field">
        <label className="exp-check">
          <input
            type="checkbox"
            checked={redacted}
            disabled={running}
            onChange={(e) => setRedacted(e.target.checked)}
          />
          Redacted copy for sharing
        </label>
        <p className="field-hint">
          People’s names and addresses become pseudonyms (User 0001, user0001@redacted.invalid), the
          same person the same everywhere, and the mail domain is removed. The cover keeps the
          consultant and client names typed above.
        </p>
      </div>
      {blockedBy && <p className="notice">{blockedBy}</p>}
      <div className="exp-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={running || blockedBy !== null}
          onClick={() => void run()}
        >
          {redacted ? 'Download redacted PDF' : 'Download PDF'}
        </button>
        {running && (
          <button type="button" className="btn" onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        )}
      </div>
      {running && (
        <div className="exp-progress">
          <progress
            aria-label="PDF progress"
            max={progress?.total ?? 1}
            value={progress?.done ?? 0}
          />
          <p className="field-hint">{progress?.step ?? 'Loading the PDF tools…'}</p>
        </div>
      )}
      <p role="status" className="field-hint">
        {state.status === 'done' ? state.message : ''}
      </p>
      {state.status === 'error' && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
    </section>
  );
}
