import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { FIXTURES, openSamplePlan } from './plan-file-fixture.ts';

const LOCAL_DATE = /(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{4}-\d{2}-\d{2}/;
const UTC = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/;

test('the schedule dates batches and keeps a manual move across a reload', async ({
  page,
  foreignRequests,
}) => {
  const planUrl = await openSamplePlan(page, { method: 'full-hybrid' });
  await page.goto(`${planUrl}/schedule`);
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();

  const batches = page.getByRole('table', { name: /Batches with their dates/ });
  const pilotRow = batches.getByRole('row', { name: /Pilot/ });
  await expect(pilotRow).toContainText(LOCAL_DATE, { timeout: 30_000 });
  await expect(pilotRow).toContainText(UTC);
  await expect(page.getByText('No manual edits.')).toBeVisible();
  // The sample misses its deadline: the limit that binds is named in words, with its fix.
  await expect(
    page.getByRole('listitem').filter({ hasText: /^Concurrency The plan ends .+ Fix: raise/ }),
  ).toBeVisible();
  // At the default 1280-pixel width every column shows, with no sideways scrolling.
  expect(page.viewportSize()?.width).toBe(1280);
  const overflow = await batches.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // Move the first mailbox of Batch 1 into the pilot.
  await batches.getByRole('button', { name: 'Batch 1' }).click();
  const members = page.getByRole('region', { name: 'Mailboxes in Batch 1 (scrollable)' });
  const select = members.getByLabel(/^Move .+ to$/).first();
  const email = ((await select.getAttribute('aria-label')) ?? '').replace(/^Move (.+) to$/, '$1');
  expect(email).toMatch(/@/);
  await select.selectOption({ label: 'Pilot' });
  await members.getByRole('button', { name: `Move ${email}`, exact: true }).click();

  await expect(page.getByText('1 manual edit.')).toBeVisible();
  await expect(members.getByRole('cell', { name: email, exact: true })).toHaveCount(0);
  // Focus goes to the row now in the moved one's place, not to the page.
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Move .+ to$/);
  await expect(page.locator(':focus')).not.toHaveAttribute('aria-label', `Move ${email} to`);
  // A keyboard user can skip past the rows.
  await page.getByRole('button', { name: 'Skip the mailbox list' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeFocused();
  // The message says the new schedule is in, not that it is still being recomputed.
  await expect(page.getByRole('status').filter({ hasText: /^Moved/ })).toHaveText(
    /The schedule is up to date\.$/,
  );
  await batches.getByRole('button', { name: 'Pilot' }).click();
  const pilot = page.getByRole('region', { name: 'Mailboxes in Pilot (scrollable)' });
  await expect(pilot.getByRole('cell', { name: email, exact: true })).toBeVisible();

  // The edit is kept with the plan.
  await page.reload();
  await expect(page.getByText('1 manual edit.')).toBeVisible();
  await expect(pilot.getByRole('cell', { name: email, exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('img', { name: /Timeline of \d+ batches/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Undo last edit' }).click();
  await expect(page.getByText('No manual edits.')).toBeVisible();
  await expect(pilot.getByRole('cell', { name: email, exact: true })).toHaveCount(0);
  expect(foreignRequests).toEqual([]);
});

test('a new inventory reaches the schedule although the page keeps its scheduler', async ({
  page,
  foreignRequests,
}) => {
  const planUrl = await openSamplePlan(page, { method: 'full-hybrid' });
  await page.goto(`${planUrl}/schedule`);
  const steps = page.getByRole('navigation', { name: 'Plan steps' });
  const mailboxes = page
    .getByRole('region', { name: 'Summary' })
    .locator('dt', { hasText: /^Mailboxes$/ })
    .locator('+ dd');
  await expect(mailboxes).toHaveText('2,000', { timeout: 30_000 });

  // Moving between pages keeps the scheduler's worker, which holds the old inventory.
  await steps.getByRole('link', { name: /^Inventory/ }).click();
  await page
    .getByLabel('Mailbox inventory file (.csv)')
    .setInputFiles(path.join(FIXTURES, 'mailboxes-300-excel-de.csv'));
  const dialog = page.getByRole('dialog', { name: 'Replace the mailbox inventory?' });
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported all' })).toHaveText(
    'Imported all 300 rows from mailboxes-300-excel-de.csv.',
  );
  await steps.getByRole('link', { name: /^Schedule/ }).click();
  await expect(mailboxes).toHaveText('300', { timeout: 30_000 });

  // And an edit after that schedules the new inventory again, not the old one.
  await page.getByRole('button', { name: 'Batch 1', exact: true }).click();
  const members = page.getByRole('region', { name: 'Mailboxes in Batch 1 (scrollable)' });
  const select = members.getByLabel(/^Move .+ to$/).first();
  const email = ((await select.getAttribute('aria-label')) ?? '').replace(/^Move (.+) to$/, '$1');
  expect(email).toMatch(/@contoso\.com$/);
  await select.selectOption({ label: 'Pilot' });
  await members.getByRole('button', { name: `Move ${email}`, exact: true }).click();
  await expect(members.getByRole('cell', { name: email, exact: true })).toHaveCount(0);
  await expect(mailboxes).toHaveText('300');
  expect(foreignRequests).toEqual([]);
});
