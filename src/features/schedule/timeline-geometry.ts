import { dayNumber, isoFromDay, weekdayOf } from '../../domain/schedule/calendar.ts';

export type TimelineBatch = {
  id: string;
  name: string;
  startDate: string;
  syncDoneP90: string;
  cutoverDate: string;
};

export type TimelineInput = {
  /** The plan's start date: the chart begins there even before the first batch. */
  startDate: string;
  batches: readonly TimelineBatch[];
  deadline: string | null;
  blackoutDays: readonly string[];
  /** viewBox width; the SVG scales to its container. */
  width: number;
  labelWidth: number;
  rowHeight: number;
  axisHeight: number;
};

export type TimelineGeometry = {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  dayWidth: number;
  /** First day shown and the day after the last one shown. */
  from: string;
  to: string;
  rows: {
    id: string;
    name: string;
    y: number;
    barX: number;
    barWidth: number;
    markerX: number;
  }[];
  blackout: { x: number; width: number; from: string; to: string }[];
  deadline: { x: number; date: string } | null;
  months: { x: number; label: string }[];
  weeks: { x: number; date: string }[];
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Week ticks closer than this (viewBox units) would blur into a grey band. */
const MIN_WEEK_GAP = 8;

/**
 * Where everything of the schedule chart goes. Each day is a column [x(d), x(d + 1)); a bar
 * covers its copy from the start day through the 90th-percentile sync day, the cut-over
 * marker sits mid-day and the deadline line at the end of the deadline day (still allowed).
 */
export function timelineGeometry(input: TimelineInput): TimelineGeometry {
  const valid = (d: string) => !Number.isNaN(dayNumber(d));
  const starts = [input.startDate, ...input.batches.map((b) => b.startDate)].filter(valid);
  const ends = input.batches.flatMap((b) => [b.syncDoneP90, b.cutoverDate]).filter(valid);
  if (input.deadline && valid(input.deadline)) ends.push(input.deadline);
  const first = Math.min(...starts.map(dayNumber));
  const fromDay = Number.isFinite(first) ? first : 0;
  const last = Math.max(fromDay, ...ends.map(dayNumber));
  // One spare day so the last marker and the deadline label do not sit on the edge.
  const toDay = last + 2;
  const days = toDay - fromDay;

  const plotX = input.labelWidth;
  const plotWidth = Math.max(1, input.width - input.labelWidth);
  const dayWidth = plotWidth / days;
  const x = (day: number) => plotX + (day - fromDay) * dayWidth;
  const height = input.axisHeight + input.batches.length * input.rowHeight;

  const rows = input.batches.map((b, i) => {
    const start = dayNumber(b.startDate);
    const end = Math.max(start, dayNumber(b.syncDoneP90));
    return {
      id: b.id,
      name: b.name,
      y: input.axisHeight + i * input.rowHeight,
      barX: x(start),
      barWidth: (end + 1 - start) * dayWidth,
      markerX: x(dayNumber(b.cutoverDate)) + dayWidth / 2,
    };
  });

  // Contiguous blackout days become one shaded band.
  const shown = [...new Set(input.blackoutDays.map(dayNumber))]
    .filter((d) => d >= fromDay && d < toDay)
    .sort((a, b) => a - b);
  const blackout: TimelineGeometry['blackout'] = [];
  for (const d of shown) {
    const prev = blackout[blackout.length - 1];
    if (prev && dayNumber(prev.to) === d - 1) {
      prev.to = isoFromDay(d);
      prev.width += dayWidth;
    } else {
      blackout.push({ x: x(d), width: dayWidth, from: isoFromDay(d), to: isoFromDay(d) });
    }
  }

  const months: TimelineGeometry['months'] = [];
  const weeks: TimelineGeometry['weeks'] = [];
  for (let d = fromDay; d < toDay; d++) {
    const iso = isoFromDay(d);
    if (iso.endsWith('-01') || d === fromDay) {
      const [y, m] = iso.split('-');
      const month = MONTHS[Number(m) - 1] ?? '';
      months.push({ x: x(d), label: m === '01' || d === fromDay ? `${month} ${y}` : month });
    }
    if (weekdayOf(d) === 1 && dayWidth * 7 >= MIN_WEEK_GAP) weeks.push({ x: x(d), date: iso });
  }

  const deadlineDay = input.deadline ? dayNumber(input.deadline) : Number.NaN;
  return {
    width: input.width,
    height,
    plotX,
    plotWidth,
    dayWidth,
    from: isoFromDay(fromDay),
    to: isoFromDay(toDay),
    rows,
    blackout,
    deadline: Number.isNaN(deadlineDay)
      ? null
      : { x: x(deadlineDay + 1), date: input.deadline as string },
    months,
    weeks,
  };
}
