/// <reference lib="webworker" />
import type { PlanDocument } from '../../domain/export/plan-document-model.ts';
import { renderPlanPdf, type RenderProgress } from './render-pdf.ts';

export type RenderPdfRequest = { model: PlanDocument; logoDataUrl: string | null };

export type RenderPdfMessage =
  | { type: 'progress'; progress: RenderProgress }
  | { type: 'done'; pdf: Blob }
  | { type: 'error'; message: string };

// Laying out and compressing a 60-page PDF takes seconds of CPU; here it never blocks the page.
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
