import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, waitForSaved } from './fixtures.ts';
import { openSamplePlan } from './plan-file-fixture.ts';

// The test deploys "a new version" by changing the served sw.js by a byte, and puts it back.
const SW_FILE = 'dist/sw.js';

test('a new version reloads only the tab that asks, and never over unsaved changes', async ({
  page,
  context,
  foreignRequests,
}) => {
  const original = readFileSync(SW_FILE, 'utf8');
  try {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const planUrl = await openSamplePlan(page, { name: 'Update', method: 'full-hybrid' });
    const editing = await context.newPage();
    await editing.goto(`${planUrl}/schedule`);
    await editing.getByLabel('Site time zone').fill('Europe/Berlin');

    appendFileSync(SW_FILE, '\n// the next version\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = page.getByRole('status', { name: 'App update' });
    const editingBanner = editing.getByRole('status', { name: 'App update' });
    await expect(banner).toContainText('A new version is ready.');
    await expect(editingBanner).toContainText('A new version is ready.');
    await expect(editingBanner).toContainText(
      'The schedule settings have changes that are not saved.',
    );
    await expect(editingBanner.getByRole('button')).toHaveText(
      'Save or discard your changes first',
    );

    let editingReloaded = false;
    editing.on('load', () => {
      editingReloaded = true;
    });
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect(banner).toHaveText('');
    await expect(editingBanner).toContainText('A new version is active: reload to use it.');
    expect(editingReloaded).toBe(false);
    await expect(editing.getByLabel('Site time zone')).toHaveValue('Europe/Berlin');

    // Saved, the changes no longer hold the reload back.
    await editing.getByRole('button', { name: 'Save settings' }).click();
    await waitForSaved(editing);
    await Promise.all([
      editing.waitForEvent('load'),
      editingBanner.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect(editing.getByLabel('Site time zone')).toHaveValue('Europe/Berlin');
    expect(foreignRequests).toEqual([]);
  } finally {
    writeFileSync(SW_FILE, original);
  }
});
