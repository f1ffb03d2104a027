import { expect, expectNoAxeViolations, test, waitForSaved } from './fixtures.ts';

test('create, rename, reload, second plan, switch, delete — all stored in the browser', async ({
  page,
  foreignRequests,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your migration plans' })).toBeVisible();
  await expect(page.getByText('No plans yet')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Plan name').fill('Contoso');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+\/wizard\//);
  await expect(page.getByRole('navigation', { name: 'Plan steps' })).toContainText('Contoso');

  await page.getByRole('link', { name: 'All plans' }).click();
  await page.getByRole('button', { name: 'Rename Contoso' }).click();
  await page.getByLabel('New name for Contoso').fill('Contoso Ltd');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Contoso Ltd' })).toBeVisible();

  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Contoso Ltd' })).toBeVisible();

  await page.getByLabel('Plan name').fill('Fabrikam');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('navigation', { name: 'Plan steps' })).toContainText('Fabrikam');
  await page.getByRole('link', { name: 'All plans' }).click();

  // Switch between the two plans.
  await page.getByRole('link', { name: 'Contoso Ltd' }).click();
  await expect(page.getByRole('navigation', { name: 'Plan steps' })).toContainText('Contoso Ltd');
  await page.getByRole('link', { name: 'All plans' }).click();
  await page.getByRole('link', { name: 'Fabrikam' }).click();
  await expect(page.getByRole('navigation', { name: 'Plan steps' })).toContainText('Fabrikam');
  await page.getByRole('link', { name: 'All plans' }).click();

  await page.getByRole('button', { name: 'Duplicate Fabrikam' }).click();
  await expect(page.getByRole('link', { name: 'Fabrikam (copy)' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Fabrikam (copy)' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete this plan?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Delete plan' }).click();
  await expect(page.getByRole('link', { name: 'Fabrikam (copy)' })).toHaveCount(0);
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Fabrikam (copy)' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Fabrikam', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Contoso Ltd' })).toBeVisible();
  expect(foreignRequests).toEqual([]);
});

test('a file that is not a plan is refused and nothing changes', async ({
  page,
  foreignRequests,
}) => {
  await page.goto('/');
  await page.getByLabel('Plan name').fill('Keep me');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await page.getByRole('link', { name: 'All plans' }).click();
  await page.getByLabel('Plan file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":"world"}'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'not an Exchange Migration Planner plan file',
  );
  await expect(page.getByRole('link', { name: 'Keep me' })).toBeVisible();
  expect(foreignRequests).toEqual([]);
});
