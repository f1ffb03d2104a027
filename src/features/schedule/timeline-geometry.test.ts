import { describe, expect, it } from 'vitest';
import { timelineGeometry, type TimelineInput } from './timeline-geometry.ts';

const base: TimelineInput = {
  startDate: '2026-03-02',
  batches: [
    {
      id: 'pilot',
      name: 'Pilot',
      startDate: '2026-03-02',
      syncDoneP90: '2026-03-06',
      cutoverDate: '2026-03-07',
    },
    {
      id: 'b1',
      name: 'Batch 1',
      startDate: '2026-03-09',
      syncDoneP90: '2026-03-27',
      cutoverDate: '2026-03-28',
    },
  ],
  deadline: '2026-04-03',
  blackoutDays: ['2026-03-16', '2026-03-17', '2026-03-19', '2025-12-25'],
  width: 1000,
  labelWidth: 100,
  rowHeight: 20,
  axisHeight: 30,
};

describe('timelineGeometry', () => {
  it('maps days linearly from the plan start to just after the latest date', () => {
    const g = timelineGeometry(base);
    // 2026-03-02 .. 2026-04-03 is 33 days, plus the spare day and the exclusive end.
    expect(g.from).toBe('2026-03-02');
    expect(g.to).toBe('2026-04-05');
    expect(g.dayWidth).toBeCloseTo(892 / 34);
    expect(g.plotX + g.plotWidth).toBe(1000 - 8);
    expect(g.height).toBe(30 + 2 * 20);
    const [pilot, b1] = g.rows;
    expect(pilot).toMatchObject({ id: 'pilot', y: 30, barX: 100 });
    expect(pilot!.barWidth).toBeCloseTo(5 * g.dayWidth);
    expect(pilot!.markerX).toBeCloseTo(100 + 5.5 * g.dayWidth);
    expect(b1!.y).toBe(50);
    expect(b1!.barX).toBeCloseTo(100 + 7 * g.dayWidth);
  });

  it('marks the deadline at the end of its day', () => {
    const g = timelineGeometry(base);
    expect(g.deadline?.date).toBe('2026-04-03');
    expect(g.deadline!.x).toBeCloseTo(100 + 33 * g.dayWidth);
    expect(timelineGeometry({ ...base, deadline: null }).deadline).toBeNull();
  });

  it('merges contiguous blackout days and drops days outside the chart', () => {
    const g = timelineGeometry(base);
    expect(g.blackout.map((b) => [b.from, b.to])).toEqual([
      ['2026-03-16', '2026-03-17'],
      ['2026-03-19', '2026-03-19'],
    ]);
    expect(g.blackout[0]!.width).toBeCloseTo(2 * g.dayWidth);
  });

  it('ticks every month start and every Monday', () => {
    const g = timelineGeometry(base);
    expect(g.months.map((m) => m.label)).toEqual(['Mar', 'Apr']);
    expect(g.months[1]!.x).toBeCloseTo(100 + 30 * g.dayWidth);
    expect(g.years).toEqual([{ x: 100, label: '2026' }]);
    expect(g.weeks.map((w) => w.date)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
  });

  it('leaves out week ticks when a long plan would crowd them', () => {
    const g = timelineGeometry({ ...base, deadline: '2029-01-01' });
    expect(g.weeks).toEqual([]);
    expect(g.years.map((y) => y.label)).toEqual(['2026', '2027', '2028', '2029']);
  });

  it('labels fewer months, never overlapping, when months get narrow', () => {
    const labelled = (deadline: string, width: number) =>
      timelineGeometry({ ...base, deadline, width }).months.filter((m) => m.label !== '');
    const gaps = (ms: { x: number }[]) => ms.slice(1).map((m, i) => m.x - ms[i]!.x);
    // 18 months in 900 units: room for every month.
    expect(labelled('2027-08-31', 1000)).toHaveLength(19);
    // Five years in 900 units: every third month (Jan, Apr, Jul, Oct), 30 units or more apart.
    const long = labelled('2031-02-28', 1000);
    expect(new Set(long.map((m) => m.label))).toEqual(new Set(['Jan', 'Apr', 'Jul', 'Oct']));
    expect(Math.min(...gaps(long))).toBeGreaterThanOrEqual(30);
  });

  it('leaves out the label of a month the chart starts too late in', () => {
    const g = timelineGeometry({
      ...base,
      batches: [],
      startDate: '2026-02-27',
      deadline: '2027-08-31',
    });
    expect(g.months[0]!.label).toBe('');
    expect(g.months[1]!.label).toBe('Mar');
    // The first year's label stays: the next January is far off.
    expect(g.years.map((y) => y.label)).toEqual(['2026', '2027']);
    const late = timelineGeometry({
      ...base,
      batches: [],
      startDate: '2026-12-30',
      deadline: '2028-08-31',
    });
    expect(late.years.map((y) => y.label)).toEqual(['2027', '2028']);
  });

  it('draws at least the start day without batches', () => {
    const g = timelineGeometry({ ...base, batches: [], deadline: null, blackoutDays: [] });
    expect(g.rows).toEqual([]);
    expect(g.from).toBe('2026-03-02');
    expect(g.to).toBe('2026-03-04');
  });
});
