import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForSaved } from './fixtures.ts';
import { openSamplePlan, sampleProfile } from './plan-file-fixture.ts';

/** A small organisation without directory sync: cutover is recommended and eligible. */
const CUTOVER_PROFILE = sampleProfile({
  mailboxCount: 120,
  totalDataGB: 300,
  directorySync: 'none',
  needs: { freeBusy: false, calendarAndContacts: true, singleGal: false },
});

const NEW_PROFILE = /new Outlook profile/i;
const NEW_CREDENTIALS = /new Microsoft 365 account|temporary password/i;

async function openImpact(page: Page, planUrl: string) {
  await page.goto(`${planUrl}/impact`);
  await expect(page.getByRole('heading', { level: 1, name: 'Impact and runbook' })).toBeVisible();
  // The schedule is computed in a worker; the calendar appears once it is ready.
  await expect(page.getByRole('button', { name: /team calendar/ })).toBeEnabled({
    timeout: 30_000,
  });
}

test('cutover: new profile and new credentials in the notes and the notices', async ({
  page,
  foreignRequests,
}) => {
  const planUrl = await openSamplePlan(page, { method: 'cutover', profile: CUTOVER_PROFILE });
  // The recommendation page accepts the choice: cutover is recommended for this profile.
  await expect(page.getByText(/ruled out by the current answers/)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Cutover migration' })).toBeVisible();
  await openImpact(page, planUrl);

  const notes = page.getByRole('region', { name: 'User impact' });
  await expect(
    notes.getByRole('heading', { name: /Everyone creates a new Outlook profile/ }),
  ).toBeVisible();
  await expect(
    notes.getByRole('heading', { name: /New Microsoft 365 account and password/ }),
  ).toBeVisible();
  await expect(notes.getByRole('link', { name: /^Source:/ }).first()).toHaveAttribute(
    'href',
    /^https:\/\//,
  );

  const comms = page.getByRole('region', { name: 'Communications calendar' });
  await comms
    .getByText(/^Preview/)
    .first()
    .click();
  await expect(comms).toContainText(NEW_PROFILE);
  await expect(comms).toContainText(NEW_CREDENTIALS);

  // "What happens to me" for one person of the inventory.
  const me = page.getByRole('region', { name: 'What happens to me' });
  // Suggestions only for what is typed, never the whole inventory.
  const suggestions = me.locator('datalist option');
  await expect(suggestions).toHaveCount(0);
  await me.getByLabel('Email address').fill('Kowal');
  await expect(me.locator('datalist option[value="uma.kowalski@contoso.com"]')).toHaveCount(1);
  await me.getByLabel('Email address').fill('uma.kowalski@contoso.com');
  await me.getByRole('button', { name: 'Show the timeline' }).click();
  await expect(me.getByRole('heading', { level: 3 })).toContainText('Uma Kowalski');
  await expect(me).toContainText('Switch-over');
  await me.getByLabel('Email address').fill('nobody@contoso.com');
  await me.getByRole('button', { name: 'Show the timeline' }).click();
  await expect(me.getByRole('alert')).toContainText('not in any batch');

  await expectNoAxeViolations(page);
  expect(foreignRequests).toEqual([]);
});

test('full hybrid: neither a new profile nor new credentials', async ({
  page,
  foreignRequests,
}) => {
  const planUrl = await openSamplePlan(page, { method: 'full-hybrid' });
  await openImpact(page, planUrl);
  const notes = page.getByRole('region', { name: 'User impact' });
  await expect(notes.getByRole('heading', { name: /Outlook keeps its profile/ })).toBeVisible();
  await expect(notes).not.toContainText(NEW_PROFILE);
  await expect(notes).not.toContainText(NEW_CREDENTIALS);
  const comms = page.getByRole('region', { name: 'Communications calendar' });
  await expect(comms).toContainText('Your mailbox moves');
  await expect(comms).not.toContainText(NEW_PROFILE);
  await expect(comms).not.toContainText(NEW_CREDENTIALS);
  await expectNoAxeViolations(page);
  expect(foreignRequests).toEqual([]);
});

test('without an inventory: method-level notes, and dates promised for later', async ({
  page,
  foreignRequests,
}) => {
  const planUrl = await openSamplePlan(page, { method: 'full-hybrid', inventory: null });
  await page.goto(`${planUrl}/impact`);
  const notes = page.getByRole('region', { name: 'User impact' });
  await expect(notes.getByRole('heading', { name: /Outlook keeps its profile/ })).toBeVisible();
  await expect(notes).toContainText('appear once the inventory is imported');
  await expect(page.getByRole('region', { name: 'What happens to me' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Runbook' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(foreignRequests).toEqual([]);
});

test('runbook ticks survive a reload; notice days are editable', async ({
  page,
  foreignRequests,
}) => {
  const planUrl = await openSamplePlan(page, { method: 'full-hybrid' });
  await openImpact(page, planUrl);
  const runbook = page.getByRole('region', { name: 'Runbook' });
  const first = runbook.getByRole('checkbox').first();
  await first.check();
  await expect(runbook.getByText(/^1 of \d+ done$/)).toBeVisible();

  const comms = page.getByRole('region', { name: 'Communications calendar' });
  await comms.getByRole('textbox', { name: /Add a notice day/ }).fill('2.5');
  await comms.getByRole('button', { name: 'Add day' }).click();
  await expect(comms.getByText(/whole number of days/)).toBeVisible();
  await comms.getByRole('textbox', { name: /Add a notice day/ }).fill('-3');
  await comms.getByRole('button', { name: 'Add day' }).click();
  await expect(comms.getByRole('button', { name: 'Remove T-3' })).toBeVisible();
  await comms.getByRole('button', { name: 'Remove T+1' }).click();

  await waitForSaved(page);
  await page.reload();
  await expect(runbook.getByRole('checkbox').first()).toBeChecked();
  await expect(runbook.getByText(/^1 of \d+ done$/)).toBeVisible();
  await expect(comms.getByRole('button', { name: 'Remove T-3' })).toBeVisible({ timeout: 30_000 });
  await expect(comms.getByRole('button', { name: 'Remove T+1' })).toHaveCount(0);
  expect(foreignRequests).toEqual([]);
});

test('the team calendar downloads as .ics with the batch dates', async ({
  page,
  foreignRequests,
}) => {
  const planUrl = await openSamplePlan(page, { method: 'full-hybrid' });
  await openImpact(page, planUrl);
  const comms = page.getByRole('region', { name: 'Communications calendar' });
  const headings = await comms
    .getByRole('heading', { level: 3, name: /switch-over/ })
    .allTextContents();
  const dates = headings.map((h) => /(\d{4})-(\d{2})-(\d{2})$/.exec(h)?.slice(1).join('') ?? '');
  expect(dates.length).toBeGreaterThan(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    comms.getByRole('button', { name: /team calendar/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  // The T-0 notice of each batch falls on its switch-over date.
  for (const d of dates) expect(ics).toContain(`DTSTART;VALUE=DATE:${d}`);

  const [zip] = await Promise.all([
    page.waitForEvent('download'),
    comms.getByRole('button', { name: /all drafts/ }).click(),
  ]);
  expect(zip.suggestedFilename()).toMatch(/\.zip$/);
  const bytes = await readFile(await zip.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  expect(foreignRequests).toEqual([]);
});
