// The README's screenshots, taken from the built app with the sample plan, so they show what
// the app does today. Run: npm run build && npm run screenshots   (writes docs/screenshots/)
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startPreview } from './bench-server.ts';

const OUT = path.resolve(import.meta.dirname, '../docs/screenshots');
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

async function openStep(page: Page, name: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('link', { name: new RegExp(`^${name}`) })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Scrolls so the heading sits just below the top bar. */
async function scrollToTop(page: Page, heading: string): Promise<void> {
  const box = await page.getByRole('heading', { name: heading }).boundingBox();
  if (box) await page.evaluate((y) => window.scrollTo(0, y), box.y - 56);
}

// Names in Chinese, Japanese and Korean need a CJK font on the machine (Debian: fonts-noto-cjk).
async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const preview = await startPreview();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const base = preview.baseUrl;
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    await page.goto(base);
    await page.getByRole('button', { name: 'Try a sample plan' }).click();
    await page.waitForURL(/\/recommendation$/, { timeout: 60_000 });
    await page.getByText('Recommended method').waitFor();
    await page.screenshot({ path: path.join(OUT, 'recommendation.png') });

    await openStep(page, 'Inventory', 'Inventory');
    await scrollToTop(page, 'Mailbox summary');
    await page.screenshot({ path: path.join(OUT, 'inventory.png') });

    await openStep(page, 'Schedule', 'Schedule');
    await page
      .getByText(/meets the deadline|misses the deadline|cannot meet/i)
      .first()
      .waitFor({
        timeout: 60_000,
      });
    await scrollToTop(page, 'Batches');
    await page.screenshot({ path: path.join(OUT, 'schedule.png') });
    for (const name of ['recommendation', 'inventory', 'schedule']) {
      console.log(path.join(OUT, `${name}.png`));
    }
  } finally {
    await browser.close();
    preview.stop();
  }
}

await main();
