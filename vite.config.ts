import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The dev server injects an inline React Refresh preamble and serves CSS as <style> tags,
// which the strict CSP of index.html forbids. Only in dev, allow inline scripts and styles;
// the build keeps the strict policy.
function relaxCspInDev(): Plugin {
  return {
    name: 'relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

/**
 * The headers public/_headers gives every path ("/*"), for `vite preview`: the end-to-end
 * tests then run under the policy a host sends, not only under the meta tag.
 */
function siteWideHeaders(file = 'public/_headers'): Record<string, string> {
  const headers: Record<string, string> = {};
  let path = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) path = line.trim();
    else if (path === '/*') {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

export default defineConfig({
  plugins: [
    react(),
    relaxCspInDev(),
    VitePWA({
      strategies: 'generateSW',
      // Our own registration (src/app/updates/): no inline or injected register script, and
      // an update waits for the user, who may have unsaved changes.
      injectRegister: false,
      registerType: 'prompt',
      devOptions: { enabled: false },
      // The DejaVu fonts (1.4 MB) are in every PDF, so they are precached and the PDF works
      // offline from the first visit. Noto Sans SC (10 MB) and KR (6 MB) are cached at first
      // use instead. The sample exports (0.5 MB) are precached: "Try a sample plan" works
      // offline too.
      includeAssets: [
        'favicon.svg',
        'robots.txt',
        'icons/apple-touch-icon-180.png',
        'fonts/DejaVuSans.ttf',
        'fonts/DejaVuSans-Bold.ttf',
        'samples/*.csv',
        'samples/README.md',
      ],
      manifest: {
        id: '/',
        name: 'Exchange Migration Planner',
        short_name: 'Migration Planner',
        description: 'Plan a migration of mail, calendars and contacts into Exchange Online.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // The top bar and the page canvas of src/app/styles.css.
        theme_color: '#0c3b5e',
        background_color: '#f5f5f5',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        cleanupOutdatedCaches: true,
        // The first install takes over the open page, so it works offline without a reload;
        // an update still waits (no skipWaiting) until a tab asks for it.
        clientsClaim: true,
        skipWaiting: false,
        // One file, with nothing to import from elsewhere.
        inlineWorkboxRuntime: true,
        navigateFallback: 'index.html',
        // Files are never answered with the app: a missing asset must fail, not load HTML.
        navigateFallbackDenylist: [/^\/(assets|fonts|icons)\//, /^[^?]*\.[a-z0-9]+(\?.*)?$/i],
        runtimeCaching: [
          {
            urlPattern: /\/fonts\/NotoSans(SC|KR)-Regular\.ttf$/,
            handler: 'CacheFirst',
            options: { cacheName: 'pdf-fonts', cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, manifest: true },
  preview: { headers: siteWideHeaders() },
});
