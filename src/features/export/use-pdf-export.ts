import { useEffect, useRef, useState } from 'react';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import type { StoredInventory } from '../../store/inventory-db.ts';
import { downloadBlob } from '../../ui/download-blob.ts';
import type { RenderProgress } from '../../workers/render-pdf-messages.ts';
import { planPdf, type ReadyDecision } from './plan-pdf.ts';

export type PdfRunState =
  | { status: 'idle' }
  | { status: 'running'; progress: RenderProgress | null }
  | { status: 'made'; name: string; bytes: number; seconds: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export type PdfSource = {
  plan: PlanInputs;
  decision: ReadyDecision;
  inventory: StoredInventory;
  schedule: Schedule | null;
};

/**
 * Making and downloading the PDF, with its progress, Cancel, and how long it took. A run
 * still going when the page closes is cancelled.
 */
export function usePdfExport(source: PdfSource) {
  const [state, setState] = useState<PdfRunState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function run(redacted: boolean) {
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'running', progress: null });
    const started = performance.now();
    try {
      const { blob, name } = await planPdf({
        ...source,
        redacted,
        onProgress: (progress) => {
          if (!abort.signal.aborted) setState({ status: 'running', progress });
        },
        signal: abort.signal,
      });
      downloadBlob(blob, name);
      const seconds = (performance.now() - started) / 1000;
      setState({ status: 'made', name, bytes: blob.size, seconds });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') {
        setState({ status: 'cancelled' });
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

  return { state, run, cancel: () => controller.current?.abort() };
}
