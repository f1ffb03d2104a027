import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), relaxCspInDev()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, manifest: true },
});
