import { autoTable, type CellHookData, type RowInput } from 'jspdf-autotable';
import { ACCENT, BOTTOM, CONTENT_W, INK, MARGIN, PAGE_H, TOP } from './page-layout.ts';
import type { Pen } from './pen.ts';

const margin = { left: MARGIN, right: MARGIN, top: TOP, bottom: PAGE_H - BOTTOM };

/** Switches a cell to the font that has its characters. */
const cellFont = (pen: Pen) => (data: CellHookData) => {
  const name = pen.fontName(data.cell.text.join(' '));
  if (name) data.cell.styles.font = name;
};

/** Where autoTable ended, the cursor for what follows. */
const tableEnd = (pen: Pen) =>
  (pen.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;

/**
 * A striped table with its head repeated on every page. `widths` are relative; they are
 * scaled to the page. `startOnNewRow` false continues a table drawn in slices.
 */
export function drawTable(
  pen: Pen,
  columns: string[],
  rows: string[][],
  widths?: number[],
  startOnNewRow = true,
): void {
  const relative = widths ?? columns.map(() => 1);
  const sum = relative.reduce((a, b) => a + b, 0);
  const columnStyles: Record<number, { cellWidth: number }> = {};
  relative.forEach((w, i) => {
    columnStyles[i] = { cellWidth: (w / sum) * CONTENT_W };
  });
  if (startOnNewRow) pen.ensure(16);
  autoTable(pen.doc, {
    head: [columns],
    body: rows as RowInput[],
    startY: pen.y,
    margin,
    theme: 'striped',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: {
      font: 'DejaVu',
      fontStyle: 'normal',
      fontSize: 8,
      cellPadding: 1.4,
      overflow: 'linebreak',
      textColor: INK,
    },
    headStyles: { font: 'DejaVu', fontStyle: 'bold', fillColor: ACCENT, textColor: 255 },
    alternateRowStyles: { fillColor: [241, 244, 249] },
    columnStyles,
    didParseCell: cellFont(pen),
  });
  pen.y = tableEnd(pen) + 5;
}

/** Label and value pairs without lines, the labels bold in a fixed column. */
export function drawFacts(pen: Pen, rows: [string, string][]): void {
  autoTable(pen.doc, {
    body: rows,
    startY: pen.y,
    margin,
    theme: 'plain',
    styles: {
      font: 'DejaVu',
      fontSize: 10,
      cellPadding: { top: 1, bottom: 1, left: 0, right: 2 },
    },
    columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold', textColor: [70, 70, 70] } },
    didParseCell: cellFont(pen),
  });
  pen.y = tableEnd(pen) + 4;
}
