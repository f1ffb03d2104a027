import type { jsPDF } from 'jspdf';
import type { TimelineBar, TimelineData } from '../../../domain/export/plan-document/model.ts';
import { daysBetween } from '../../../domain/calendar.ts';
import { BOTTOM, CONTENT_W, MARGIN, type Rgb } from './page-layout.ts';
import type { Pen } from './pen.ts';

export const TIMELINE_ROW_MM = 6;
/** Space above the bars (month labels) and below (legend). */
export const TIMELINE_HEAD_MM = 9;
export const TIMELINE_FOOT_MM = 12;

type Box = { x: number; y: number; width: number };
type Font = (text: string, style: 'normal' | 'bold') => void;

/** The chart at the cursor, its bars spread over as many pages as they need. */
export function drawTimelineBlock(pen: Pen, data: TimelineData): void {
  let rest = data.bars;
  while (rest.length > 0) {
    const room = Math.floor(
      (BOTTOM - pen.y - TIMELINE_HEAD_MM - TIMELINE_FOOT_MM) / TIMELINE_ROW_MM,
    );
    if (room < 4) {
      pen.newPage();
      continue;
    }
    const chunk = rest.slice(0, room);
    rest = rest.slice(room);
    const box = { x: MARGIN, y: pen.y, width: CONTENT_W };
    pen.y += drawTimeline(pen.doc, data, chunk, box, pen.font) + 2;
  }
}

/** Where a chart's days fall: `xOf` maps a date to its left edge. */
type Axis = { x0: number; chartW: number; dayW: number; top: number; height: number };

function axisOf(data: TimelineData, bars: readonly TimelineBar[], box: Box, labelW: number) {
  const x0 = box.x + labelW;
  const chartW = box.width - labelW;
  const dayW = chartW / (daysBetween(data.from, data.to) + 1);
  const axis: Axis = {
    x0,
    chartW,
    dayW,
    top: box.y + TIMELINE_HEAD_MM,
    height: bars.length * TIMELINE_ROW_MM,
  };
  return { axis, xOf: (d: string) => x0 + daysBetween(data.from, d) * dayW };
}

/**
 * Draws some bars of the timeline at `box` with jsPDF shapes: month grid, blackout shading,
 * each batch's copy period and switch-over day, and the deadline line. Every chunk shares the
 * whole plan's axis so charts split across pages line up. Returns the height used.
 */
export function drawTimeline(
  doc: jsPDF,
  data: TimelineData,
  bars: readonly TimelineBar[],
  box: Box,
  font: Font,
): number {
  const labelW = 40;
  const { axis, xOf } = axisOf(data, bars, box, labelW);
  const { x0, chartW, dayW, top, height } = axis;

  // Blackout days: shaded columns behind everything.
  doc.setFillColor(225, 225, 225);
  for (const b of data.blackouts) {
    doc.rect(xOf(b.from), top, (daysBetween(b.from, b.to) + 1) * dayW, height, 'F');
  }
  drawMonths(doc, data, axis, xOf, box.y + 4, font);
  doc.setDrawColor(150, 150, 150);
  doc.line(x0, top, x0, top + height);
  doc.line(x0, top + height, x0 + chartW, top + height);

  bars.forEach((bar, i) => {
    const y = top + i * TIMELINE_ROW_MM;
    font(bar.label, 'normal');
    doc.setFontSize(7.5);
    doc.setTextColor(30, 30, 30);
    doc.text(fit(doc, bar.label, labelW - 3), box.x, y + TIMELINE_ROW_MM / 2 + 1.1);
    drawBar(doc, bar, y, dayW, xOf);
  });

  if (data.deadline) drawDeadline(doc, data.deadline, axis, xOf(data.deadline) + dayW, font);
  legend(doc, x0, top + height + 8, font);
  doc.setTextColor(0, 0, 0);
  doc.setLineWidth(0.2);
  return TIMELINE_HEAD_MM + height + TIMELINE_FOOT_MM;
}

/** Month starts: a grid line each, labels (at `labelY`) spaced so they never overlap. */
function drawMonths(
  doc: jsPDF,
  data: TimelineData,
  { x0, chartW, dayW, top, height }: Axis,
  xOf: (d: string) => number,
  labelY: number,
  font: Font,
) {
  doc.setFontSize(7);
  doc.setTextColor(90, 90, 90);
  const monthStarts: string[] = [];
  let m = `${data.from.slice(0, 7)}-01`;
  while (m <= data.to) {
    if (m >= data.from) monthStarts.push(m);
    m = nextMonth(m);
  }
  const every = Math.max(1, Math.ceil(16 / Math.max(1, 30 * dayW)));
  doc.setDrawColor(200, 200, 200);
  doc.setLineWidth(0.15);
  monthStarts.forEach((start, i) => {
    const x = xOf(start);
    doc.line(x, top - 1, x, top + height);
    if (i % every === 0 && x < x0 + chartW - 8) {
      font('x', 'normal');
      const name = data.monthNames[Number(start.slice(5, 7)) - 1];
      doc.text(`${name} ${start.slice(0, 4)}`, x + 0.8, labelY);
    }
  });
  // A chart that starts mid-month names its first day, if that fits before the first month.
  if (monthStarts[0] !== data.from) {
    font('x', 'normal');
    const room = (monthStarts.length > 0 ? xOf(monthStarts[0]!) : x0 + chartW) - x0;
    if (doc.getTextWidth(data.from) + 1.5 <= room) doc.text(data.from, x0, labelY);
  }
}

/** One batch's row: the copy to the 90th and the median end, then the switch-over mark. */
function drawBar(
  doc: jsPDF,
  bar: TimelineBar,
  y: number,
  dayW: number,
  xOf: (d: string) => number,
) {
  const barY = y + 1.3;
  const barH = TIMELINE_ROW_MM - 2.6;
  const [light, mid, dark] = bar.pilot ? PILOT : BATCH;
  const copyEnd = xOf(bar.syncP90) + dayW;
  doc.setFillColor(...light);
  doc.rect(xOf(bar.start), barY, Math.max(dayW, copyEnd - xOf(bar.start)), barH, 'F');
  doc.setFillColor(...mid);
  doc.rect(
    xOf(bar.start),
    barY,
    Math.max(dayW, xOf(bar.syncP50) + dayW - xOf(bar.start)),
    barH,
    'F',
  );
  doc.setFillColor(...dark);
  const w = Math.max(1.2, dayW);
  doc.rect(xOf(bar.cutover) + dayW / 2 - w / 2, y + 0.6, w, TIMELINE_ROW_MM - 1.2, 'F');
}

/** The deadline: a red line at the end of its day (`x`), named below the chart. */
function drawDeadline(doc: jsPDF, deadline: string, axis: Axis, x: number, font: Font) {
  const { x0, chartW, top, height } = axis;
  doc.setDrawColor(200, 30, 30);
  doc.setLineWidth(0.5);
  doc.line(x, top - 2, x, top + height);
  doc.setTextColor(200, 30, 30);
  font('Deadline', 'bold');
  doc.setFontSize(7);
  const text = `Deadline ${deadline}`;
  const tw = doc.getTextWidth(text);
  doc.text(text, Math.min(x - tw / 2, x0 + chartW - tw), top + height + 4);
}

const BATCH: [Rgb, Rgb, Rgb] = [
  [186, 208, 235],
  [110, 154, 210],
  [20, 50, 110],
];
const PILOT: [Rgb, Rgb, Rgb] = [
  [245, 215, 170],
  [230, 165, 80],
  [150, 80, 10],
];

function legend(doc: jsPDF, x: number, y: number, font: Font) {
  const items: [Rgb, string][] = [
    [BATCH[1], 'Copy, median'],
    [BATCH[0], 'Copy, 90th percentile'],
    [BATCH[2], 'Switch-over'],
    [PILOT[1], 'Pilot'],
    [[225, 225, 225], 'Blackout'],
  ];
  font('x', 'normal');
  doc.setFontSize(7);
  doc.setTextColor(60, 60, 60);
  let cx = x;
  for (const [color, text] of items) {
    doc.setFillColor(...color);
    doc.rect(cx, y - 2.4, 4, 2.8, 'F');
    doc.text(text, cx + 5, y);
    cx += 8 + doc.getTextWidth(text);
  }
}

function nextMonth(first: string): string {
  const y = Number(first.slice(0, 4));
  const mo = Number(first.slice(5, 7));
  return mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
}

/** Cuts a label to a width with an ellipsis rather than letting it run into the bars. */
function fit(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let t = text;
  while (t.length > 1 && doc.getTextWidth(`${t}…`) > width) t = t.slice(0, -1);
  return `${t}…`;
}
