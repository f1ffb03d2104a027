import { jsPDF } from 'jspdf';
import type { PlanDocument } from '../../../domain/export/plan-document/model.ts';
import type { RenderProgress } from '../../../workers/render-pdf-messages.ts';
import { appendixChunks, drawAppendix } from './appendix.ts';
import { drawBlock } from './blocks.ts';
import { drawContents, type ContentsEntry } from './contents.ts';
import { drawCover } from './cover.ts';
import { drawPageFurniture } from './page-furniture.ts';
import { embedFonts, loadFonts } from './pdf-fonts.ts';
import { Pen } from './pen.ts';
import { drawSectionTitle } from './text-blocks.ts';

export type RenderOptions = {
  logoDataUrl: string | null;
  onProgress?: (p: RenderProgress) => void;
  signal?: AbortSignal;
};

/** Lets the browser paint and handle input between chunks, and honours Cancel. */
function breathe(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (signal?.aborted) reject(new DOMException('Export cancelled', 'AbortError'));
      else resolve();
    }, 0);
  });
}

/**
 * Lays the plan document out as an A4 PDF: cover, contents (filled in last, once page
 * numbers are known), one section per part, the appendix, then headers and "Page N of M".
 * Works in slices with a macrotask between them so a large plan never freezes the page.
 */
export async function renderPlanPdf(model: PlanDocument, options: RenderOptions): Promise<Blob> {
  const total = 3 + model.sections.length + appendixChunks(model);
  let done = 0;
  const step = async (label: string) => {
    done += 1;
    options.onProgress?.({ done, total, step: label });
    await breathe(options.signal);
  };
  options.onProgress?.({ done, total, step: 'Loading fonts' });
  const fonts = await loadFonts(JSON.stringify(model));
  await step('Fonts loaded');

  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const { font, fontName } = embedFonts(doc, fonts);
  doc.setProperties({
    title: model.title,
    subject: model.cover.subtitle,
    author: model.cover.consultantName,
    creator: 'Exchange Migration Planner',
  });
  doc.setLanguage('en-GB');
  const pen = new Pen(doc, font, fontName);

  drawCover(doc, model, options.logoDataUrl, font);
  // Contents: reserved now, written once the sections know their pages.
  pen.newPage();
  const tocPage = pen.currentPage();
  const entries: ContentsEntry[] = [];
  await step('Cover');

  for (const section of model.sections) {
    pen.newPage();
    entries.push({ title: section.title, page: pen.currentPage(), level: 0 });
    drawSectionTitle(pen, section.title);
    for (const b of section.blocks) drawBlock(pen, b);
    await step(section.title);
  }
  entries.push(...(await drawAppendix(pen, model.appendix, step)));

  drawContents(doc, tocPage, entries, font);
  drawPageFurniture(doc, model, font);
  await step('Finishing');
  return doc.output('blob');
}
