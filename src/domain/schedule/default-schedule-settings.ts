import { facts } from '../facts.ts';
import type { IsoDate } from '../calendar.ts';
import type { ScheduleSettings } from './schedule-types.ts';

/**
 * Settings a new plan starts with. Copy starts on working days in the evening; cut-overs
 * happen Friday and Saturday evenings so the switch (Outlook restart, new profile) falls
 * outside office hours (reference §6.4, §8 "complete off-hours"). The days and times are
 * our defaults, not Microsoft figures: the user changes them.
 */
export function defaultScheduleSettings(startDate: IsoDate, timeZone: string): ScheduleSettings {
  return {
    startDate,
    timeZone,
    deadline: null,
    windows: {
      startWeekdays: [1, 2, 3, 4, 5],
      startTime: '18:00',
      cutoverWeekdays: [5, 6],
      cutoverTime: '19:00',
    },
    blackoutDates: [],
    concurrency: facts.defaultConcurrency.value,
    bandwidthMbps: null,
    batchSize: null,
    pilot: { mode: 'auto', size: 10, volunteers: [] },
    groupBy: 'none',
    keepExecutivesWithAssistants: true,
    executives: [],
    cutoverAt: 'p90',
    overrides: {},
  };
}
