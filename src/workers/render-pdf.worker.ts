/// <reference lib="webworker" />
import { renderPlanPdf } from '../features/export/pdf/render-plan-pdf.ts';
import type { RenderPdfMessage, RenderPdfRequest } from './render-pdf-messages.ts';

// Laying out and compressing a 60-page PDF takes seconds of CPU; here it never blocks the page.
// A thin shell like the other workers, but its work is drawing, not domain logic: the renderer
// (jsPDF, fonts fetched on first use) lives with the export page in features/export/pdf/.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: RenderPdfMessage) => scope.postMessage(m);
scope.addEventListener('message', (event: MessageEvent<RenderPdfRequest>) => {
  const { model, logoDataUrl } = event.data;
  renderPlanPdf(model, {
    logoDataUrl,
    onProgress: (progress) => post({ type: 'progress', progress }),
  })
    .then((pdf) => post({ type: 'done', pdf }))
    .catch((error: unknown) =>
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
});
