import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test gets a page whose requests are recorded; after the test, any request to a
 * host other than the app's own fails it ("nothing leaves the browser"). Requests are
 * watched on the context, which also sees the service worker's own (page.on does not).
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: async ({ page, context, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    const foreign: string[] = [];
    const blocked: string[] = [];
    // A Content-Security-Policy violation means something the strict policy forbids.
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().includes('Content Security Policy'))
        blocked.push(m.text());
    });
    context.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreign.push(url);
    });
    await use(foreign);
    expect(foreign, 'requests to hosts other than the app').toEqual([]);
    expect(blocked, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };

/** Runs axe with the WCAG 2.x A/AA rules and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Waits until every change is written to IndexedDB (the top bar says so), e.g. before a reload. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('.top-bar-note[data-saving="false"]')).toBeVisible();
}
