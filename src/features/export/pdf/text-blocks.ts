import { ACCENT, MARGIN, MUTED, type Rgb } from './page-layout.ts';
import type { Pen } from './pen.ts';

const TONE: Record<'normal' | 'muted' | 'warning', Rgb | undefined> = {
  normal: undefined,
  muted: MUTED,
  warning: [150, 70, 0],
};

/** A part's title with a short accent rule under it. */
export function drawSectionTitle(pen: Pen, title: string): void {
  pen.write(title, 20, { style: 'bold', color: ACCENT, after: 1 });
  const { doc } = pen;
  doc.setDrawColor(...ACCENT);
  doc.setLineWidth(0.6);
  doc.line(MARGIN, pen.y, MARGIN + 30, pen.y);
  doc.setLineWidth(0.2);
  pen.y += 6;
}

export function drawHeading(pen: Pen, text: string): void {
  pen.y += 2;
  pen.write(text, 12.5, { style: 'bold', color: ACCENT, after: 1.5, keepWithNext: 12 });
}

export function drawParagraph(pen: Pen, text: string, tone: keyof typeof TONE = 'normal'): void {
  pen.write(text, 10, { color: TONE[tone], after: 2.5 });
}

export function drawBullets(pen: Pen, items: readonly string[]): void {
  const { doc } = pen;
  for (const item of items) {
    pen.font('•');
    doc.setFontSize(10);
    pen.ensure(6);
    doc.setTextColor(...ACCENT);
    doc.text('•', MARGIN + 1, pen.y, { baseline: 'top' });
    pen.write(item, 10, { indent: 5, after: 1 });
  }
  pen.y += 2;
}
