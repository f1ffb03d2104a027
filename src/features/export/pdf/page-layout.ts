// A4 in millimetres.
export const PAGE_W = 210;
export const PAGE_H = 297;
export const MARGIN = 18;
/** Where a page's content starts, below the header. */
export const TOP = 22;
/** Where a page's content ends, above the footer. */
export const BOTTOM = PAGE_H - 16;
export const CONTENT_W = PAGE_W - 2 * MARGIN;
/** Millimetres per point. */
export const PT = 0.3528;

export type Rgb = [number, number, number];
export const ACCENT: Rgb = [20, 50, 110];
export const INK: Rgb = [25, 25, 25];
export const MUTED: Rgb = [95, 95, 95];
