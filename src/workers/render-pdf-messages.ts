import type { PlanDocument } from '../domain/export/plan-document/model.ts';

/** How far the PDF is: `done` of `total` slices, and what the last one was. */
export type RenderProgress = { done: number; total: number; step: string };

/** What the page asks the PDF worker: lay this document out, with this logo on the cover. */
export type RenderPdfRequest = { model: PlanDocument; logoDataUrl: string | null };

/** Messages the worker posts: progress while it runs, then the PDF (or the error). */
export type RenderPdfMessage =
  | { type: 'progress'; progress: RenderProgress }
  | { type: 'done'; pdf: Blob }
  | { type: 'error'; message: string };
