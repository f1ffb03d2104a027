import { expect, expectNoAxeViolations, test, waitForSaved } from './fixtures.ts';
import { WizardPage } from './pages/wizard-page.ts';

test('Exchange 2007 with 5,000 mailboxes gets a staged migration', async ({
  page,
  foreignRequests,
}) => {
  const w = new WizardPage(page);
  await w.createPlan('Staged journey');
  await w.fill('Organisation name (optional)', 'Northwind');
  await w.fill('Country (two-letter code)', 'GB');
  await w.next('Source system');
  await w.choose('Where are the mailboxes now?', 'Exchange Server on-premises');
  await w.select('Exchange version', 'Exchange 2007');
  await w.next('Size');
  await w.fill('Mailboxes to move', '5000');
  await w.fill('Total mailbox data', '12000');
  await w.choose('Are there PST files to import?', 'No');
  await w.next('Timing');

  // A reload in the middle loses nothing: committed answers come back, the step resumes.
  await waitForSaved(page);
  await page.reload();
  await w.expectStep('Timing');
  await page.getByRole('link', { name: /Size/ }).click();
  await expect(page.getByLabel('Mailboxes to move', { exact: true })).toHaveValue('5000');
  await page.getByRole('button', { name: 'Next' }).click();

  await w.fill('Weeks until the last mailbox must be moved', '16');
  await w.choose('When may switch-overs happen?', 'Saturdays only');
  await w.next('Coexistence');
  await w.choose('Must moved and not-yet-moved people see each other’s free/busy?', 'No');
  await w.choose('Must calendars and contacts move too, not only mail?', 'Yes');
  await w.choose(
    'Will the organisation keep syncing its directory to Microsoft Entra ID?',
    'Yes, keep syncing (Microsoft Entra Connect)',
  );
  await w.next('Network and licensing');
  await w.fill('Upload bandwidth available for the migration', '500');
  await w.choose('Does the organisation have a Microsoft Enterprise Agreement?', 'No');
  await w.next('Recommendation');

  await expect(page.getByRole('heading', { level: 2, name: 'Staged migration' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(foreignRequests).toEqual([]);
});

test('Exchange 2019 with 1,200 mailboxes, no free/busy, two months gets minimal hybrid', async ({
  page,
  foreignRequests,
}) => {
  const w = new WizardPage(page);
  await w.createPlan('Minimal hybrid journey');
  await w.fill('Country (two-letter code)', 'DE');
  await w.next('Source system');
  await w.choose('Where are the mailboxes now?', 'Exchange Server on-premises');
  await w.select('Exchange version', 'Exchange 2019');
  await w.next('Size');
  await w.fill('Mailboxes to move', '1200');
  await w.fill('Total mailbox data', '3600');
  await w.choose('Are there PST files to import?', 'No');
  await w.next('Timing');
  await w.fill('Weeks until the last mailbox must be moved', '8');
  await w.choose('When may switch-overs happen?', 'Weekday evenings and Saturdays');
  await w.next('Coexistence');

  await waitForSaved(page);
  await page.reload();
  await w.expectStep('Coexistence');

  await w.choose('Must moved and not-yet-moved people see each other’s free/busy?', 'No');
  await w.choose('Must calendars and contacts move too, not only mail?', 'Yes');
  await w.choose(
    'Will the organisation keep syncing its directory to Microsoft Entra ID?',
    'Yes, keep syncing (Microsoft Entra Connect)',
  );
  await w.next('Network and licensing');
  await w.fill('Upload bandwidth available for the migration', '200');
  await w.choose('Does the organisation have a Microsoft Enterprise Agreement?', 'Yes');
  await w.next('Recommendation');
  await expect(page.getByRole('heading', { level: 2, name: 'Minimal hybrid' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Choosing another eligible method is recorded with its reason and survives a reload.
  await page.getByRole('radio', { name: /Full hybrid/ }).check();
  await page.getByRole('button', { name: 'Use this method' }).click();
  await expect(page.getByText('Say why this plan follows another method')).toBeVisible();
  await page
    .getByLabel('Why this method instead of the recommended one?')
    .fill('Free/busy for executives');
  await page.getByRole('button', { name: 'Use this method' }).click();
  await waitForSaved(page);
  await page.reload();
  await expect(
    page.getByText('This plan follows Full hybrid because: Free/busy for executives'),
  ).toBeVisible();
  expect(foreignRequests).toEqual([]);
});

test('an IMAP server that needs calendars gets IMAP with PST import beside it', async ({
  page,
  foreignRequests,
}) => {
  const w = new WizardPage(page);
  await w.createPlan('IMAP journey');
  await w.fill('Country (two-letter code)', 'FR');
  await w.next('Source system');
  await w.choose('Where are the mailboxes now?', 'Another IMAP mail server');
  await expect(page.getByLabel('Exchange version')).toHaveCount(0);
  await w.next('Size');
  await w.fill('Mailboxes to move', '80');
  await w.fill('Total mailbox data', '200');
  await w.choose('Are there PST files to import?', 'No');

  // Errors show next to the field, and Next commits nothing.
  await w.fill('Mailboxes to move', '-4');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toContainText('One answer needs attention');
  await expect(page.getByLabel('Mailboxes to move', { exact: true })).toBeFocused();
  await expect(page.getByText(/Mailbox count must be a whole number/)).toBeVisible();
  await expectNoAxeViolations(page);
  await w.fill('Mailboxes to move', '80');
  await w.next('Timing');

  await waitForSaved(page);
  await page.reload();
  await w.expectStep('Timing');

  await w.fill('Weeks until the last mailbox must be moved', '4');
  await w.choose('When may switch-overs happen?', 'Saturdays only');
  await w.next('Coexistence');
  await expect(page.getByRole('group', { name: /free\/busy/ })).toHaveCount(0);
  await w.choose('Must calendars and contacts move too, not only mail?', 'Yes');
  await w.choose(
    'Will the organisation keep syncing its directory to Microsoft Entra ID?',
    'No directory sync',
  );
  await w.next('Network and licensing');
  await w.fill('Upload bandwidth available for the migration', '50');
  await w.choose('Does the organisation have a Microsoft Enterprise Agreement?', 'No');
  await w.next('Recommendation');
  await expect(page.getByRole('heading', { level: 2, name: 'IMAP migration' })).toBeVisible();
  const companions = page.getByRole('region', { name: 'Run beside it' });
  await expect(companions).toContainText('Import service');
  await expectNoAxeViolations(page);
  expect(foreignRequests).toEqual([]);
});
