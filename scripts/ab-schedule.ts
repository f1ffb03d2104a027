/**
 * A/B of two versions of the scheduler in one process, runs alternating, so that a noisy
 * machine slows both alike. Prints the best and median run of each version at 100k and 1M
 * mailboxes, then the best time of each phase (from the progress callback) with its ratio.
 * Check out the other version as a worktree first:
 *   git worktree add /tmp/base main && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx tsx scripts/ab-schedule.ts /tmp/base . [runs]
 */
import { resolve } from 'node:path';
import { syntheticInventory } from './bench-schedule.ts';
import { defaultScheduleSettings } from '../src/domain/schedule/default-schedule-settings.ts';
import type {
  ScheduleInput,
  Schedule,
  ScheduleProgress,
} from '../src/domain/schedule/schedule-types.ts';

type Build = (input: ScheduleInput, onProgress?: (p: ScheduleProgress) => void) => Schedule;
const [rootA, rootB] = [resolve(process.argv[2] ?? '.'), resolve(process.argv[3] ?? '.')];
const runs = Number(process.argv[4] ?? 7);
const load = async (root: string): Promise<Build> =>
  (await import(`${root}/src/domain/schedule/build-schedule.ts`)).buildSchedule;
const builds: [string, Build][] = [
  ['A', await load(rootA)],
  ['B', await load(rootB)],
];

type Times = { runs: number[]; phases: Map<string, number> };

function compare(n: number): Map<string, Times> {
  const input: ScheduleInput = {
    method: 'full-hybrid',
    ...syntheticInventory(n),
    settings: {
      ...defaultScheduleSettings('2026-03-02', 'Europe/Berlin'),
      deadline: '2026-12-31',
    },
    edits: [],
  };
  const times = new Map<string, Times>(
    builds.map(([name]) => [name, { runs: [], phases: new Map() }]),
  );
  // The first round grows each version's scratch memory; it is not counted.
  for (let r = 0; r <= runs; r++) {
    for (const [name, build] of builds) {
      const t = times.get(name)!;
      const t0 = performance.now();
      let phase = '';
      let since = t0;
      build(input, (p) => {
        const now = performance.now();
        if (phase && r > 0) t.phases.set(phase, Math.min(t.phases.get(phase) ?? 1e9, now - since));
        [phase, since] = [p.phase, now];
      });
      if (r > 0) t.runs.push(performance.now() - t0);
    }
  }
  return times;
}

const stats = (t: number[]) => {
  const sorted = [...t].sort((x, y) => x - y);
  return { best: Math.round(sorted[0]!), median: Math.round(sorted[sorted.length >> 1]!) };
};

compare(20_000);
const small = compare(100_000);
const large = compare(1_000_000);
console.log(JSON.stringify({ A: rootA, B: rootB, runs }));
for (const [name] of builds) {
  const [s, l] = [small.get(name)!, large.get(name)!];
  const ratio = (x: number, y: number) => Math.round((y / x) * 100) / 100;
  console.log(
    JSON.stringify({
      version: name,
      ms100k: stats(s.runs),
      ms1M: stats(l.runs),
      ratio: ratio(stats(s.runs).best, stats(l.runs).best),
      phases: Object.fromEntries(
        [...s.phases].map(([phase, ms]) => [
          phase,
          {
            ms100k: Math.round(ms * 10) / 10,
            ms1M: Math.round(l.phases.get(phase)!),
            ratio: ratio(ms, l.phases.get(phase)!),
          },
        ]),
      ),
    }),
  );
}
