import type { PlanDocument } from '../../domain/export/plan-document/model.ts';
import type {
  RenderPdfMessage,
  RenderPdfRequest,
  RenderProgress,
} from '../../workers/render-pdf-messages.ts';

const abortError = () => new DOMException('Export cancelled', 'AbortError');

/**
 * Makes the PDF in a worker (Cancel terminates it); where a worker cannot run, falls back to
 * the same renderer on this thread, which yields between slices. jsPDF is fetched either way
 * only now, on the first export.
 */
export async function makePdf(
  model: PlanDocument,
  logoDataUrl: string | null,
  onProgress: (p: RenderProgress) => void,
  signal: AbortSignal,
): Promise<Blob> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../../workers/render-pdf.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    const { renderPlanPdf } = await import('./pdf/render-plan-pdf.ts');
    return renderPlanPdf(model, { logoDataUrl, onProgress, signal });
  }
  return new Promise<Blob>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(abortError());
    };
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    const finish = () => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.addEventListener('message', (event: MessageEvent<RenderPdfMessage>) => {
      const m = event.data;
      if (m.type === 'progress') return onProgress(m.progress);
      finish();
      if (m.type === 'done') resolve(m.pdf);
      else reject(new Error(m.message));
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new Error(event.message || 'The PDF worker stopped unexpectedly.'));
    });
    const request: RenderPdfRequest = { model, logoDataUrl };
    worker.postMessage(request);
  });
}
