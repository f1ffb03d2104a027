import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './app/router.tsx';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);

// Offline use and updates: loaded once the page has loaded, so nothing of it is in the first
// load, and only in a build, so the dev server never serves from a cache.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => {
    void import('./app/updates/start-updates.tsx').then((m) => m.startUpdates());
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
