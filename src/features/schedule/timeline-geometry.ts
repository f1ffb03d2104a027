import { dayNumber, isoFromDay, weekdayOf } from '../../domain/calendar.ts';

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
  /** A tick at every month start; the label is empty where months are too narrow for all. */
  months: { x: number; label: string }[];
  /** Each year's label, at its January (or the chart's first day). */
  years: { x: number; label: string }[];
  weeks: { x: number; date: string }[];
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Week ticks closer than this (viewBox units) would blur into a grey band. */
const MIN_WEEK_GAP = 8;
/** Room a month label needs ("Sep" at 12 px and a gap), and a year label ("2027"). */
const MONTH_LABEL = 30;
const YEAR_LABEL = 40;
/** Label every month, or every 2nd, 3rd, 6th or 12th when months are narrow. */
const MONTH_STEPS = [1, 2, 3, 6, 12];
const RIGHT_PAD = 8;

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
  // Room on the right for the half of a switch-over diamond past its day.
  const plotWidth = Math.max(1, input.width - input.labelWidth - RIGHT_PAD);
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
  const years: TimelineGeometry['years'] = [];
  const weeks: TimelineGeometry['weeks'] = [];
  const step = MONTH_STEPS.find((k) => k * 30.4 * dayWidth >= MONTH_LABEL) ?? 12;
  for (let d = fromDay; d < toDay; d++) {
    const iso = isoFromDay(d);
    if (iso.endsWith('-01') || d === fromDay) {
      const [y, m] = iso.split('-');
      const month = Number(m) - 1;
      // A chart that starts late in a month labels that month only if the label fits.
      const next =
        month === 11 ? `${Number(y) + 1}-01-01` : `${y}-${String(month + 2).padStart(2, '0')}-01`;
      const roomy = iso.endsWith('-01') || (dayNumber(next) - d) * dayWidth >= MONTH_LABEL;
      const label = month % step === 0 && roomy ? (MONTHS[month] ?? '') : '';
      months.push({ x: x(d), label });
      if (month === 0 || d === fromDay) years.push({ x: x(d), label: y ?? '' });
    }
    if (weekdayOf(d) === 1 && dayWidth * 7 >= MIN_WEEK_GAP) weeks.push({ x: x(d), date: iso });
  }
  // The first day's year gives way to the next January when they would touch.
  if (years.length > 1 && years[1]!.x - years[0]!.x < YEAR_LABEL) years.shift();

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
    years,
    weeks,
  };
}
