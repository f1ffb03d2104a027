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

/**
 * Why the plan misses the deadline: each limit is relaxed on its own, and the ones whose
 * relaxation alone meets the deadline are named with the smallest change that does it.
 */
export function findBinding(x: BindingContext): Binding[] {
  const c = x.capacity;
  const meets = (loads: readonly BatchLoad[], cap: Capacity) => endDay(loads, cap) <= x.deadlineDay;
  const current = endDay(x.loads, c);
  const out: Binding[] = [];
  const late = `The plan ends ${isoFromDay(current)}, after the deadline ${isoFromDay(x.deadlineDay)}`;
  const maxC = facts.maxConcurrency.value;

  if (c.concurrency < maxC) {
    const need = smallest(c.concurrency + 1, maxC, (v) => meets(x.loads, { ...c, concurrency: v }));
    if (need !== null) {
      out.push({
        limit: 'concurrency',
        explanation: `${late}: ${c.concurrency} concurrent moves copy too little per day.`,
        fix: `raise concurrency to ${need}`,
      });
    }
  }
  if (c.bandwidthGBPerHour !== null) {
    const toGBh = (mbps: number) => (mbps * x.efficiency * 3600) / 8 / 1000;
    const have = Math.round((c.bandwidthGBPerHour * 8 * 1000) / 3600 / x.efficiency);
    const raiseOnly = out.some((b) => b.limit === 'concurrency');
    for (const concurrency of raiseOnly ? [c.concurrency] : [c.concurrency, maxC]) {
      const need = smallest(have + 1, Math.max(have + 1, 1_000_000), (mbps) =>
        meets(x.loads, { ...c, concurrency, bandwidthGBPerHour: toGBh(mbps) }),
      );
      if (need === null) continue;
      const also = concurrency === c.concurrency ? '' : ` and concurrency to ${concurrency}`;
      out.push({
        limit: 'bandwidth',
        explanation: `${late}: ${have} Mbps carries too little data per day.`,
        fix: `raise the bandwidth to ${need} Mbps${also}`,
      });
      break;
    }
  }
  // A batch whose percentile time is set by its largest mailbox: would it fit without it?
  const freeCap = { ...c, concurrency: maxC, bandwidthGBPerHour: null };
  const days = scheduleDays(x.loads, c);
  const lastIdx = days.reduce(
    (best, d, i) => (d.cutoverDay > days[best]!.cutoverDay ? i : best),
    0,
  );
  const lastLoad = x.loads[lastIdx];
  const big = x.largestEmail[lastIdx];
  if (lastLoad && big && tierDays(c.p90, lastLoad.largestBytes) > tierDays(c.p90, 0)) {
    const without = x.loads.map((l, i) =>
      i === lastIdx
        ? { ...l, count: l.count - 1, totalBytes: l.totalBytes - l.largestBytes, largestBytes: 0 }
        : l,
    );
    if (meets(without, c) || (!meets(x.loads, freeCap) && meets(without, freeCap))) {
      const gb = Math.round(lastLoad.largestBytes / GB);
      out.push({
        limit: 'largest-mailbox',
        explanation: `${late}: ${big} (${gb} GB) takes up to ${tierDays(c.p90, lastLoad.largestBytes)} days to move.`,
        fix: `move ${big} (${gb} GB) to a PST/archive pre-stage`,
      });
    }
  }
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
  if (out.length === 0) {
    const best = endDay(x.loads, freeCap);
    out.push({
      limit: 'duration',
      explanation: `${late}. Even at ${maxC} concurrent moves with no bandwidth limit it would end ${isoFromDay(best)}: Microsoft's published per-mailbox durations and the cut-over windows set the pace.`,
      fix: `move the deadline to ${isoFromDay(best)} or later, start earlier, or add cut-over days`,
    });
  }
  return out;
}
