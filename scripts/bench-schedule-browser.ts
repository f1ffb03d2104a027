// Benchmark: the inventory and schedule pages of the built app in Chromium with a
// 50,000-mailbox inventory (75,000 permission links), opened from a plan file. Reports the
// time until the inventory page has matched the permissions to the mailboxes, the time to the
// first schedule, the time from "Move" to the rescheduled batch for three manual moves in a
// row, and the longest main-thread task seen in each of the three.
// Run: npm run build && npx tsx scripts/bench-schedule-browser.ts   (prints a JSON line)
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { newPlan, type PlanInputs } from '../src/domain/plan/plan.ts';
import { serializePlanFile } from '../src/domain/plan/plan-file.ts';
import { WIZARD_STEPS } from '../src/domain/profile/wizard-steps.ts';
import { syntheticInventory } from './bench-schedule.ts';
import { startPreview } from './bench-server.ts';

const MAILBOXES = 50_000;
const MOVES = 3;
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

function planFile(): string {
  const now = '2026-03-02T09:00:00.000Z';
  const inventory = syntheticInventory(MAILBOXES);
  const base = newPlan('bench-plan', 'Benchmark', now);
  const plan: PlanInputs = {
    ...base,
    profile: {
      organisation: { name: 'Contoso' },
      country: 'GB',
      source: { kind: 'exchange', version: '2016' },
      mailboxCount: MAILBOXES,
      totalDataGB: 150_000,
      hasPst: false,
      deadlineWeeks: 52,
      timing: { window: 'evenings-weekends' },
      needs: { freeBusy: true, calendarAndContacts: true, singleGal: false },
      directorySync: 'keep',
      bandwidthMbps: 1000,
      enterpriseAgreement: false,
    },
    wizard: { committedSteps: WIZARD_STEPS.map((s) => s.id) },
    choice: { method: 'full-hybrid', reason: 'Benchmark' },
  };
  plan.inventory.mailboxFile = {
    name: 'mailboxes.csv',
    importedAt: now,
    rows: MAILBOXES,
    accepted: MAILBOXES,
    errors: 0,
    warnings: 0,
  };
  return serializePlanFile(
    { plan, inventory: { ...inventory, mailboxProblems: [], permissionProblems: [] } },
    now,
  );
}

async function longestTaskSince(page: Page, from: number): Promise<number> {
  await page.waitForTimeout(600);
  return page.evaluate(
    (t) =>
      Math.round(
        Math.max(
          0,
          ...(window as unknown as { benchTasks: PerformanceEntry[] }).benchTasks
            .filter((e) => e.startTime >= t)
            .map((e) => e.duration),
        ),
      ),
    from,
  );
}

async function main(): Promise<void> {
  const preview = await startPreview();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const baseUrl = preview.baseUrl;
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.getByLabel('Plan file').setInputFiles({
      name: 'bench.plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(planFile()),
    });
    await page.waitForURL(/\/recommendation$/, { timeout: 120_000 });

    // The app's own links from here on, so one document (and its long-task log) sees it all.
    await page.evaluate(() => {
      const w = window as unknown as { benchTasks: PerformanceEntry[] };
      w.benchTasks = [];
      new PerformanceObserver((list) => w.benchTasks.push(...list.getEntries())).observe({
        type: 'longtask',
      });
    });
    const inventoryFrom = await page.evaluate(() => performance.now());
    let t0 = Date.now();
    await page.getByRole('link', { name: 'Inventory' }).click();
    await page.getByText(/permissions link two mailboxes/).waitFor({ timeout: 300_000 });
    const permissionsMatchedMs = Date.now() - t0;
    const longestTaskOnInventoryMs = await longestTaskSince(page, inventoryFrom);

    const scheduleFrom = await page.evaluate(() => performance.now());
    t0 = Date.now();
    await page.getByRole('link', { name: 'Schedule' }).click();
    const batches = page.getByRole('table', { name: /Batches with their dates/ });
    const batch1 = batches.getByRole('button', { name: 'Batch 1', exact: true });
    await batch1.waitFor({ timeout: 300_000 });
    const firstScheduleMs = Date.now() - t0;
    const longestTaskToFirstScheduleMs = await longestTaskSince(page, scheduleFrom);
    await batch1.click();
    const members = page.getByRole('region', { name: 'Mailboxes in Batch 1 (scrollable)' });
    const movesFrom = await page.evaluate(() => performance.now());
    const moveMs: number[] = [];
    for (let k = 1; k <= MOVES; k++) {
      const select = members.getByLabel(/^Move .+ to$/).first();
      const label = (await select.getAttribute('aria-label')) ?? '';
      const email = label.replace(/^Move (.+) to$/, '$1');
      await select.selectOption({ label: 'Batch 2' });
      t0 = Date.now();
      await members.getByRole('button', { name: `Move ${email}`, exact: true }).click();
      await page.getByText(`${k} manual edit`).waitFor();
      await members
        .getByRole('cell', { name: email, exact: true })
        .waitFor({ state: 'detached', timeout: 300_000 });
      moveMs.push(Date.now() - t0);
    }
    console.log(
      JSON.stringify({
        bench: 'browser-schedule',
        mailboxes: MAILBOXES,
        links: MAILBOXES * 1.5,
        permissionsMatchedMs,
        longestTaskOnInventoryMs,
        firstScheduleMs,
        longestTaskToFirstScheduleMs,
        moveMs,
        longestTaskDuringMovesMs: await longestTaskSince(page, movesFrom),
      }),
    );
  } finally {
    await browser.close();
    preview.stop();
  }
}

await main();
