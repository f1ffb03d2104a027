import { expect, expectNoAxeViolations, test, waitForSaved } from './fixtures.ts';
import { RecommendationPage } from './pages/recommendation-page.ts';
import { WizardPage } from './pages/wizard-page.ts';

const KEEP_SYNCING = 'Yes, keep syncing (Microsoft Entra Connect)';

test('Exchange 2007 with 5,000 mailboxes gets a staged migration', async ({
  page,
  foreignRequests,
}) => {
  const w = new WizardPage(page);
  await w.createPlan('Staged journey');
  await w.answerOrganisation({ name: 'Northwind', country: 'GB' });
  await w.next('Source system');
  await w.answerSource({ source: 'Exchange Server on-premises', version: 'Exchange 2007' });
  await w.next('Size');
  await w.answerSize({ mailboxes: '5000', dataGB: '12000', pstFiles: 'No' });
  await w.next('Timing');

  // A reload in the middle loses nothing: committed answers come back, the step resumes.
  await w.reloadAt('Timing');
  await w.openStep('Size');
  await w.expectAnswer('Mailboxes to move', '5000');
  await w.next('Timing');

  await w.answerTiming({ weeks: '16', window: 'Saturdays only' });
  await w.next('Coexistence');
  await w.answerCoexistence({
    freeBusy: 'No',
    calendarsAndContacts: 'Yes',
    directorySync: KEEP_SYNCING,
  });
  await w.next('Network and licensing');
  await w.answerNetwork({ uploadMbps: '500', enterpriseAgreement: 'No' });
  await w.next('Recommendation');

  await new RecommendationPage(page).expectRecommended('Staged migration');
  await expectNoAxeViolations(page);
  expect(foreignRequests).toEqual([]);
});

test('Exchange 2019 with 1,200 mailboxes, no free/busy, two months gets minimal hybrid', async ({
  page,
  foreignRequests,
}) => {
  const w = new WizardPage(page);
  await w.createPlan('Minimal hybrid journey');
  await w.answerOrganisation({ country: 'DE' });
  await w.next('Source system');
  await w.answerSource({ source: 'Exchange Server on-premises', version: 'Exchange 2019' });
  await w.next('Size');
  await w.answerSize({ mailboxes: '1200', dataGB: '3600', pstFiles: 'No' });
  await w.next('Timing');
  await w.answerTiming({ weeks: '8', window: 'Weekday evenings and Saturdays' });
  await w.next('Coexistence');

  await w.reloadAt('Coexistence');

  await w.answerCoexistence({
    freeBusy: 'No',
    calendarsAndContacts: 'Yes',
    directorySync: KEEP_SYNCING,
  });
  await w.next('Network and licensing');
  await w.answerNetwork({ uploadMbps: '200', enterpriseAgreement: 'Yes' });
  await w.next('Recommendation');
  const r = new RecommendationPage(page);
  await r.expectRecommended('Minimal hybrid');
  await expectNoAxeViolations(page);

  // Choosing another eligible method is recorded with its reason and survives a reload.
  await r.chooseMethod(/Full hybrid/, 'Free/busy for executives');
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
  await w.answerOrganisation({ country: 'FR' });
  await w.next('Source system');
  await w.answerSource({ source: 'Another IMAP mail server' });
  await expect(page.getByLabel('Exchange version')).toHaveCount(0);
  await w.next('Size');
  await w.answerSize({ mailboxes: '80', dataGB: '200', pstFiles: 'No' });

  // Errors show next to the field, and Next commits nothing.
  await w.fill('Mailboxes to move', '-4');
  await w.submitStep();
  await expect(page.getByRole('alert')).toContainText('One answer needs attention');
  await expect(page.getByLabel('Mailboxes to move', { exact: true })).toBeFocused();
  await expect(page.getByText(/Mailbox count must be a whole number/)).toBeVisible();
  await expectNoAxeViolations(page);
  await w.fill('Mailboxes to move', '80');
  await w.next('Timing');

  await w.reloadAt('Timing');

  await w.answerTiming({ weeks: '4', window: 'Saturdays only' });
  await w.next('Coexistence');
  await expect(page.getByRole('group', { name: /free\/busy/ })).toHaveCount(0);
  await w.answerCoexistence({ calendarsAndContacts: 'Yes', directorySync: 'No directory sync' });
  await w.next('Network and licensing');
  await w.answerNetwork({ uploadMbps: '50', enterpriseAgreement: 'No' });
  await w.next('Recommendation');
  await new RecommendationPage(page).expectRecommended('IMAP migration');
  const companions = page.getByRole('region', { name: 'Run beside it' });
  await expect(companions).toContainText('Import service');
  await expectNoAxeViolations(page);
  expect(foreignRequests).toEqual([]);
});
