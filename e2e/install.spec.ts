import { expect, test } from './fixtures.ts';

type Manifest = {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test('the web manifest is linked, valid, and its icons exist', async ({
  page,
  request,
  foreignRequests,
}) => {
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    'href',
    '/manifest.webmanifest',
  );
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#0c3b5e');

  const res = await request.get('/manifest.webmanifest');
  expect(res.ok()).toBe(true);
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await res.json()) as Manifest;
  expect(manifest).toMatchObject({
    name: 'Exchange Migration Planner',
    short_name: 'Migration Planner',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0c3b5e',
    background_color: '#f5f5f5',
  });
  const sizes = new Set<string>();
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()['content-type']).toBe('image/png');
    expect(pngSize(await file.body()).join('x')).toBe(icon.sizes);
    sizes.add(`${icon.sizes} ${icon.purpose ?? 'any'}`);
  }
  expect([...sizes].sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);

  // Chromium's own verdict. Test contexts are incognito, the one thing it holds against us.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const cdp = await page.context().newCDPSession(page);
  const manifestErrors = await cdp.send('Page.getAppManifest');
  expect(manifestErrors.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual(
    [],
  );
  expect(foreignRequests).toEqual([]);
});

test('the service worker is one file that imports nothing, waits to be asked, and precaches the PDF fonts but not the 10 MB one', async ({
  request,
}) => {
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).not.toMatch(/importScripts\s*\(/);
  // The one absolute address is a link in a warning message of Workbox.
  expect(sw.match(/https?:\/\/[^\s"'`]+/g)).toEqual(['https://bit.ly/wb-precache']);
  expect(sw).toContain('SKIP_WAITING');
  expect(sw).toContain('"index.html"');
  expect(sw).toContain('"fonts/DejaVuSans.ttf"');
  expect(sw).toContain('"fonts/DejaVuSans-Bold.ttf"');
  expect(sw).not.toContain('"fonts/NotoSansSC-Regular.ttf"');
});
