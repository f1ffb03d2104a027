import { describe, expect, it } from 'vitest';
import { defaultScheduleSettings } from './default-schedule-settings.ts';
import {
  durationText,
  parseAddressList,
  parseDurationTable,
  readDraft,
  toDraft,
} from './settings-draft.ts';

const settings = {
  ...defaultScheduleSettings('2026-03-02', 'Europe/London'),
  deadline: '2026-05-25',
  blackoutDates: ['2026-04-03', { from: '2026-04-06', to: '2026-04-07' }],
  overrides: { durationP50Days: [[10, 1]] as [number, number][] },
};

describe('settings draft', () => {
  it('round-trips settings through the form text unchanged', () => {
    const r = readDraft(toDraft(settings), settings);
    expect(r).toEqual({ ok: true, settings });
  });

  it('reports every bad field with a message', () => {
    const r = readDraft(
      {
        ...toDraft(settings),
        startDate: '',
        timeZone: 'Mars/Olympus',
        concurrency: '301',
        startWeekdays: [],
        bandwidthMbps: '-5',
        pilotMode: 'list',
        pilotList: 'not-an-address',
        aggregateGBPerHour: '0',
      },
      settings,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual([
      'aggregateGBPerHour',
      'bandwidthMbps',
      'concurrency',
      'pilotList',
      'startDate',
      'startWeekdays',
      'timeZone',
    ]);
    expect(r.errors.concurrency).toMatch(/1 to 300/);
    expect(r.errors.pilotList).toMatch(/not-an-address/);
  });

  it('rejects a deadline before the start and a reversed blackout range', () => {
    const r = readDraft({
      ...toDraft(settings),
      deadline: '2026-03-01',
      blackouts: [{ from: '2026-04-07', to: '2026-04-06' }],
    });
    expect(r.ok || r.errors).toEqual({
      deadline: 'The deadline is before the start date.',
      blackouts: 'The last blackout date is before the first.',
    });
  });

  it('keeps optional numbers empty as null and writes overrides only when given', () => {
    const r = readDraft({
      ...toDraft(settings),
      bandwidthMbps: '',
      batchSize: '',
      perMailboxGBPerHour: '0.9',
    });
    expect(r.ok && r.settings.bandwidthMbps).toBeNull();
    expect(r.ok && r.settings.batchSize).toBeNull();
    // The duration table came from the settings and went through the form's text.
    expect(r.ok && r.settings.overrides).toEqual({
      perMailboxGBPerHour: 0.9,
      durationP50Days: [[10, 1]],
    });
  });

  it('reads the other overrides, and an emptied one goes back to the published figure', () => {
    const r = readDraft({
      ...toDraft(settings),
      networkEfficiency: '0.55',
      largeMailboxGB: '50',
      durationP50Days: '',
      durationP90Days: '1, 3\n 10;5 \n\n100 30',
    });
    expect(r.ok && r.settings.overrides).toEqual({
      networkEfficiency: 0.55,
      largeMailboxGB: 50,
      durationP90Days: [
        [1, 3],
        [10, 5],
        [100, 30],
      ],
    });
    const bad = readDraft({
      ...toDraft(settings),
      networkEfficiency: '70',
      largeMailboxGB: '0',
      durationP50Days: '1, 1\n1, 2',
      durationP90Days: '10 GB, two days',
    });
    expect(bad.ok || bad.errors).toEqual({
      networkEfficiency:
        'Enter a share above 0 and at most 1 (0.7 is 70 %), or leave it empty for the default.',
      largeMailboxGB: 'Enter a size above 0 GB, or leave it empty for the default.',
      durationP50Days: 'Line 2: 1 GB must be larger than the line before (1 GB).',
      durationP90Days: 'Line 1: write “up to GB, days”, e.g. 10, 2.',
    });
  });

  it('reads duration tables also as the constants table writes them', () => {
    expect(parseDurationTable('≤ 1 GB: 1 d\n<= 10GB: 2 days\n50 gb 3 day')).toEqual({
      ok: true,
      rows: [
        [1, 1],
        [10, 2],
        [50, 3],
      ],
    });
  });

  it('reads duration tables line by line, naming the first bad line', () => {
    expect(parseDurationTable('  ')).toEqual({ ok: true, rows: null });
    expect(parseDurationTable('0, 1')).toEqual({
      ok: false,
      error: 'Line 1: the size must be above 0 GB.',
    });
    expect(parseDurationTable('1,1\n\n10 ,2\nfifty, 3')).toEqual({
      ok: false,
      error: 'Line 4: write “up to GB, days”, e.g. 10, 2.',
    });
    expect(
      durationText([
        [1, 1],
        [10, 2.5],
      ]),
    ).toBe('1, 1\n10, 2.5');
    expect(
      parseDurationTable(
        durationText([
          [1, 1],
          [10, 2.5],
        ]),
      ),
    ).toEqual({
      ok: true,
      rows: [
        [1, 1],
        [10, 2.5],
      ],
    });
  });

  it('reads address lists in any separator, lower-cased and without repeats', () => {
    expect(parseAddressList('A@x.com, b@x.com;\nA@X.com  c@x.com')).toEqual([
      'a@x.com',
      'b@x.com',
      'c@x.com',
    ]);
  });
});
