import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test, waitForSaved } from './fixtures.ts';
import { openSamplePlan } from './plan-file-fixture.ts';

const SECTIONS: { link: RegExp; heading: RegExp }[] = [
  { link: /^Questions/, heading: /.+/ },
  { link: /^Recommendation/, heading: /Recommendation/ },
  { link: /^Inventory/, heading: /Inventory/ },
  { link: /^Schedule/, heading: /Schedule/ },
  { link: /^Impact and runbook/, heading: /Impact/ },
  { link: /^Export/, heading: /Export/ },
];

/** Waits until the service worker has precached the app and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Proves the network is really gone: a file the worker does not keep cannot be fetched. */
async function expectNoNetwork(page: Page): Promise<void> {
  const result = await page.evaluate(() =>
    fetch('/fonts/README.txt', { cache: 'no-store' }).then(
      (r) => r.status,
      () => 'failed',
    ),
  );
  expect(result).toBe('failed');
}

async function downloadPdf(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const target = testInfo.outputPath(name);
  await file.saveAs(target);
  return execFileSync('pdftotext', ['-layout', target, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

test('after one visit, the plan list and every page of a plan load with no network', async ({
  page,
  context,
  foreignRequests,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const planUrl = await openSamplePlan(page, { name: 'Offline plan', method: 'full-hybrid' });
  await waitForSaved(page);

  await context.setOffline(true);
  await expectNoNetwork(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommendation');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your migration plans' })).toBeVisible();
  await page.getByRole('link', { name: 'Offline plan' }).click();

  // Each page is a chunk of its own, never loaded before going offline.
  const nav = page.getByRole('navigation', { name: 'Plan steps' });
  for (const s of SECTIONS) {
    await nav.getByRole('link', { name: s.link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.heading);
  }
  // The schedule is computed in a worker, also served from the cache.
  await nav.getByRole('link', { name: /^Schedule/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Batches' })).toBeVisible({
    timeout: 30_000,
  });
  // A deep link typed in the address bar gets the app, not the browser's offline page.
  await page.goto(`${planUrl}/impact`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Impact/);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(foreignRequests).toEqual([]);
});

test('the PDF is made offline from the first visit, and with CJK text once its font was used', async ({
  page,
  context,
  foreignRequests,
}, testInfo) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const planUrl = await openSamplePlan(page, { method: 'full-hybrid', inventory: null });
  await waitForSaved(page);

  await context.setOffline(true);
  await expectNoNetwork(page);
  await page.goto(`${planUrl}/export`);
  await page.getByLabel('Client name').fill('Contoso Ltd');
  expect(await downloadPdf(page, testInfo, 'offline.pdf')).toContain('Contoso Ltd');

  // Noto Sans SC (10 MB) is cached at its first use, online.
  await context.setOffline(false);
  await page.reload();
  await page.getByLabel('Client name').fill('東京商事');
  await downloadPdf(page, testInfo, 'cjk-online.pdf');
  const cached = await page.evaluate(async () => {
    const hit = await caches.match('/fonts/NotoSansSC-Regular.ttf', { cacheName: 'pdf-fonts' });
    return hit?.status ?? null;
  });
  expect(cached).toBe(200);

  await context.setOffline(true);
  await expectNoNetwork(page);
  await page.reload();
  await page.getByLabel('Client name').fill('大阪商事');
  expect(await downloadPdf(page, testInfo, 'cjk-offline.pdf')).toContain('大阪商事');
  expect(foreignRequests).toEqual([]);
});

test('"Try a sample plan" works with no network: the sample exports are kept with the app', async ({
  page,
  context,
  foreignRequests,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await expectNoNetwork(page);
  await page.reload();
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await expect(page).toHaveURL(/\/recommendation$/, { timeout: 30_000 });
  await expect(page.getByRole('note', { name: 'Sample data' })).toContainText('Sample plan.');
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('link', { name: /^Inventory/ })
    .click();
  await expect(page.getByRole('region', { name: 'Mailbox inventory' })).toContainText(
    '1,200 of 1,200 rows',
  );
  expect(foreignRequests).toEqual([]);
});
