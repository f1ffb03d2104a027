import type { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import type { TimelineData } from '../../../domain/export/plan-document/model.ts';
import { formatFor } from '../../../domain/format.ts';
import { drawTimeline } from './timeline.ts';

/** The parts of jsPDF the chart uses; texts are recorded with their x and a width of 1.4 mm a character. */
function fakeDoc() {
  const texts: { text: string; x: number; y: number }[] = [];
  const noop = () => {};
  const doc = {
    setFontSize: noop,
    setTextColor: noop,
    setFillColor: noop,
    setDrawColor: noop,
    setLineWidth: noop,
    rect: noop,
    line: noop,
    text: (text: string, x: number, y: number) => texts.push({ text, x, y }),
    getTextWidth: (text: string) => text.length * 1.4,
  };
  return { doc: doc as unknown as jsPDF, texts };
}

const bar = { label: 'Batch 1', pilot: false, syncP50: '2026-04-01', syncP90: '2026-04-20' };

function axisLabels(data: TimelineData) {
  const { doc, texts } = fakeDoc();
  drawTimeline(doc, data, data.bars, { x: 10, y: 10, width: 180 }, () => {});
  return texts.filter((t) => t.y === 14).sort((a, b) => a.x - b.x);
}

describe('drawTimeline', () => {
  it('never lets the first day and the first month labels overlap', () => {
    for (const from of ['2026-03-02', '2026-03-20', '2026-03-29']) {
      const data: TimelineData = {
        from,
        to: '2027-03-01',
        deadline: '2027-03-01',
        bars: [{ ...bar, start: from, cutover: '2026-04-21' }],
        blackouts: [],
        monthNames: formatFor('en-GB').months,
      };
      const labels = axisLabels(data);
      for (let i = 1; i < labels.length; i++) {
        const prev = labels[i - 1]!;
        expect(prev.x + prev.text.length * 1.4).toBeLessThanOrEqual(labels[i]!.x);
      }
      expect(labels.some((l) => l.text === 'Apr 2026')).toBe(true);
    }
  });

  it('names a mid-month first day when there is room before the first month', () => {
    const data: TimelineData = {
      from: '2026-03-02',
      to: '2026-06-30',
      deadline: null,
      bars: [{ ...bar, start: '2026-03-02', cutover: '2026-04-21' }],
      blackouts: [],
      monthNames: formatFor('en-GB').months,
    };
    expect(axisLabels(data).map((l) => l.text)).toEqual([
      '2026-03-02',
      'Apr 2026',
      'May 2026',
      'Jun 2026',
    ]);
  });
});
