import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { watchServiceWorker } from './service-worker-updates.ts';
import { UpdatePrompt } from './update-prompt.tsx';

/**
 * Registers the service worker and shows the update banner in a root of its own, beside the
 * app's: main.tsx imports this file only after the first render, so none of it weighs on the
 * first load.
 */
export function startUpdates(): void {
  const watcher = watchServiceWorker(navigator.serviceWorker, {
    url: '/sw.js',
    reload: () => window.location.reload(),
  });
  const host = document.createElement('div');
  host.className = 'update-banner-host';
  document.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <UpdatePrompt watcher={watcher} />
    </StrictMode>,
  );
}
