import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const SECTIONS: { link: RegExp; path: string; heading: RegExp }[] = [
  { link: /^Questions/, path: 'wizard', heading: /.+/ },
  { link: /^Recommendation/, path: 'recommendation', heading: /Recommendation/ },
  { link: /^Inventory/, path: 'inventory', heading: /Inventory/ },
  { link: /^Schedule/, path: 'schedule', heading: /Schedule/ },
  { link: /^Impact and runbook/, path: 'impact', heading: /Impact/ },
  { link: /^Export/, path: 'export', heading: /Export/ },
];

test('every page is reachable from the navigation and by URL, and passes axe', async ({
  page,
  foreignRequests,
}) => {
  await page.goto('/');
  await page.getByLabel('Plan name').fill('Navigation check');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+\/wizard\/[a-z-]+$/);
  const planUrl = new URL(page.url()).pathname.replace(/\/wizard\/.*$/, '');
  const nav = page.getByRole('navigation', { name: 'Plan steps' });

  for (const s of SECTIONS) {
    await nav.getByRole('link', { name: s.link }).click();
    await expect(page).toHaveURL(new RegExp(`${planUrl}/${s.path}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.heading);
    await expectNoAxeViolations(page);
  }
  for (const s of SECTIONS) {
    await page.goto(`${planUrl}/${s.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.heading);
    await expect(nav.getByRole('link', { name: s.link })).toHaveClass(/active/);
  }
  // A step's state and its reason are in the link's name, and on the section's own page.
  await expect(nav.getByRole('link', { name: /^Inventory/ })).toHaveAccessibleName(
    /^Inventory\s*, Not started: No mailbox inventory imported$/,
  );
  await expect(nav.getByRole('link', { name: /^Questions/ })).toHaveAccessibleName(
    /Not started: No question answered yet$/,
  );
  await expect(page.locator('.section-status')).toHaveText('Not started: Nothing exported yet.');
  expect(foreignRequests).toEqual([]);
});

test('an unknown URL shows the not-found page', async ({ page, foreignRequests }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/plans/does-not-exist/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Plan not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to your plans' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your migration plans' })).toBeVisible();
  expect(foreignRequests).toEqual([]);
});
