import { facts } from '../facts.ts';
import { isoFromDay } from '../calendar.ts';
import type { BatchLoad, Capacity } from './schedule-dates.ts';
import { scheduleDays, tierDays } from './schedule-dates.ts';
import type { Schedule } from './schedule-types.ts';
import { GB } from '../units.ts';

export type Binding = Schedule['binding'][number];

export type BindingContext = {
  loads: BatchLoad[];
  /** Largest mailbox of each batch (email), to name it in a fix. */
  largestEmail: (string | null)[];
  capacity: Capacity;
  deadlineDay: number;
  efficiency: number;
  batchCount: number;
  maxBatches: number;
  groupBy: string;
  limit: number;
  mailboxCount: number;
};

function endDay(loads: readonly BatchLoad[], c: Capacity): number {
  return scheduleDays(loads, c).reduce((end, d) => Math.max(end, d.cutoverDay), c.startDay);
}

/** Smallest value in [lo, hi] for which `ok` holds (monotone), or null. */
function smallest(lo: number, hi: number, ok: (v: number) => boolean): number | null {
  if (!ok(hi)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** What every check below shares: the context, the sentence that opens each explanation. */
type Check = {
  x: BindingContext;
  late: string;
  meets: (loads: readonly BatchLoad[], cap: Capacity) => boolean;
  maxC: number;
};

/** The least concurrency, up to Microsoft's most, that meets the deadline. */
function concurrencyBinding({ x, late, meets, maxC }: Check): Binding | null {
  const c = x.capacity;
  if (c.concurrency >= maxC) return null;
  const need = smallest(c.concurrency + 1, maxC, (v) => meets(x.loads, { ...c, concurrency: v }));
  if (need === null) return null;
  return {
    limit: 'concurrency',
    explanation: `${late}: ${c.concurrency} concurrent moves copy too little per day.`,
    fix: `raise concurrency to ${need}`,
  };
}

/** The least bandwidth that meets it, at today's concurrency or (unless raising that alone does) the most. */
function bandwidthBinding({ x, late, meets, maxC }: Check, raiseOnly: boolean): Binding | null {
  const c = x.capacity;
  if (c.bandwidthGBPerHour === null) return null;
  const toGBh = (mbps: number) => (mbps * x.efficiency * 3600) / 8 / 1000;
  const have = Math.round((c.bandwidthGBPerHour * 8 * 1000) / 3600 / x.efficiency);
  for (const concurrency of raiseOnly ? [c.concurrency] : [c.concurrency, maxC]) {
    const need = smallest(have + 1, Math.max(have + 1, 1_000_000), (mbps) =>
      meets(x.loads, { ...c, concurrency, bandwidthGBPerHour: toGBh(mbps) }),
    );
    if (need === null) continue;
    const also = concurrency === c.concurrency ? '' : ` and concurrency to ${concurrency}`;
    return {
      limit: 'bandwidth',
      explanation: `${late}: ${have} Mbps carries too little data per day.`,
      fix: `raise the bandwidth to ${need} Mbps${also}`,
    };
  }
  return null;
}

/** A batch whose percentile time is set by its largest mailbox: would it fit without it? */
function largestMailboxBinding({ x, late, meets }: Check, freeCap: Capacity): Binding | null {
  const c = x.capacity;
  const days = scheduleDays(x.loads, c);
  const lastIdx = days.reduce(
    (best, d, i) => (d.cutoverDay > days[best]!.cutoverDay ? i : best),
    0,
  );
  const lastLoad = x.loads[lastIdx];
  const big = x.largestEmail[lastIdx];
  if (!lastLoad || !big || tierDays(c.p90, lastLoad.largestBytes) <= tierDays(c.p90, 0))
    return null;
  const without = x.loads.map((l, i) =>
    i === lastIdx
      ? { ...l, count: l.count - 1, totalBytes: l.totalBytes - l.largestBytes, largestBytes: 0 }
      : l,
  );
  if (!(meets(without, c) || (!meets(x.loads, freeCap) && meets(without, freeCap)))) return null;
  const gb = Math.round(lastLoad.largestBytes / GB);
  return {
    limit: 'largest-mailbox',
    explanation: `${late}: ${big} (${gb} GB) takes up to ${tierDays(c.p90, lastLoad.largestBytes)} days to move.`,
    fix: `move ${big} (${gb} GB) to a PST/archive pre-stage`,
  };
}

/** Batches made by grouping people, and more batches than a tenant holds. */
function batchingBindings({ x, late }: Check): Binding[] {
  const out: Binding[] = [];
  if (x.groupBy !== 'none' && x.batchCount > Math.ceil(x.mailboxCount / x.limit)) {
    out.push({
      limit: 'people-grouping',
      explanation: `${late}: grouping by ${x.groupBy} makes ${x.batchCount} batches where ${Math.ceil(x.mailboxCount / x.limit)} would do.`,
      fix: `stop grouping by ${x.groupBy}`,
    });
  }
  if (x.batchCount > x.maxBatches) {
    out.push({
      limit: 'batch-count',
      explanation: `${late}: ${x.batchCount} batches are more than the ${x.maxBatches} a tenant holds at a time.`,
      fix: 'remove completed batches before creating new ones, or use a method with larger batches',
    });
  }
  return out;
}

/**
 * Why the plan misses the deadline: each limit is relaxed on its own, and the ones whose
 * relaxation alone meets the deadline are named with the smallest change that does it.
 */
export function findBinding(x: BindingContext): Binding[] {
  const c = x.capacity;
  const current = endDay(x.loads, c);
  const maxC = facts.maxConcurrency.value;
  const check: Check = {
    x,
    late: `The plan ends ${isoFromDay(current)}, after the deadline ${isoFromDay(x.deadlineDay)}`,
    meets: (loads, cap) => endDay(loads, cap) <= x.deadlineDay,
    maxC,
  };
  const out: Binding[] = [];
  const concurrency = concurrencyBinding(check);
  if (concurrency) out.push(concurrency);
  const bandwidth = bandwidthBinding(check, concurrency !== null);
  if (bandwidth) out.push(bandwidth);
  const freeCap = { ...c, concurrency: maxC, bandwidthGBPerHour: null };
  const largest = largestMailboxBinding(check, freeCap);
  if (largest) out.push(largest);
  out.push(...batchingBindings(check));
  if (out.length === 0) {
    const best = endDay(x.loads, freeCap);
    out.push({
      limit: 'duration',
      explanation: `${check.late}. Even at ${maxC} concurrent moves with no bandwidth limit it would end ${isoFromDay(best)}: Microsoft's published per-mailbox durations and the cut-over windows set the pace.`,
      fix: `move the deadline to ${isoFromDay(best)} or later, start earlier, or add cut-over days`,
    });
  }
  return out;
}
