import path from 'node:path';
import type { Page } from '@playwright/test';
import { download, pdfText } from './downloads.ts';
import { expect, expectNoAxeViolations, test, waitForSaved } from './fixtures.ts';
import { FIXTURES } from './plan-file-fixture.ts';

const steps = (page: Page) => page.getByRole('navigation', { name: 'Plan steps' });
const banner = (page: Page) => page.getByRole('note', { name: 'Sample data' });

async function goTo(page: Page, step: RegExp, heading: string) {
  await steps(page).getByRole('link', { name: step }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('home → "Try a sample plan": every page shows the sample, marked as such, and the PDF says so', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+\/recommendation$/, { timeout: 30_000 });
  await expect(banner(page)).toContainText('Sample plan.');
  await expect(banner(page)).toContainText('Fabrikam is a fictional organisation');
  await expect(page.getByText('Recommended method')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Full hybrid' }).first()).toBeVisible();
  // Every step is answered and saved except the ones the user does (runbook, export).
  for (const step of ['Questions', 'Recommendation', 'Inventory', 'Schedule']) {
    await expect(steps(page).getByRole('link', { name: new RegExp(`^${step}`) })).toContainText(
      'Done',
    );
  }
  await expectNoAxeViolations(page);

  await goTo(page, /^Questions/, 'Organisation');
  await expect(banner(page)).toBeVisible();
  await expect(page.getByLabel(/^Organisation name/)).toHaveValue('Fabrikam');

  await goTo(page, /^Inventory/, 'Inventory');
  await expect(banner(page)).toBeVisible();
  const mailboxCard = page.getByRole('region', { name: 'Mailbox inventory' });
  await expect(mailboxCard).toContainText('fabrikam-mailboxes.csv');
  await expect(mailboxCard).toContainText('1,200 of 1,200 rows');
  const permissionCard = page.getByRole('region', { name: 'Permissions' });
  await expect(permissionCard).toContainText('fabrikam-calendar.csv');
  await expect(page.getByRole('cell', { name: 'ken.sato@fabrikam.com' })).toBeVisible();

  await goTo(page, /^Schedule/, 'Schedule');
  await expect(banner(page)).toBeVisible();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('1,200', { timeout: 30_000 });
  await expect(summary).toContainText('Full hybrid');

  await goTo(page, /^Impact and runbook/, 'Impact and runbook');
  await expect(banner(page)).toBeVisible();
  const me = page.getByRole('region', { name: 'What happens to me' });
  await me.getByLabel('Email address').fill('ken.sato@fabrikam.com');
  await me.getByRole('button', { name: 'Show the timeline' }).click();
  await expect(me).toContainText('佐藤 健');

  await goTo(page, /^Export/, 'Export');
  await expect(banner(page)).toBeVisible();
  await expect(page.getByLabel('Client name')).toHaveValue('Fabrikam');
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeEnabled({
    timeout: 30_000,
  });
  const pdf = await download(page, testInfo, 'Download PDF', 'sample.pdf');
  expect(pdf.suggested).toMatch(/^fabrikam-sample-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = pdfText(pdf.path);
  expect(text).toContain('Fabrikam (sample)');
  expect(text).toContain('Sample plan: Fabrikam is a fictional organisation');
  // Names in every script the sample holds reach the PDF: Korean needs its own font.
  for (const name of ['佐藤 健', '김지호', 'Łukasz', 'Шевченко']) expect(text).toContain(name);
  // On every page's foot, the cover's included.
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  expect(pages.length).toBeGreaterThan(5);
  for (const p of pages) expect(p).toContain('Sample · fictional data');

  await waitForSaved(page);
  await page.goto('/');
  const row = page.getByRole('row', { name: /Fabrikam \(sample\)/ });
  await expect(row).toContainText('Sample');
});

test('the inventory page offers the sample to download or use, and a real import replaces it', async ({
  page,
  baseURL,
}) => {
  await page.goto('/');
  await page.getByLabel('Plan name').fill('Own plan');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await goTo(page, /^Inventory/, 'Inventory');
  await expect(banner(page)).toHaveCount(0);

  const offer = page.getByRole('region', { name: 'No export at hand?' });
  const link = offer.getByRole('link', { name: /^Mailboxes/ });
  await expect(link).toHaveAttribute('download', 'fabrikam-mailboxes.csv');
  const served = await page.request.get(
    new URL((await link.getAttribute('href')) ?? '', baseURL).href,
  );
  expect(served.ok()).toBe(true);
  expect((await served.text()).split('\n')[0]).toContain('"PrimarySmtpAddress"');

  await offer.getByRole('button', { name: 'Use the sample' }).click();
  const mailboxCard = page.getByRole('region', { name: 'Mailbox inventory' });
  await expect(mailboxCard).toContainText('1,200 of 1,200 rows', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Permissions' })).toContainText(
    'fabrikam-full-access.csv',
  );
  await expect(banner(page)).toContainText('The mailboxes and permissions in this plan');
  await expect(offer.getByRole('status')).toContainText(
    'Imported the sample: 1,200 mailboxes and 856 permissions.',
  );

  // Using it again asks before it replaces what the plan holds.
  await offer.getByRole('button', { name: 'Use the sample' }).click();
  const dialog = page.getByRole('dialog', { name: /Replace this plan's inventory/ });
  await expect(dialog).toContainText('fabrikam-mailboxes.csv');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The user's own export replaces the sample mailboxes; the sample permissions still mark it.
  await mailboxCard
    .getByLabel('Mailbox inventory file (.csv)')
    .setInputFiles(path.join(FIXTURES, 'mailboxes-2000-ps7.csv'));
  await page
    .getByRole('dialog', { name: 'Replace the mailbox inventory?' })
    .getByRole('button', { name: 'Replace' })
    .click();
  await expect(mailboxCard).toContainText('2,000 of 2,000 rows', { timeout: 30_000 });
  await expect(banner(page)).toContainText('The permissions in this plan are the fictional');
  await page
    .getByRole('region', { name: 'Permissions' })
    .getByLabel('Permission export files (.csv)')
    .setInputFiles(path.join(FIXTURES, 'permissions-2000.csv'));
  const replace = page.getByRole('dialog', { name: 'Replace the permissions?' });
  await replace.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('region', { name: 'Permissions' })).toContainText(
    'permissions-2000.csv',
  );
  await expect(banner(page)).toHaveCount(0);
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Mailbox inventory' })).toContainText(
    'mailboxes-2000-ps7.csv',
  );
  await expect(banner(page)).toHaveCount(0);
});
