import type { FactId } from '../facts.ts';
import type { Mailbox, Permission } from '../inventory/mailbox.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import type { IsoDate } from '../calendar.ts';

export type Batch = {
  id: string;
  name: string;
  /**
   * This batch's mailboxes, as positions in `Schedule.emails` (batchEmails gives the emails).
   * Positions rather than strings: at a million mailboxes the lists cost a few MB that pass to
   * the page in one copy, where strings were 8 bytes a pointer on the heap and copied one by one.
   */
  memberIndexes: Int32Array;
  totalBytes: number;
  isPilot: boolean;
  locked: boolean;
  /** First day data copy starts, local date. */
  startDate: IsoDate;
  /** Expected end of initial sync, median and 90th percentile, local dates. */
  syncDoneP50: IsoDate;
  syncDoneP90: IsoDate;
  /** Final switch-over (completion) date, local. */
  cutoverDate: IsoDate;
  /** UTC instants for New-MigrationBatch -StartAfter / -CompleteAfter, ISO 8601 with Z. */
  startAfterUtc: string;
  completeAfterUtc: string;
  /** Largest member mailbox in bytes (added for issue 6). */
  largestBytes?: number;
  /** Row limit this batch is held to (method limit or target size). */
  limit?: number;
  /** Constraint problems of this batch, e.g. a manual move over the limit; empty when fine. */
  constraints?: string[];
};

export type SplitStrength = 'executive' | 'hard' | 'soft' | 'weak';

/** One split pair as an object (splitPairAt makes it from the columns of SplitPairs). */
export type SplitPair = {
  a: string;
  b: string;
  kind: string;
  /** How strongly the link should have held (added for issue 6). */
  strength?: SplitStrength;
  batchA: string;
  batchB: string;
  /** Calendar days between the two batches' switch-over dates. */
  daysApart: number;
};

/**
 * Permission links whose two mailboxes are in different batches, as columns: pair `i` links
 * `emails[a[i]]` and `emails[b[i]]`, which are in `batches[batchA[i]]` and `batches[batchB[i]]`.
 * A million mailboxes have ~10^5 of them, as objects they were most of the scheduler's output.
 */
export type SplitPairs = {
  count: number;
  a: Int32Array;
  b: Int32Array;
  /** Index into SPLIT_KINDS (schedule-view.ts). */
  kind: Uint8Array;
  /** Index into SPLIT_STRENGTHS (schedule-view.ts). */
  strength: Uint8Array;
  batchA: Int32Array;
  batchB: Int32Array;
  /** Calendar days between the two batches' switch-over dates. */
  daysApart: Int32Array;
};

/** What holds a late plan back (named to people by `bindingLabel`). */
export type BindingLimit =
  | 'concurrency'
  | 'bandwidth'
  | 'largest-mailbox'
  | 'people-grouping'
  | 'batch-count'
  | 'duration'
  | 'cutover-size';

export type Schedule = {
  method: MigrationMethod;
  /** Every scheduled mailbox's email (lower-cased primary SMTP), in the scheduler's order. */
  emails: string[];
  batches: Batch[];
  splits: SplitPairs;
  /** Mailboxes flagged for attention (over 100 GB, over 200 GB...). */
  flags: { email: string; reason: string; factId: string }[];
  endDate: IsoDate;
  meetsDeadline: boolean;
  /** When the deadline is missed: which limit binds and what would fix it. */
  binding: { limit: BindingLimit; explanation: string; fix: string }[];
  /** Every constant used, with its source fact (added for issue 6). */
  constants?: ScheduleConstant[];
  notices?: ScheduleNotice[];
  deadline?: IsoDate | null;
  blackoutDays?: IsoDate[];
};

// ---- Inputs of buildSchedule (added for issue 6; everything above is the original contract).

/** A blackout: one local date or an inclusive range of dates. */
export type BlackoutEntry = IsoDate | { from: IsoDate; to: IsoDate };

/** Weekdays are numbered as Date#getUTCDay: 0 = Sunday ... 6 = Saturday. */
export type ScheduleWindows = {
  /** Days a batch may start its data copy, and the local time it starts (`HH:MM`). */
  startWeekdays: number[];
  startTime: string;
  /** Days a batch may switch over (complete), and the local time (`HH:MM`). */
  cutoverWeekdays: number[];
  cutoverTime: string;
};

export type PilotSetting =
  | { mode: 'none' }
  /** The given mailboxes (lower-cased emails) form the pilot batch. */
  | { mode: 'list'; emails: string[] }
  /** Volunteers first, then IT-department mailboxes, up to `size`. */
  | { mode: 'auto'; size: number; volunteers: string[] };

export type ScheduleGroupBy = 'none' | 'department' | 'office' | 'database';

/** Overrides of the published constants; anything absent uses the default from facts.ts. */
export type ScheduleOverrides = {
  aggregateGBPerHour?: number;
  perMailboxGBPerHour?: number;
  /** Rows of [up to GB, days], ascending by GB, like facts.durationByMailboxSize. */
  durationP50Days?: [number, number][];
  durationP90Days?: [number, number][];
  networkEfficiency?: number;
  largeMailboxGB?: number;
};

/** Scheduling settings of one plan: plain JSON, stored with the plan. */
export type ScheduleSettings = {
  startDate: IsoDate;
  /** IANA time zone of the site, e.g. `Europe/Berlin`. */
  timeZone: string;
  deadline: IsoDate | null;
  windows: ScheduleWindows;
  blackoutDates: BlackoutEntry[];
  /** Concurrent migrations per endpoint, 1..300. */
  concurrency: number;
  /** Usable uplink from the source to the internet; null = not known (not a limit). */
  bandwidthMbps: number | null;
  /** Target mailboxes per batch; null = the method's limit (or a size that keeps ≤ 100 batches). */
  batchSize: number | null;
  pilot: PilotSetting;
  groupBy: ScheduleGroupBy;
  keepExecutivesWithAssistants: boolean;
  /** Executives' emails; with none listed, calendar delegates stand for executive/assistant pairs. */
  executives: string[];
  /** Plan each cut-over after the median or the 90th percentile end of the copy. */
  cutoverAt: 'p50' | 'p90';
  overrides: ScheduleOverrides;
};

export type ScheduleEdit =
  | { type: 'move'; email: string; toBatchId: string }
  /** Lock keeps the members and start date it was taken with, whatever else changes. */
  | { type: 'lock'; batchId: string; members: string[]; startDate: IsoDate }
  | { type: 'unlock'; batchId: string }
  | { type: 'split'; batchId: string }
  | { type: 'merge'; batchIds: [string, string] };

export type ScheduleInput = {
  method: MigrationMethod;
  mailboxes: Mailbox[];
  permissions: Permission[];
  settings: ScheduleSettings;
  edits: ScheduleEdit[];
};

/** A constant the schedule used, with the fact behind it, for the UI's "sources" list. */
export type ScheduleConstant = {
  key: string;
  label: string;
  value: number | string;
  factId: FactId;
  overridden: boolean;
  /** Set when the value is our inference from the fact rather than the fact itself. */
  note?: string;
};

/** Plan-wide remarks (clamped settings, rejected edits, batch-count limit...). */
export type ScheduleNotice = { code: string; message: string; factId?: FactId };

export type ScheduleProgress = { phase: string; done: number; total: number };
