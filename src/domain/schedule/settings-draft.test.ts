import { describe, expect, it } from 'vitest';
import { defaultScheduleSettings } from './default-schedule-settings.ts';
import { parseAddressList, readDraft, toDraft } from './settings-draft.ts';

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
    expect(r.ok && r.settings.overrides).toEqual({ perMailboxGBPerHour: 0.9 });
  });

  it('reads address lists in any separator, lower-cased and without repeats', () => {
    expect(parseAddressList('A@x.com, b@x.com;\nA@X.com  c@x.com')).toEqual([
      'a@x.com',
      'b@x.com',
      'c@x.com',
    ]);
  });
});
