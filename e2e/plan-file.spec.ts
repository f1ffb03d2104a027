import { expect, test } from './fixtures.ts';
import { openSamplePlan } from './plan-file-fixture.ts';

test('a shared plan file opens with its answers and method', async ({ page, foreignRequests }) => {
  const planUrl = await openSamplePlan(page, {
    name: 'Shared by a colleague',
    method: 'full-hybrid',
  });
  await expect(page.getByRole('navigation', { name: 'Plan steps' })).toContainText(
    'Shared by a colleague',
  );
  await expect(page.getByText('This plan follows Full hybrid')).toBeVisible();
  await page.goto(`${planUrl}/wizard/size`);
  await expect(page.getByLabel('Mailboxes to move', { exact: true })).toHaveValue('2000');
  expect(foreignRequests).toEqual([]);
});
