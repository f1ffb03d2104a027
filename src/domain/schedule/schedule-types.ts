import type { MigrationMethod } from '../methods.ts';

/** A calendar date in the site's time zone, `YYYY-MM-DD`. */
export type IsoDate = string;

export type Batch = {
  id: string;
  name: string;
  /** Mailbox emails in this batch (lower-cased primary SMTP). */
  members: string[];
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
};

export type SplitPair = {
  a: string;
  b: string;
  kind: string;
  batchA: string;
  batchB: string;
  /** Calendar days between the two batches' switch-over dates. */
  daysApart: number;
};

export type Schedule = {
  method: MigrationMethod;
  batches: Batch[];
  splits: SplitPair[];
  /** Mailboxes flagged for attention (over 100 GB, over 200 GB...). */
  flags: { email: string; reason: string; factId: string }[];
  endDate: IsoDate;
  meetsDeadline: boolean;
  /** When the deadline is missed: which limit binds and what would fix it. */
  binding: { limit: string; explanation: string; fix: string }[];
};
