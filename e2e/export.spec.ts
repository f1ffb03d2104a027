import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { download, pdfPages, pdfText } from './downloads.ts';
import { expect, expectNoAxeViolations, test, waitForSaved } from './fixtures.ts';
import { openSamplePlan, sampleInventory } from './plan-file-fixture.ts';

const pdfStatus = (page: Page) =>
  page.getByRole('region', { name: 'Client-ready PDF' }).getByRole('status');

async function openExport(page: Page): Promise<string> {
  const planUrl = await openSamplePlan(page, {
    name: 'Contoso to Exchange Online',
    method: 'full-hybrid',
  });
  await page.goto(`${planUrl}/export`);
  await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
  await page.getByLabel('Consultant name').fill('Jo Consultant');
  await page.getByLabel('Client name').fill('Contoso Ltd');
  // The PDF waits for the schedule, computed in a worker.
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeEnabled({ timeout: 30_000 });
  return planUrl;
}

const inventory = sampleInventory();
const nonAscii = inventory.mailboxes.find((m) => /[ŁØü]/.test(m.displayName));

test('the PDF has the plan, its batches and every name, with page numbers', async ({
  page,
  foreignRequests,
}, testInfo) => {
  test.setTimeout(120_000);
  await openExport(page);
  await expectNoAxeViolations(page);

  const started = Date.now();
  const pdf = await download(page, testInfo, 'Download PDF', 'plan.pdf');
  testInfo.annotations.push({ type: 'pdf-ms', description: String(Date.now() - started) });
  expect(pdf.suggested).toMatch(/^contoso-to-exchange-online-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(pdfStatus(page)).toContainText('is ready');

  const text = pdfText(pdf.path);
  expect(text).toContain('Contoso to Exchange Online');
  expect(text).toContain('Full hybrid');
  expect(text).toContain('Batch 1');
  expect(text).toContain('Jo Consultant');
  expect(text).toContain('Page 1 of');
  expect(nonAscii).toBeDefined();
  expect(text).toContain(nonAscii?.displayName);
  expect(text).toContain(nonAscii?.email);
  const cjk = inventory.mailboxes.find((m) => /李/.test(m.displayName));
  expect(text).toContain(cjk?.email);
  expect(text).toContain('李');
  expect(pdfPages(pdf.path)).toBeGreaterThan(5);
  expect(foreignRequests).toEqual([]);
});

test('the redacted PDF shows no address from the inventory', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await openExport(page);
  await page.getByLabel('Redacted copy for sharing').check();
  const pdf = await download(page, testInfo, 'Download redacted PDF', 'redacted.pdf');
  const text = pdfText(pdf.path);
  expect(text).toContain('User 0001');
  expect(text).toContain('@redacted.invalid');
  expect(text).not.toContain('contoso.com');
  for (const m of inventory.mailboxes.slice(0, 200)) expect(text).not.toContain(m.email);
  expect(text).not.toContain(nonAscii?.displayName);
});

test('a plan in de-DE keeps that choice and writes its PDF’s numbers the German way', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await openExport(page);
  await page.getByLabel('Numbers and dates').selectOption('de-DE');
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByLabel('Numbers and dates')).toHaveValue('de-DE');
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeEnabled({ timeout: 30_000 });
  const pdf = await download(page, testInfo, 'Download PDF', 'de-DE.pdf');
  const count = new Intl.NumberFormat('de-DE').format(inventory.mailboxes.length);
  expect(count).toMatch(/^\d{1,3}(\.\d{3})+$/);
  expect(pdfText(pdf.path)).toContain(`${count} mailboxes`);
});

test('Cancel stops the PDF without a download', async ({ page }) => {
  await openExport(page);
  let downloaded = false;
  page.on('download', () => {
    downloaded = true;
  });
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(pdfStatus(page)).toHaveText('PDF export cancelled.');
  expect(downloaded).toBe(false);
});

test('the plan file opens again as the same plan', async ({ page }, testInfo) => {
  await openExport(page);
  const file = await download(page, testInfo, 'Download plan file', 'plan.json');
  expect(file.suggested).toMatch(/\.plan\.json$/);
  const saved = JSON.parse(readFileSync(file.path, 'utf8')) as {
    plan: { name: string; export: { consultantName: string } };
    inventory: { mailboxes: unknown[] };
  };
  expect(saved.plan.export.consultantName).toBe('Jo Consultant');
  expect(saved.inventory.mailboxes).toHaveLength(inventory.mailboxes.length);
  await expect(page.getByText(/Last exported/)).toBeVisible();

  await page.goto('/');
  await page.getByLabel('Plan file').setInputFiles(file.path);
  await expect(page).toHaveURL(/\/recommendation$/);
  await expect(page.getByRole('navigation', { name: 'Plan steps' })).toContainText(
    'Contoso to Exchange Online',
  );
  await expect(page.getByText('This plan follows Full hybrid')).toBeVisible();
  await page.getByRole('link', { name: /Export/ }).click();
  await expect(page.getByLabel('Consultant name')).toHaveValue('Jo Consultant');
});

test('each migration file downloads with Microsoft’s exact header', async ({ page }, testInfo) => {
  await openExport(page);
  const files = page.getByRole('list', { name: 'Files' });
  await expect(files).toBeVisible();
  const buttons = files.getByRole('button', { name: /^Download batch-.*\.csv$/ });
  const count = await buttons.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const name = (await buttons.nth(i).getAttribute('aria-label')) ?? '';
    const csv = await download(page, testInfo, name, `batch-${i}.csv`);
    const content = readFileSync(csv.path, 'utf8');
    // Full hybrid (remote move): Microsoft's CSV has the one column EmailAddress.
    expect(content.split('\r\n')[0]).toBe('EmailAddress');
    expect(content).toMatch(/@contoso\.com\r\n/);
  }
  // The script takes the tenant typed here for -TargetDeliveryDomain.
  await page.getByLabel('Tenant name').fill('contoso');
  await page.getByRole('button', { name: 'Save script settings' }).click();
  await expect(page.getByText('Script settings saved')).toBeVisible();
  await expectNoAxeViolations(page);
  const script = await download(page, testInfo, 'Download migration.ps1', 'migration.ps1');
  const ps = readFileSync(script.path, 'utf8');
  expect(ps).toContain('New-MigrationBatch');
  expect(ps).toContain('Test-MigrationServerAvailability');
  expect(ps).toContain("'contoso.mail.onmicrosoft.com'");

  const zip = await download(page, testInfo, 'Download everything (.zip)', 'export.zip');
  expect(zip.suggested).toMatch(/\.zip$/);
  const listing = Object.keys(unzipSync(readFileSync(zip.path))).join('\n');
  expect(listing).toContain('migration.ps1');
  expect(listing).toContain('.plan.json');
  expect(listing).toMatch(/\.pdf(\n|$)/);
  expect(listing).toMatch(/batch-csv\/batch-01-.*\.csv/);
});

test('without an inventory the page says what is missing and the PDF still downloads', async ({
  page,
}, testInfo) => {
  const planUrl = await openSamplePlan(page, { method: 'full-hybrid', inventory: null });
  await page.goto(`${planUrl}/export`);
  await expect(page.getByText(/No mailbox inventory is imported yet/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import an inventory' })).toBeVisible();
  const pdf = await download(page, testInfo, 'Download PDF', 'no-inventory.pdf');
  const text = pdfText(pdf.path);
  expect(text).toContain('Full hybrid');
  expect(text).toContain('No mailbox inventory has been imported yet');
  await expectNoAxeViolations(page);
});
