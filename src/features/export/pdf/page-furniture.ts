import type { jsPDF } from 'jspdf';
import type { PlanDocument } from '../../../domain/export/plan-document/model.ts';
import { CONTENT_W, MARGIN, PAGE_H, PAGE_W } from './page-layout.ts';
import type { FontFn } from './pdf-fonts.ts';

/**
 * What every page carries, drawn once the page count is known: after the cover, the plan's
 * title and client in a header; on every page, the marking (sample data) and "Page N of M".
 */
export function drawPageFurniture(doc: jsPDF, model: PlanDocument, font: FontFn) {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFontSize(8);
    doc.setTextColor(110, 110, 110);
    if (i > 1) drawHeader(doc, model, font);
    if (model.marking) {
      font(model.marking, 'bold');
      doc.setTextColor(150, 90, 0);
      doc.text(model.marking, MARGIN, PAGE_H - 9);
      doc.setTextColor(110, 110, 110);
    }
    font('Page');
    const footer = `Page ${i} of ${pages}`;
    doc.text(footer, PAGE_W - MARGIN - doc.getTextWidth(footer), PAGE_H - 9);
  }
}

function drawHeader(doc: jsPDF, model: PlanDocument, font: FontFn) {
  font(model.title);
  doc.text(model.title, MARGIN, 11, { baseline: 'bottom', maxWidth: CONTENT_W - 40 });
  const client = model.cover.clientName;
  if (client) {
    font(client);
    const w = doc.getTextWidth(client);
    doc.text(client, PAGE_W - MARGIN - Math.min(w, 38), 11, { baseline: 'bottom' });
  }
  doc.setDrawColor(200, 200, 200);
  doc.setLineWidth(0.2);
  doc.line(MARGIN, 13, PAGE_W - MARGIN, 13);
}
