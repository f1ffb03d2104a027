import { addDays, type IsoDate } from '../../calendar.ts';
import type { Format } from '../../format.ts';
import type { Schedule } from '../../schedule/schedule-types.ts';
import { batchLabel, emptySection, para } from './blocks.ts';
import type { DocContext } from './document-input.ts';
import type { DocSection, TimelineData } from './model.ts';

/** The chart of every batch on one axis, with a line that says how to read it. */
export function timelineSection({ input, f }: DocContext): DocSection {
  const s = input.schedule;
  const data = s ? timelineData(s, f) : null;
  if (!s || !data) return emptySection('timeline', 'Timeline', input);
  return {
    id: 'timeline',
    title: 'Timeline',
    blocks: [
      para(
        'Each bar is a batch: the light part is the data copy (to the 90th-percentile end), the dark mark the switch-over day. ' +
          'Shaded days are blackout days; the red line is the deadline.',
        'muted',
      ),
      { kind: 'timeline', timeline: data },
    ],
  };
}

function timelineData(schedule: Schedule, f: Format): TimelineData | null {
  if (schedule.batches.length === 0) return null;
  const starts = schedule.batches.map((b) => b.startDate).toSorted();
  const ends = schedule.batches.map((b) => b.cutoverDate).toSorted();
  const deadline = schedule.deadline ?? null;
  const from = starts[0] ?? schedule.endDate;
  const last = ends.at(-1) ?? schedule.endDate;
  const to = deadline && deadline > last ? deadline : last;
  return {
    from,
    to,
    deadline,
    bars: schedule.batches.map((b) => ({
      label: batchLabel(b),
      pilot: b.isPilot,
      start: b.startDate,
      syncP50: b.syncDoneP50,
      syncP90: b.syncDoneP90,
      cutover: b.cutoverDate,
    })),
    blackouts: dayRanges((schedule.blackoutDays ?? []).filter((d) => d >= from && d <= to)),
    monthNames: f.months,
  };
}

/** Consecutive blackout days as inclusive ranges, for shading. */
function dayRanges(days: readonly IsoDate[]): { from: IsoDate; to: IsoDate }[] {
  const ranges: { from: IsoDate; to: IsoDate }[] = [];
  for (const day of [...new Set(days)].toSorted()) {
    const last = ranges.at(-1);
    if (last && addDays(last.to, 1) === day) last.to = day;
    else ranges.push({ from: day, to: day });
  }
  return ranges;
}
