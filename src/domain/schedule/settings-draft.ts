import { facts } from '../facts.ts';
import { dayNumber, isTimeOfDay, isTimeZone } from '../calendar.ts';
import {
  addressError,
  blackoutError,
  dateError,
  optionalNumber,
  parseAddressList,
  parseDurationTable,
} from './draft-fields.ts';
import type { BlackoutEntry, ScheduleGroupBy, ScheduleSettings } from './schedule-types.ts';

/**
 * The settings form edits text, as the inputs hold it; `readDraft` turns it back into
 * ScheduleSettings or says, per field, what is wrong. Pure, so the rules are unit-tested.
 */
export type SettingsDraft = {
  startDate: string;
  timeZone: string;
  deadline: string;
  startWeekdays: number[];
  startTime: string;
  cutoverWeekdays: number[];
  cutoverTime: string;
  blackouts: { from: string; to: string }[];
  concurrency: string;
  bandwidthMbps: string;
  batchSize: string;
  pilotMode: 'none' | 'auto' | 'list';
  pilotSize: string;
  pilotVolunteers: string;
  pilotList: string;
  groupBy: ScheduleGroupBy;
  keepExecutivesWithAssistants: boolean;
  executives: string;
  cutoverAt: 'p50' | 'p90';
  aggregateGBPerHour: string;
  perMailboxGBPerHour: string;
  networkEfficiency: string;
  largeMailboxGB: string;
  /** Duration tables as text: one "up to GB, days" line per size tier. */
  durationP50Days: string;
  durationP90Days: string;
};

export { blackoutError, parseAddressList, parseDurationTable } from './draft-fields.ts';

export type DraftField = Exclude<keyof SettingsDraft, 'blackouts'> | 'blackouts';
export type DraftErrors = Partial<Record<DraftField, string>>;

const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function toDraft(s: ScheduleSettings): SettingsDraft {
  const pilot = s.pilot ?? { mode: 'none' };
  return {
    startDate: s.startDate,
    timeZone: s.timeZone,
    deadline: s.deadline ?? '',
    startWeekdays: [...s.windows.startWeekdays],
    startTime: s.windows.startTime,
    cutoverWeekdays: [...s.windows.cutoverWeekdays],
    cutoverTime: s.windows.cutoverTime,
    blackouts: (s.blackoutDates ?? []).map((b) =>
      typeof b === 'string' ? { from: b, to: b } : { ...b },
    ),
    concurrency: num(s.concurrency),
    bandwidthMbps: num(s.bandwidthMbps),
    batchSize: num(s.batchSize),
    pilotMode: pilot.mode,
    pilotSize: pilot.mode === 'auto' ? String(pilot.size) : '10',
    pilotVolunteers: pilot.mode === 'auto' ? pilot.volunteers.join('\n') : '',
    pilotList: pilot.mode === 'list' ? pilot.emails.join('\n') : '',
    groupBy: s.groupBy ?? 'none',
    keepExecutivesWithAssistants: s.keepExecutivesWithAssistants,
    executives: (s.executives ?? []).join('\n'),
    cutoverAt: s.cutoverAt === 'p50' ? 'p50' : 'p90',
    aggregateGBPerHour: num(s.overrides?.aggregateGBPerHour),
    perMailboxGBPerHour: num(s.overrides?.perMailboxGBPerHour),
    networkEfficiency: num(s.overrides?.networkEfficiency),
    largeMailboxGB: num(s.overrides?.largeMailboxGB),
    durationP50Days: durationText(s.overrides?.durationP50Days),
    durationP90Days: durationText(s.overrides?.durationP90Days),
  };
}

/** A duration table as the form shows it: "up to GB, days", one tier a line. */
export function durationText(rows: readonly (readonly [number, number])[] | undefined): string {
  return (rows ?? []).map(([gb, days]) => `${gb}, ${days}`).join('\n');
}

/** The calendar fields: dates, time zone, windows and blackouts. */
function checkCalendar(d: SettingsDraft, errors: DraftErrors): void {
  errors.startDate = dateError(d.startDate, 'start date');
  if (!isTimeZone(d.timeZone.trim()))
    errors.timeZone = 'Enter an IANA time zone such as Europe/Berlin or America/New_York.';
  if (d.deadline !== '') {
    if (Number.isNaN(dayNumber(d.deadline))) errors.deadline = 'The deadline must be a date.';
    else if (!errors.startDate && dayNumber(d.deadline) < dayNumber(d.startDate))
      errors.deadline = 'The deadline is before the start date.';
  }
  if (d.startWeekdays.length === 0) errors.startWeekdays = 'Choose at least one day.';
  if (!isTimeOfDay(d.startTime)) errors.startTime = 'Enter a time as HH:MM (24-hour).';
  if (d.cutoverWeekdays.length === 0) errors.cutoverWeekdays = 'Choose at least one day.';
  if (!isTimeOfDay(d.cutoverTime)) errors.cutoverTime = 'Enter a time as HH:MM (24-hour).';
  const badBlackout = d.blackouts.find((b) => blackoutError(b.from, b.to));
  if (badBlackout) errors.blackouts = blackoutError(badBlackout.from, badBlackout.to);
}

/** Concurrency, bandwidth and batch size. */
function checkCapacity(d: SettingsDraft, errors: DraftErrors) {
  const maxC = facts.maxConcurrency.value;
  const concurrency = optionalNumber(d.concurrency);
  if (
    concurrency === null ||
    !Number.isInteger(concurrency) ||
    concurrency < 1 ||
    concurrency > maxC
  )
    errors.concurrency = `Enter a whole number from 1 to ${maxC}.`;
  const bandwidth = optionalNumber(d.bandwidthMbps);
  if (bandwidth !== null && !(bandwidth > 0))
    errors.bandwidthMbps = 'Enter a bandwidth above 0, or leave it empty if unknown.';
  const batchSize = optionalNumber(d.batchSize);
  if (batchSize !== null && !(Number.isInteger(batchSize) && batchSize >= 1))
    errors.batchSize = 'Enter a whole number of mailboxes, or leave it empty.';
  return { concurrency, bandwidth, batchSize };
}

/** The pilot and the executives: who goes first, who stays with their assistants. */
function checkPeople(d: SettingsDraft, errors: DraftErrors) {
  const pilotSize = optionalNumber(d.pilotSize);
  const volunteers = parseAddressList(d.pilotVolunteers);
  const pilotList = parseAddressList(d.pilotList);
  if (d.pilotMode === 'auto') {
    if (pilotSize === null || !Number.isInteger(pilotSize) || pilotSize < 1)
      errors.pilotSize = 'Enter how many mailboxes the pilot holds (1 or more).';
    errors.pilotVolunteers = addressError(volunteers);
  }
  if (d.pilotMode === 'list') {
    errors.pilotList =
      pilotList.length === 0 ? 'List at least one address.' : addressError(pilotList);
  }
  const executives = parseAddressList(d.executives);
  errors.executives = addressError(executives);
  const pilot: ScheduleSettings['pilot'] =
    d.pilotMode === 'none'
      ? { mode: 'none' }
      : d.pilotMode === 'list'
        ? { mode: 'list', emails: pilotList }
        : { mode: 'auto', size: pilotSize as number, volunteers };
  return { pilot, executives };
}

/**
 * The overrides of published figures; `previous` keeps the ones the form does not edit.
 * Checked before anything is built, so a valid draft gives the overrides as they are read.
 */
function checkOverrides(d: SettingsDraft, errors: DraftErrors, previous?: ScheduleSettings) {
  const aggregate = optionalNumber(d.aggregateGBPerHour);
  if (aggregate !== null && !(aggregate > 0))
    errors.aggregateGBPerHour = 'Enter a rate above 0, or leave it empty for the default.';
  const perMailbox = optionalNumber(d.perMailboxGBPerHour);
  if (perMailbox !== null && !(perMailbox > 0))
    errors.perMailboxGBPerHour = 'Enter a rate above 0, or leave it empty for the default.';
  const efficiency = optionalNumber(d.networkEfficiency);
  if (efficiency !== null && !(efficiency > 0 && efficiency <= 1))
    errors.networkEfficiency =
      'Enter a share above 0 and at most 1 (0.7 is 70 %), or leave it empty for the default.';
  const largeGB = optionalNumber(d.largeMailboxGB);
  if (largeGB !== null && !(largeGB > 0))
    errors.largeMailboxGB = 'Enter a size above 0 GB, or leave it empty for the default.';
  const p50 = parseDurationTable(d.durationP50Days);
  if (!p50.ok) errors.durationP50Days = p50.error;
  const p90 = parseDurationTable(d.durationP90Days);
  if (!p90.ok) errors.durationP90Days = p90.error;

  const {
    aggregateGBPerHour: _a,
    perMailboxGBPerHour: _p,
    networkEfficiency: _e,
    largeMailboxGB: _l,
    durationP50Days: _d50,
    durationP90Days: _d90,
    ...kept
  } = previous?.overrides ?? {};
  const overrides: ScheduleSettings['overrides'] = { ...kept };
  if (aggregate !== null) overrides.aggregateGBPerHour = aggregate;
  if (perMailbox !== null) overrides.perMailboxGBPerHour = perMailbox;
  if (efficiency !== null) overrides.networkEfficiency = efficiency;
  if (largeGB !== null) overrides.largeMailboxGB = largeGB;
  if (p50.ok && p50.rows) overrides.durationP50Days = p50.rows;
  if (p90.ok && p90.rows) overrides.durationP90Days = p90.rows;
  return overrides;
}

/**
 * Reads the draft, group by group in the form's order (so the first error is the first
 * field to fix). `previous` keeps overrides the form does not edit (none today; a newer
 * version's).
 */
export function readDraft(
  d: SettingsDraft,
  previous?: ScheduleSettings,
): { ok: true; settings: ScheduleSettings } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  checkCalendar(d, errors);
  const { concurrency, bandwidth, batchSize } = checkCapacity(d, errors);
  const { pilot, executives } = checkPeople(d, errors);
  const overrides = checkOverrides(d, errors, previous);

  const found = Object.fromEntries(
    Object.entries(errors).filter(([, v]) => v !== undefined),
  ) as DraftErrors;
  if (Object.keys(found).length > 0) return { ok: false, errors: found };

  const blackoutDates: BlackoutEntry[] = d.blackouts.map((b) =>
    b.to === '' || b.to === b.from ? b.from : { from: b.from, to: b.to },
  );
  return {
    ok: true,
    settings: {
      startDate: d.startDate,
      timeZone: d.timeZone.trim(),
      deadline: d.deadline === '' ? null : d.deadline,
      windows: {
        startWeekdays: [...d.startWeekdays].sort(),
        startTime: d.startTime,
        cutoverWeekdays: [...d.cutoverWeekdays].sort(),
        cutoverTime: d.cutoverTime,
      },
      blackoutDates,
      concurrency: concurrency as number,
      bandwidthMbps: bandwidth,
      batchSize,
      pilot,
      groupBy: d.groupBy,
      keepExecutivesWithAssistants: d.keepExecutivesWithAssistants,
      executives,
      cutoverAt: d.cutoverAt,
      overrides,
    },
  };
}
