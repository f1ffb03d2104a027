import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../domain/schedule/build-schedule.ts';
import { link, testInput } from '../../testing/schedule-test-data.ts';
import { SplitList } from './split-list.tsx';
import { withScrollBoxHeight } from '../../testing/scroll-box-height.ts';

// Batches of two: the soft and weak links between hard-linked pairs are cut, and so is one
// hard link of the three people 6, 7 and 8.
const schedule = buildSchedule(
  testInput(
    9,
    [
      link(0, 1, 'folder'),
      link(1, 2, 'send-as'),
      link(2, 3, 'folder'),
      link(3, 4, 'full-access'),
      link(4, 5, 'calendar-delegate'),
      link(6, 7, 'calendar-delegate'),
      link(7, 8, 'folder'),
    ],
    { batchSize: 2 },
  ),
);

describe('SplitList', () => {
  withScrollBoxHeight(340);

  const rows = () =>
    within(screen.getByRole('table', { name: 'Split pairs' }))
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );

  it('counts the pairs by strength, lists them strongest first and filters by strength', () => {
    render(<SplitList schedule={schedule} />);
    expect(schedule.splits.count).toBeGreaterThan(1);
    expect(
      screen.getByRole('heading', { name: `Split pairs (${schedule.splits.count})` }),
    ).toBeTruthy();
    const strengths = rows().map((r) => r[5]);
    const order = ['executive', 'hard', 'soft', 'weak'];
    expect(strengths.map((s) => order.indexOf(s!))).toEqual(
      strengths.map((s) => order.indexOf(s!)).toSorted((x, y) => x - y),
    );
    expect(new Set(strengths)).toEqual(new Set(['hard', 'soft', 'weak']));
    const weak = strengths.filter((s) => s === 'weak').length;
    const hard = strengths.filter((s) => s === 'hard').length;
    expect(screen.getByText(/^Weak \(Full Access\):/, { selector: 'li' }).textContent).toContain(
      String(weak),
    );
    expect(screen.getByText(/^Hard \(calendar/, { selector: 'li' }).textContent).toContain(
      String(hard),
    );
    for (const r of rows()) {
      expect(r[0]).toMatch(/^u\d@x\.test$/);
      expect(r[1]).toMatch(/^Batch \d$/);
      expect(r[1]).not.toBe(r[3]);
    }
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'weak' } });
    expect(rows().map((r) => r[4])).toEqual(Array(weak).fill('full-access'));
  });
});
