import type { jsPDF } from 'jspdf';
import { BOTTOM, CONTENT_W, INK, MARGIN, PT, TOP, type Rgb } from './page-layout.ts';
import type { FontFn } from './pdf-fonts.ts';

export type WriteOptions = {
  style?: 'normal' | 'bold';
  color?: Rgb;
  indent?: number;
  /** Space below the text, in mm. */
  after?: number;
  /** Height that must fit on the page with the first lines, so a heading never ends a page. */
  keepWithNext?: number;
};

/**
 * The flowing part of the document: where the next line goes (`y`), new pages when the
 * current one is full, and wrapped text in the font that has its characters.
 */
export class Pen {
  y = TOP;

  readonly doc: jsPDF;
  readonly font: FontFn;
  /** The font for a text's characters when DejaVu Sans lacks them; null for DejaVu. */
  readonly fontName: (text: string) => string | null;

  constructor(doc: jsPDF, font: FontFn, fontName: (text: string) => string | null) {
    this.doc = doc;
    this.font = font;
    this.fontName = fontName;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = TOP;
  }

  /** A new page unless `h` mm still fit on this one. */
  ensure(h: number): void {
    if (this.y + h > BOTTOM) this.newPage();
  }

  currentPage(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  /** Wrapped text at the cursor; moves the cursor below it. */
  write(text: string, size: number, opts: WriteOptions = {}): void {
    const { doc } = this;
    const indent = opts.indent ?? 0;
    this.font(text, opts.style);
    doc.setFontSize(size);
    doc.setTextColor(...(opts.color ?? INK));
    const lineH = size * PT * 1.35;
    const lines = doc.splitTextToSize(text, CONTENT_W - indent) as string[];
    this.ensure(lineH * Math.min(lines.length, 2) + (opts.keepWithNext ?? 0));
    for (const line of lines) {
      this.ensure(lineH);
      doc.text(line, MARGIN + indent, this.y, { baseline: 'top' });
      this.y += lineH;
    }
    this.y += opts.after ?? 0;
  }
}
