import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput } from 'jspdf-autotable';
import type { DocBlock, PlanDocument } from '../../domain/export/plan-document-model.ts';
import { FONT_FILES, fontBase64, hasCjk, hasHangul } from './pdf-fonts.ts';
import {
  drawTimeline,
  TIMELINE_FOOT_MM,
  TIMELINE_HEAD_MM,
  TIMELINE_ROW_MM,
} from './pdf-timeline.ts';

export type RenderProgress = { done: number; total: number; step: string };

export type RenderOptions = {
  logoDataUrl: string | null;
  onProgress?: (p: RenderProgress) => void;
  signal?: AbortSignal;
};

// A4 in millimetres.
const PAGE_W = 210;
const PAGE_H = 297;
const MARGIN = 18;
const TOP = 22;
const BOTTOM = PAGE_H - 16;
const CONTENT_W = PAGE_W - 2 * MARGIN;
const PT = 0.3528; // mm per point
const ACCENT: [number, number, number] = [20, 50, 110];
/** Appendix rows per autoTable call: one call is one slice of work between yields. */
const APPENDIX_CHUNK = 250;

/** Lets the browser paint and handle input between chunks, and honours Cancel. */
function breathe(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (signal?.aborted) reject(new DOMException('Export cancelled', 'AbortError'));
      else resolve();
    }, 0);
  });
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''} ${y}`;
}

/**
 * Lays the plan document out as an A4 PDF: cover, contents (filled in last, once page
 * numbers are known), one section per part, the appendix, then headers and "Page N of M".
 * Works in slices with a macrotask between them so a large plan never freezes the page.
 */
export async function renderPlanPdf(model: PlanDocument, options: RenderOptions): Promise<Blob> {
  const { signal } = options;
  const modelText = JSON.stringify(model);
  const needsCjk = hasCjk(modelText);
  const needsHangul = hasHangul(modelText);
  const total = 3 + model.sections.length + appendixChunks(model);
  let done = 0;
  const step = async (label: string) => {
    done += 1;
    options.onProgress?.({ done, total, step: label });
    await breathe(signal);
  };
  options.onProgress?.({ done, total, step: 'Loading fonts' });

  const [regular, bold, cjk, hangul] = await Promise.all([
    fontBase64(FONT_FILES.regular),
    fontBase64(FONT_FILES.bold),
    needsCjk ? fontBase64(FONT_FILES.cjk) : Promise.resolve(null),
    needsHangul ? fontBase64(FONT_FILES.hangul) : Promise.resolve(null),
  ]);
  await step('Fonts loaded');

  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('DejaVuSans.ttf', regular);
  doc.addFont('DejaVuSans.ttf', 'DejaVu', 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', bold);
  doc.addFont('DejaVuSans-Bold.ttf', 'DejaVu', 'bold');
  if (cjk) {
    doc.addFileToVFS('NotoSansSC-Regular.ttf', cjk);
    doc.addFont('NotoSansSC-Regular.ttf', 'NotoSC', 'normal');
    // No bold cut: bold CJK text falls back to the regular weight.
    doc.addFont('NotoSansSC-Regular.ttf', 'NotoSC', 'bold');
  }
  if (hangul) {
    doc.addFileToVFS('NotoSansKR-Regular.ttf', hangul);
    doc.addFont('NotoSansKR-Regular.ttf', 'NotoKR', 'normal');
    doc.addFont('NotoSansKR-Regular.ttf', 'NotoKR', 'bold');
  }
  doc.setProperties({
    title: model.title,
    subject: model.cover.subtitle,
    author: model.cover.consultantName,
    creator: 'Exchange Migration Planner',
  });
  doc.setLanguage('en-GB');

  /** The font that has the text's characters; Korean first, as Noto Sans KR also has Hanja. */
  const fontName = (text: string): string | null =>
    hangul && hasHangul(text) ? 'NotoKR' : cjk && hasCjk(text) ? 'NotoSC' : null;
  const font = (text: string, style: 'normal' | 'bold' = 'normal') => {
    doc.setFont(fontName(text) ?? 'DejaVu', style);
  };

  let y = TOP;
  const newPage = () => {
    doc.addPage();
    y = TOP;
  };
  const ensure = (h: number) => {
    if (y + h > BOTTOM) newPage();
  };
  const currentPage = () => doc.getCurrentPageInfo().pageNumber;

  /** Wrapped text; returns nothing, moves the cursor. */
  const write = (
    text: string,
    size: number,
    opts: {
      style?: 'normal' | 'bold';
      color?: [number, number, number];
      indent?: number;
      after?: number;
      keepWithNext?: number;
    } = {},
  ) => {
    const indent = opts.indent ?? 0;
    font(text, opts.style);
    doc.setFontSize(size);
    doc.setTextColor(...(opts.color ?? [25, 25, 25]));
    const lineH = size * PT * 1.35;
    const lines = doc.splitTextToSize(text, CONTENT_W - indent) as string[];
    ensure(lineH * Math.min(lines.length, 2) + (opts.keepWithNext ?? 0));
    for (const line of lines) {
      ensure(lineH);
      doc.text(line, MARGIN + indent, y, { baseline: 'top' });
      y += lineH;
    }
    y += opts.after ?? 0;
  };

  const table = (columns: string[], rows: string[][], widths?: number[], startOnNewRow = true) => {
    const sum = (widths ?? columns.map(() => 1)).reduce((a, b) => a + b, 0);
    const columnStyles: Record<number, { cellWidth: number }> = {};
    (widths ?? columns.map(() => 1)).forEach((w, i) => {
      columnStyles[i] = { cellWidth: (w / sum) * CONTENT_W };
    });
    if (startOnNewRow) ensure(16);
    autoTable(doc, {
      head: [columns],
      body: rows as RowInput[],
      startY: y,
      margin: { left: MARGIN, right: MARGIN, top: TOP, bottom: PAGE_H - BOTTOM },
      theme: 'striped',
      showHead: 'everyPage',
      rowPageBreak: 'avoid',
      styles: {
        font: 'DejaVu',
        fontStyle: 'normal',
        fontSize: 8,
        cellPadding: 1.4,
        overflow: 'linebreak',
        textColor: [25, 25, 25],
      },
      headStyles: { font: 'DejaVu', fontStyle: 'bold', fillColor: ACCENT, textColor: 255 },
      alternateRowStyles: { fillColor: [241, 244, 249] },
      columnStyles,
      didParseCell: (data: CellHookData) => {
        const name = fontName(data.cell.text.join(' '));
        if (name) data.cell.styles.font = name;
      },
    });
    y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 5;
  };

  const block = (b: DocBlock) => {
    switch (b.kind) {
      case 'heading':
        y += 2;
        write(b.text, 12.5, { style: 'bold', color: ACCENT, after: 1.5, keepWithNext: 12 });
        return;
      case 'paragraph':
        write(b.text, 10, {
          color:
            b.tone === 'muted' ? [95, 95, 95] : b.tone === 'warning' ? [150, 70, 0] : undefined,
          after: 2.5,
        });
        return;
      case 'bullets':
        for (const item of b.items) {
          font('•');
          doc.setFontSize(10);
          ensure(6);
          doc.setTextColor(...ACCENT);
          doc.text('•', MARGIN + 1, y, { baseline: 'top' });
          write(item, 10, { indent: 5, after: 1 });
        }
        y += 2;
        return;
      case 'facts':
        autoTable(doc, {
          body: b.rows,
          startY: y,
          margin: { left: MARGIN, right: MARGIN, top: TOP, bottom: PAGE_H - BOTTOM },
          theme: 'plain',
          styles: {
            font: 'DejaVu',
            fontSize: 10,
            cellPadding: { top: 1, bottom: 1, left: 0, right: 2 },
          },
          columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold', textColor: [70, 70, 70] } },
          didParseCell: (data: CellHookData) => {
            const name = fontName(data.cell.text.join(' '));
            if (name) data.cell.styles.font = name;
          },
        });
        y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 4;
        return;
      case 'table':
        table(b.columns, b.rows, b.widths);
        return;
      case 'timeline': {
        const data = b.timeline;
        let rest = data.bars;
        while (rest.length > 0) {
          const room = Math.floor(
            (BOTTOM - y - TIMELINE_HEAD_MM - TIMELINE_FOOT_MM) / TIMELINE_ROW_MM,
          );
          if (room < 4) {
            newPage();
            continue;
          }
          const chunk = rest.slice(0, room);
          rest = rest.slice(room);
          y += drawTimeline(doc, data, chunk, { x: MARGIN, y, width: CONTENT_W }, font) + 2;
        }
        return;
      }
    }
  };

  // Cover.
  cover(doc, model, options.logoDataUrl, font);
  // Contents: reserved now, written once the sections know their pages.
  newPage();
  const tocPage = currentPage();
  const entries: { title: string; page: number; level: number }[] = [];
  await step('Cover');

  for (const section of model.sections) {
    newPage();
    entries.push({ title: section.title, page: currentPage(), level: 0 });
    sectionTitle(section.title);
    for (const b of section.blocks) block(b);
    await step(section.title);
  }

  // Appendix: one table per batch, long batches in slices.
  newPage();
  entries.push({ title: model.appendix.title, page: currentPage(), level: 0 });
  sectionTitle(model.appendix.title);
  write(model.appendix.intro, 10, { color: [95, 95, 95], after: 3 });
  const listGroups = model.appendix.groups.length <= 40;
  for (const group of model.appendix.groups) {
    y += 2;
    write(group.title, 11, { style: 'bold', color: ACCENT, after: 1, keepWithNext: 14 });
    if (listGroups)
      entries.push({
        title: group.title.split(':')[0] ?? group.title,
        page: currentPage(),
        level: 1,
      });
    for (let i = 0; i < group.rows.length; i += APPENDIX_CHUNK) {
      table(
        model.appendix.columns,
        group.rows.slice(i, i + APPENDIX_CHUNK),
        model.appendix.widths,
        i === 0,
      );
      // Slices of one batch continue the same table.
      if (i + APPENDIX_CHUNK < group.rows.length) y -= 5;
      await step(`Appendix: ${group.title}`);
    }
  }

  contents(doc, tocPage, entries, font);
  decoratePages(doc, model, font);
  await step('Finishing');
  return doc.output('blob');

  function sectionTitle(title: string) {
    write(title, 20, { style: 'bold', color: ACCENT, after: 1 });
    doc.setDrawColor(...ACCENT);
    doc.setLineWidth(0.6);
    doc.line(MARGIN, y, MARGIN + 30, y);
    doc.setLineWidth(0.2);
    y += 6;
  }
}

function appendixChunks(model: PlanDocument): number {
  return model.appendix.groups.reduce(
    (n, g) => n + Math.max(1, Math.ceil(g.rows.length / APPENDIX_CHUNK)),
    0,
  );
}

type FontFn = (text: string, style?: 'normal' | 'bold') => void;

function cover(doc: jsPDF, model: PlanDocument, logo: string | null, font: FontFn) {
  const c = model.cover;
  if (logo) {
    try {
      const props = doc.getImageProperties(logo);
      const scale = Math.min(70 / props.width, 30 / props.height);
      doc.addImage(logo, props.fileType, MARGIN, 20, props.width * scale, props.height * scale);
    } catch {
      // A logo jsPDF cannot read leaves the cover without it rather than failing the export.
    }
  }
  doc.setFillColor(...ACCENT);
  doc.rect(0, 80, 8, 70, 'F');
  let y = 90;
  font(c.title, 'bold');
  doc.setFontSize(28);
  doc.setTextColor(...ACCENT);
  for (const line of doc.splitTextToSize(c.title, CONTENT_W) as string[]) {
    doc.text(line, MARGIN, y, { baseline: 'top' });
    y += 28 * PT * 1.25;
  }
  y += 3;
  font(c.subtitle);
  doc.setFontSize(13);
  doc.setTextColor(70, 70, 70);
  for (const line of doc.splitTextToSize(c.subtitle, CONTENT_W) as string[]) {
    doc.text(line, MARGIN, y, { baseline: 'top' });
    y += 13 * PT * 1.35;
  }
  y = Math.max(y + 20, 160);
  const rows: [string, string][] = [];
  if (c.clientName) rows.push(['Prepared for', c.clientName]);
  if (c.consultantName) rows.push(['Prepared by', c.consultantName]);
  rows.push(['Date', longDate(c.date)]);
  for (const [label, value] of rows) {
    font(label);
    doc.setFontSize(9);
    doc.setTextColor(110, 110, 110);
    doc.text(label.toUpperCase(), MARGIN, y, { baseline: 'top' });
    y += 5;
    font(value, 'bold');
    doc.setFontSize(15);
    doc.setTextColor(25, 25, 25);
    for (const line of doc.splitTextToSize(value, CONTENT_W) as string[]) {
      doc.text(line, MARGIN, y, { baseline: 'top' });
      y += 15 * PT * 1.3;
    }
    y += 6;
  }
  if (c.note) {
    font(c.note);
    doc.setFontSize(9);
    const lines = doc.splitTextToSize(c.note, CONTENT_W - 6) as string[];
    const lineH = 9 * PT * 1.35;
    const boxH = lines.length * lineH + 6;
    doc.setFillColor(255, 244, 214);
    doc.rect(MARGIN, 262 - boxH, CONTENT_W, boxH, 'F');
    doc.setTextColor(110, 70, 0);
    lines.forEach((line, i) => {
      doc.text(line, MARGIN + 3, 262 - boxH + 3 + i * lineH, { baseline: 'top' });
    });
  }
}

function contents(
  doc: jsPDF,
  page: number,
  entries: { title: string; page: number; level: number }[],
  font: FontFn,
) {
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

function decoratePages(doc: jsPDF, model: PlanDocument, font: FontFn) {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFontSize(8);
    doc.setTextColor(110, 110, 110);
    if (i > 1) {
      font(model.title);
      doc.text(model.title, MARGIN, 11, { baseline: 'bottom', maxWidth: CONTENT_W - 40 });
      if (model.cover.clientName) {
        font(model.cover.clientName);
        const w = doc.getTextWidth(model.cover.clientName);
        doc.text(model.cover.clientName, PAGE_W - MARGIN - Math.min(w, 38), 11, {
          baseline: 'bottom',
        });
      }
      doc.setDrawColor(200, 200, 200);
      doc.setLineWidth(0.2);
      doc.line(MARGIN, 13, PAGE_W - MARGIN, 13);
    }
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
