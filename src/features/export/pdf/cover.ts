import type { jsPDF } from 'jspdf';
import type { PlanDocument } from '../../../domain/export/plan-document/model.ts';
import { ACCENT, CONTENT_W, INK, MARGIN, PT } from './page-layout.ts';
import type { FontFn } from './pdf-fonts.ts';

/** The first page: logo, title and subtitle, who it is for and from, the date, any note. */
export function drawCover(doc: jsPDF, model: PlanDocument, logo: string | null, font: FontFn) {
  const c = model.cover;
  if (logo) drawLogo(doc, logo);
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
  rows.push(['Date', c.date]);
  for (const [label, value] of rows) y = drawDetail(doc, label, value, y, font);
  if (c.note) drawNote(doc, c.note, font);
}

function drawLogo(doc: jsPDF, logo: string) {
  try {
    const props = doc.getImageProperties(logo);
    const scale = Math.min(70 / props.width, 30 / props.height);
    doc.addImage(logo, props.fileType, MARGIN, 20, props.width * scale, props.height * scale);
  } catch {
    // A logo jsPDF cannot read leaves the cover without it rather than failing the export.
  }
}

/** A small capitalised label over its value; returns the y below them. */
function drawDetail(doc: jsPDF, label: string, value: string, top: number, font: FontFn) {
  let y = top;
  font(label);
  doc.setFontSize(9);
  doc.setTextColor(110, 110, 110);
  doc.text(label.toUpperCase(), MARGIN, y, { baseline: 'top' });
  y += 5;
  font(value, 'bold');
  doc.setFontSize(15);
  doc.setTextColor(...INK);
  for (const line of doc.splitTextToSize(value, CONTENT_W) as string[]) {
    doc.text(line, MARGIN, y, { baseline: 'top' });
    y += 15 * PT * 1.3;
  }
  return y + 6;
}

/** The note (sample data, redacted copy) in a tinted box at the foot of the cover. */
function drawNote(doc: jsPDF, note: string, font: FontFn) {
  font(note);
  doc.setFontSize(9);
  const lines = doc.splitTextToSize(note, CONTENT_W - 6) as string[];
  const lineH = 9 * PT * 1.35;
  const boxH = lines.length * lineH + 6;
  doc.setFillColor(255, 244, 214);
  doc.rect(MARGIN, 262 - boxH, CONTENT_W, boxH, 'F');
  doc.setTextColor(110, 70, 0);
  lines.forEach((line, i) => {
    doc.text(line, MARGIN + 3, 262 - boxH + 3 + i * lineH, { baseline: 'top' });
  });
}
