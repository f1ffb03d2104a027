import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

/** The rules of public/_headers (Netlify and Cloudflare Pages), by path. */
function headerRules(): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> = {};
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = {}));
    else {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync('index.html', 'utf8'),
)?.[1];

test('every response carries the security headers, and the CSP is the meta tag’s plus frame-ancestors', async ({
  request,
}) => {
  expect(metaPolicy).toBeTruthy();
  for (const path of ['/', '/plans/x/schedule', '/sw.js', '/manifest.webmanifest']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('the app cannot be framed, even by itself', async ({ page }) => {
  await page.goto('/');
  const framed = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const frame = document.createElement('iframe');
        frame.title = 'framed';
        // A blocked frame holds the browser's error page, which is not of this origin.
        frame.addEventListener('load', () =>
          resolve(frame.contentDocument?.getElementById('root') ? 'app' : 'blocked'),
        );
        frame.src = '/';
        document.body.append(frame);
      }),
  );
  expect(framed).toBe('blocked');
});

test('public/_headers keeps what the service worker and hashed assets need', () => {
  const rules = headerRules();
  // Both hosts join a header two rules set: a site-wide Cache-Control would spoil the others.
  expect(rules.get('/*')?.['cache-control']).toBeUndefined();
  for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest'])
    expect(rules.get(path)?.['cache-control'], path).toBe('no-cache');
  expect(rules.get('/manifest.webmanifest')?.['content-type']).toBe('application/manifest+json');
  expect(rules.get('/assets/*')?.['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('every server configuration in docs/deploy.md carries the same policy', () => {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const policies = doc.match(/default-src [^"`\n]+/g) ?? [];
  // The policy in full, then nginx, Apache and Caddy.
  expect(policies.length).toBeGreaterThanOrEqual(4);
  for (const policy of policies) expect(policy).toBe(`${metaPolicy}; frame-ancestors 'none'`);
});
