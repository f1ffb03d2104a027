/**
 * A/B of two versions of the scheduler in one process, runs alternating, so that a noisy
 * machine slows both alike. Check out the other version as a worktree first:
 *   git worktree add /tmp/base main && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx tsx scripts/ab-schedule.ts /tmp/base . [runs]
 */
import { resolve } from 'node:path';
import { syntheticInventory } from './bench-schedule.ts';
import { defaultScheduleSettings } from '../src/domain/schedule/default-schedule-settings.ts';
import type { ScheduleInput, Schedule } from '../src/domain/schedule/schedule-types.ts';

type Build = (input: ScheduleInput) => Schedule;
const [rootA, rootB] = [resolve(process.argv[2] ?? '.'), resolve(process.argv[3] ?? '.')];
const runs = Number(process.argv[4] ?? 7);
const load = async (root: string): Promise<Build> =>
  (await import(`${root}/src/domain/schedule/build-schedule.ts`)).buildSchedule;
const builds: [string, Build][] = [
  ['A', await load(rootA)],
  ['B', await load(rootB)],
];

function compare(n: number) {
  const input: ScheduleInput = {
    method: 'full-hybrid',
    ...syntheticInventory(n),
    settings: {
      ...defaultScheduleSettings('2026-03-02', 'Europe/Berlin'),
      deadline: '2026-12-31',
    },
    edits: [],
  };
  const times = new Map<string, number[]>(builds.map(([name]) => [name, []]));
  // The first round grows each version's scratch memory; it is not counted.
  for (let r = 0; r <= runs; r++) {
    for (const [name, build] of builds) {
      const t0 = performance.now();
      build(input);
      if (r > 0) times.get(name)!.push(performance.now() - t0);
    }
  }
  const stats = (t: number[]) => {
    const sorted = [...t].sort((x, y) => x - y);
    return { best: Math.round(sorted[0]!), median: Math.round(sorted[sorted.length >> 1]!) };
  };
  return Object.fromEntries([...times].map(([name, t]) => [name, stats(t)]));
}

compare(20_000);
const small = compare(100_000);
const large = compare(1_000_000);
console.log(JSON.stringify({ A: rootA, B: rootB, runs }));
for (const name of ['A', 'B']) {
  console.log(
    JSON.stringify({
      version: name,
      ms100k: small[name],
      ms1M: large[name],
      ratio: Math.round((large[name]!.best / small[name]!.best) * 100) / 100,
    }),
  );
}
