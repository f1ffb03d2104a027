import type { jsPDF } from 'jspdf';
import { ACCENT, BOTTOM, CONTENT_W, MARGIN, PAGE_W, PT, TOP } from './page-layout.ts';
import type { FontFn } from './pdf-fonts.ts';

/** A line of the contents: a part (level 0) or a batch of the appendix (level 1). */
export type ContentsEntry = { title: string; page: number; level: number };

/** The contents on the page reserved for them, each line linked to its page. */
export function drawContents(doc: jsPDF, page: number, entries: ContentsEntry[], font: FontFn) {
  doc.setPage(page);
  font('Contents', 'bold');
  doc.setFontSize(20);
  doc.setTextColor(...ACCENT);
  doc.text('Contents', MARGIN, TOP, { baseline: 'top' });
  let y = TOP + 14;
  const small = entries.length > 30;
  for (const e of entries) {
    if (y > BOTTOM - 4) break;
    const size = e.level === 0 ? 11 : small ? 8 : 9;
    font(e.title, e.level === 0 ? 'bold' : 'normal');
    doc.setFontSize(size);
    doc.setTextColor(e.level === 0 ? 25 : 80, e.level === 0 ? 25 : 80, e.level === 0 ? 25 : 80);
    const x = MARGIN + (e.level === 0 ? 0 : 6);
    const num = String(e.page);
    const numW = doc.getTextWidth(num);
    doc.text(e.title, x, y, { baseline: 'top' });
    const titleEnd = x + doc.getTextWidth(e.title) + 2;
    doc.text(num, PAGE_W - MARGIN - numW, y, { baseline: 'top' });
    // Dot leaders join the title to its page number.
    doc.setDrawColor(170, 170, 170);
    doc.setLineDashPattern([0.3, 1.2], 0);
    doc.line(titleEnd, y + size * PT * 0.8, PAGE_W - MARGIN - numW - 2, y + size * PT * 0.8);
    doc.setLineDashPattern([], 0);
    doc.link(MARGIN, y - 1, CONTENT_W, size * PT * 1.3, { pageNumber: e.page });
    y += size * PT * (e.level === 0 ? 2.1 : small ? 1.45 : 1.6);
  }
}
