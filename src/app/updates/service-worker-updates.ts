import type { UpdateState } from '../../ui/update-banner.tsx';

// The few members of the service worker API this file uses, so tests can pass fakes.
type WorkerLike = {
  readonly state: ServiceWorkerState;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
};
type RegistrationLike = {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  readonly active: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
  update(): Promise<unknown>;
};
export type ContainerLike = {
  readonly controller: unknown;
  register(url: string, options: RegistrationOptions): Promise<RegistrationLike>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
};

export type UpdateWatcher = {
  state(): UpdateState;
  subscribe(listener: () => void): () => void;
  /**
   * Starts the new version and reloads this tab, and only this one: other tabs see their
   * controller change and offer a reload instead of taking one.
   */
  apply(): void;
};

/** The message Workbox's generated worker answers by calling skipWaiting(). */
const SKIP_WAITING = { type: 'SKIP_WAITING' };
const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker and follows its versions. Written on the bare API: vite-plugin-
 * pwa's register module reloads every tab on `controlling`, and workbox-window drops its
 * `updatefound` listener after the first update it did not start, so a tab left open would
 * miss the next one. Here every update is seen, and only the tab whose button was pressed
 * reloads.
 */
export function watchServiceWorker(
  container: ContainerLike,
  { url, reload, checkEveryMs = HOUR }: { url: string; reload: () => void; checkEveryMs?: number },
): UpdateWatcher {
  let state: UpdateState = 'none';
  let registration: RegistrationLike | null = null;
  let applying = false;
  // A page no worker controlled at load gets its first one from the first install
  // (clients.claim): that is the same version, not an update.
  let controlled = Boolean(container.controller);
  const listeners = new Set<() => void>();

  const set = (next: UpdateState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };

  const follow = (worker: WorkerLike | null) => {
    if (!worker) return;
    const check = () => {
      // Installed beside an active worker: a new version waiting for a tab to start it.
      if (worker.state === 'installed' && registration?.active && registration.waiting === worker)
        set('ready');
    };
    worker.addEventListener('statechange', check);
    check();
  };

  container.addEventListener('controllerchange', () => {
    // Asked for here: reload, even if this page had no worker before (a forced reload).
    if (applying) reload();
    else if (!controlled) controlled = true;
    else set('active');
  });

  container.register(url, { scope: '/' }).then(
    (reg) => {
      registration = reg;
      follow(reg.waiting);
      follow(reg.installing);
      reg.addEventListener('updatefound', () => follow(reg.installing));
      // A single-page app never navigates, so the browser's own check (on navigation) would
      // not run in a tab left open for days.
      setInterval(() => {
        reg.update().catch(() => {
          // Offline or the server is down: try again at the next interval.
        });
      }, checkEveryMs);
    },
    (error: unknown) => {
      console.warn(
        'The service worker could not be registered: the app will not work offline.',
        error,
      );
    },
  );

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    apply() {
      const waiting = registration?.waiting;
      // Already started (by another tab), or nothing waits any more: a reload is all it takes.
      if (state === 'active' || !waiting) {
        reload();
        return;
      }
      applying = true;
      waiting.postMessage(SKIP_WAITING);
    },
  };
}
