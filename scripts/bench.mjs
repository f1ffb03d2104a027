// Runs every benchmark and prints their JSON lines. Figures, not verdicts: the machine is
// shared and noisy, so compare the ratios printed within one run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const node = ['scripts/bench-parse.ts', 'scripts/bench-schedule.ts'];
for (const script of node) {
  if (!existsSync(script)) continue;
  execFileSync('node_modules/.bin/tsx', [script], { stdio: 'inherit' });
}
for (const script of ['scripts/bench-browser.ts', 'scripts/bench-schedule-browser.ts']) {
  if (!existsSync(script)) continue;
  execFileSync('node_modules/.bin/tsx', [script], { stdio: 'inherit' });
}
if (existsSync('dist/.vite/manifest.json')) {
  execFileSync('node', ['scripts/size.mjs'], { stdio: 'inherit' });
}
