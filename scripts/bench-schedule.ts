/**
 * Scheduler benchmark: synthetic inventories of 100,000 mailboxes / 150,000 permission links
 * and 1,000,000 / 1,500,000, printed as JSON lines. Run: npx tsx scripts/bench-schedule.ts
 */
import type { Mailbox, Permission, PermissionKind } from '../src/domain/inventory/mailbox.ts';
import { buildSchedule } from '../src/domain/schedule/build-schedule.ts';
import { defaultScheduleSettings } from '../src/domain/schedule/default-schedule-settings.ts';

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: PermissionKind[] = [
  'calendar-delegate',
  'folder',
  'send-as',
  'send-on-behalf',
  'full-access',
];
const TEAM = 12;

/** An address as a flat string, as a parsed CSV gives it (a template literal makes a rope). */
function address(i: number): string {
  return ['user', i, '.t', Math.floor(i / TEAM), '@contoso.example'].join('');
}

/** Teams of 12 with most links inside a team and some across the organisation. */
export function syntheticInventory(n: number, linksPerMailbox = 1.5, seed = 1) {
  const rnd = prng(seed);
  const mailboxes: Mailbox[] = [];
  for (let i = 0; i < n; i++) {
    const team = Math.floor(i / TEAM);
    const big = rnd() < 0.001;
    mailboxes.push({
      row: i + 2,
      displayName: `User ${i}`,
      email: address(i),
      type: rnd() < 0.05 ? 'SharedMailbox' : 'UserMailbox',
      sizeBytes: Math.round((big ? 80 + rnd() * 100 : rnd() * rnd() * 20) * 1024 ** 3),
      itemCount: null,
      archiveSizeBytes: null,
      department: `Dept ${team % 40}`,
      office: `Office ${team % 7}`,
      database: `DB${team % 30}`,
    });
  }
  const permissions: Permission[] = [];
  const m = Math.round(n * linksPerMailbox);
  for (let k = 0; k < m; k++) {
    const a = Math.floor(rnd() * n);
    const local = rnd() < 0.9;
    const b = local
      ? Math.floor(a / TEAM) * TEAM + Math.floor(rnd() * TEAM)
      : Math.floor(rnd() * n);
    permissions.push({
      row: k + 2,
      owner: address(a),
      grantee: address(Math.min(b, n - 1)),
      kind: KINDS[Math.floor(rnd() * KINDS.length)]!,
      rights: '',
    });
  }
  return { mailboxes, permissions };
}

/**
 * Best of `runs` runs, and the first. The first run at a size also grows the scheduler's
 * scratch memory (kept for later runs, see ArrayArena), so it is reported on its own.
 */
function time(n: number, runs: number): { best: number; first: number } {
  const inv = syntheticInventory(n);
  const settings = {
    ...defaultScheduleSettings('2026-03-02', 'Europe/Berlin'),
    deadline: '2026-12-31',
  };
  const input = { method: 'full-hybrid' as const, ...inv, settings, edits: [] };
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const s = buildSchedule(input);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (s.batches.length === 0) throw new Error('no batches');
  }
  return { best: Math.min(...times), first: times[0]! };
}

if (process.argv[1]?.endsWith('bench-schedule.ts')) main();
function main() {
  time(20_000, 2);
  const line = (mailboxes: number, t: { best: number; first: number }) =>
    JSON.stringify({
      bench: 'schedule',
      mailboxes,
      links: mailboxes * 1.5,
      ms: Math.round(t.best),
      firstMs: Math.round(t.first),
    });
  // The same statistic at both sizes: the best of five runs.
  const small = time(100_000, 5);
  console.log(line(100_000, small));
  const large = time(1_000_000, 5);
  console.log(line(1_000_000, large));
  console.log(
    JSON.stringify({
      bench: 'schedule-scaling',
      ratio: Math.round((large.best / small.best) * 100) / 100,
      target: 12,
    }),
  );
}
