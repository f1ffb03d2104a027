// Benchmark: import a 100,000-mailbox PowerShell 5.1 export on the inventory page of the
// built app in Chromium, and report the import time and the longest main-thread task seen
// during it (PerformanceObserver 'longtask'; target: none over 100 ms). Then sort and scroll
// the mailbox table and report the same for that.
// Run: npm run build && npx tsx scripts/bench-browser.ts   (prints JSON lines)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { freePort, waitForServer } from './bench-server.ts';
import { generateOrganisation } from './inventory-generator/organisation.ts';
import { mailboxExport } from './inventory-generator/style-exports.ts';

const ROWS = 100_000;
const RUNS = 3;
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

type LongTask = { start: number; duration: number };
declare global {
  interface Window {
    benchLongTasks: LongTask[];
  }
}

/** A Windows PowerShell 5.1 export of ROWS mailboxes, as scripts/gen-inventory.ts writes it. */
function makeInventory(dir: string): string {
  const file = mailboxExport(generateOrganisation(ROWS, 1), 'ps5');
  const out = path.join(dir, file.name);
  writeFileSync(out, file.bytes);
  return out;
}

async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.benchLongTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask' });
  });
}

async function longTasksSince(page: Page, from: number): Promise<LongTask[]> {
  // Entries arrive after their task ends; give the last ones time to be reported.
  await page.waitForTimeout(600);
  return page.evaluate((t) => window.benchLongTasks.filter((e) => e.start >= t), from);
}

async function importOnce(baseUrl: string, file: string) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.getByLabel('Plan name').fill('Benchmark');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page
      .getByRole('navigation', { name: 'Plan steps' })
      .getByRole('link', { name: /^Inventory/ })
      .click();
    await page.getByText('No inventory yet.').waitFor();
    await observeLongTasks(page);
    await page.evaluate(() => {
      document.addEventListener('change', () => performance.mark('import-start'), {
        capture: true,
        once: true,
      });
    });
    await page.getByLabel('Mailbox inventory file (.csv)').setInputFiles(file);
    const end = await page.waitForFunction(
      (rows) => {
        const done = document.body.textContent?.includes(`${rows} mailboxes`);
        return done ? performance.now() : false;
      },
      ROWS.toLocaleString('en-US'),
      { timeout: 120_000, polling: 'raf' },
    );
    const endMs = (await end.jsonValue()) as number;
    const startMs = await page.evaluate(
      () => performance.getEntriesByName('import-start')[0]?.startTime ?? 0,
    );
    const importTasks = await longTasksSince(page, startMs);

    // The table: sort by size, by name, and scroll from top to bottom.
    const table = page.getByRole('table', { name: 'Imported mailboxes' });
    const tableStart = await page.evaluate(() => performance.now());
    const sortMs: Record<string, number> = {};
    for (const column of ['Size (GB)', 'Display name']) {
      // A click is a discrete event: React renders the sorted table before click() returns.
      sortMs[column] = await table.getByRole('button', { name: column }).evaluate(
        (button) =>
          new Promise<number>((resolve) => {
            const t0 = performance.now();
            (button as HTMLButtonElement).click();
            requestAnimationFrame(() => resolve(Math.round(performance.now() - t0)));
          }),
      );
    }
    const scroller = page.getByRole('region', { name: 'Imported mailboxes (scrollable)' });
    await scroller.evaluate(async (el) => {
      for (let i = 0; i <= 60; i++) {
        el.scrollTop = (el.scrollHeight * i) / 60;
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    const tableTasks = await longTasksSince(page, tableStart);

    // A reload reads the 100,000 rows back from IndexedDB.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inventory' }).waitFor();
    await observeLongTasks(page);
    const reloadEnd = await page.waitForFunction(
      (rows) =>
        document.body.textContent?.includes(`${rows} mailboxes`) ? performance.now() : false,
      ROWS.toLocaleString('en-US'),
      { timeout: 120_000, polling: 'raf' },
    );
    const reloadMs = (await reloadEnd.jsonValue()) as number;
    const reloadTasks = await longTasksSince(page, 0);
    return { ms: endMs - startMs, importTasks, tableTasks, sortMs, reloadMs, reloadTasks };
  } finally {
    await browser.close();
  }
}

const longest = (tasks: LongTask[]) => Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
const over100 = (tasks: LongTask[]) => tasks.filter((t) => t.duration > 100).length;

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No build found: run `npm run build` first.');
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-browser-'));
  const port = await freePort();
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  try {
    const file = makeInventory(dir);
    const baseUrl = `http://127.0.0.1:${port}/`;
    await waitForServer(baseUrl);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await importOnce(baseUrl, file));
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    const worstImport = runs.flatMap((r) => r.importTasks);
    console.log(
      JSON.stringify({
        bench: 'browser-import',
        rows: ROWS,
        ms: Math.round(ms[Math.floor(ms.length / 2)] ?? 0),
        longestTaskMs: longest(worstImport),
        longTasksOver100: Math.max(...runs.map((r) => over100(r.importTasks))),
        bytes: statSync(file).size,
        runs: RUNS,
      }),
    );
    const tableTasks = runs.flatMap((r) => r.tableTasks);
    console.log(
      JSON.stringify({
        bench: 'browser-table',
        rows: ROWS,
        sortBySizeMs: Math.max(...runs.map((r) => r.sortMs['Size (GB)'] ?? 0)),
        sortByNameMs: Math.max(...runs.map((r) => r.sortMs['Display name'] ?? 0)),
        longestTaskMs: longest(tableTasks),
        longTasksOver100: Math.max(...runs.map((r) => over100(r.tableTasks))),
      }),
    );
    const reloadTasks = runs.flatMap((r) => r.reloadTasks);
    const reloads = runs.map((r) => r.reloadMs).sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: 'browser-reload',
        rows: ROWS,
        msSinceNavigation: Math.round(reloads[Math.floor(reloads.length / 2)] ?? 0),
        longestTaskMs: longest(reloadTasks),
        longTasksOver100: Math.max(...runs.map((r) => over100(r.reloadTasks))),
      }),
    );
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
