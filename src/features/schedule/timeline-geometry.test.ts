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
    expect(g.dayWidth).toBeCloseTo(900 / 34);
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
    expect(g.months.map((m) => m.label)).toEqual(['Mar 2026', 'Apr']);
    expect(g.months[1]!.x).toBeCloseTo(100 + 30 * g.dayWidth);
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
    expect(g.months.some((m) => m.label === 'Jan 2027')).toBe(true);
  });

  it('draws at least the start day without batches', () => {
    const g = timelineGeometry({ ...base, batches: [], deadline: null, blackoutDays: [] });
    expect(g.rows).toEqual([]);
    expect(g.from).toBe('2026-03-02');
    expect(g.to).toBe('2026-03-04');
  });
});
