import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchServiceWorker, type ContainerLike } from './service-worker-updates.ts';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState;
  messages: unknown[] = [];
  constructor(state: ServiceWorkerState) {
    super();
    this.state = state;
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  update = vi.fn<() => Promise<unknown>>(() => Promise.resolve());
  /** A new script was found: it installs beside the active worker and waits. */
  found(): FakeWorker {
    const worker = new FakeWorker('installing');
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    this.waiting = worker;
    worker.become('installed');
    return worker;
  }
}

class FakeContainer extends EventTarget {
  controller: FakeWorker | null;
  registration = new FakeRegistration();
  constructor(controller: FakeWorker | null) {
    super();
    this.controller = controller;
  }
  register = vi.fn<(url: string, options: RegistrationOptions) => Promise<FakeRegistration>>(() =>
    Promise.resolve(this.registration),
  );
  /** A worker took over this tab (clients.claim, or skipWaiting from any tab). */
  takenOverBy(worker: FakeWorker) {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function setup({
  controlled = true,
  waiting = false,
  installed = controlled,
}: { controlled?: boolean; waiting?: boolean; installed?: boolean } = {}) {
  const active = new FakeWorker('activated');
  const container = new FakeContainer(controlled ? active : null);
  if (installed) container.registration.active = active;
  if (waiting) container.registration.waiting = new FakeWorker('installed');
  const reload = vi.fn<() => void>();
  const watcher = watchServiceWorker(container as unknown as ContainerLike, {
    url: '/sw.js',
    reload,
    checkEveryMs: 1000,
  });
  const changes = vi.fn<() => void>();
  watcher.subscribe(changes);
  return { container, registration: container.registration, reload, watcher, changes };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watchServiceWorker', () => {
  it('registers /sw.js at the root scope', async () => {
    const { container } = setup();
    await vi.runAllTicks();
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('the first install takes over the page without an update to offer or a reload', async () => {
    const { container, registration, reload, watcher } = setup({ controlled: false });
    await Promise.resolve();
    const first = new FakeWorker('installing');
    registration.installing = first;
    registration.dispatchEvent(new Event('updatefound'));
    first.become('installed');
    registration.installing = null;
    registration.active = first;
    first.become('activating');
    container.takenOverBy(first);
    first.become('activated');
    expect(watcher.state()).toBe('none');
    expect(reload).not.toHaveBeenCalled();
  });

  it('offers a version that was already waiting at load', async () => {
    const { watcher } = setup({ waiting: true });
    await Promise.resolve();
    expect(watcher.state()).toBe('ready');
  });

  it('offers each new version found while the tab is open, not only the first', async () => {
    const { registration, watcher, changes } = setup();
    await Promise.resolve();
    registration.found();
    expect(watcher.state()).toBe('ready');
    expect(changes).toHaveBeenCalledOnce();
    const second = registration.found();
    expect(watcher.state()).toBe('ready');
    expect(registration.waiting).toBe(second);
  });

  it('apply starts the waiting version and reloads this tab once it has taken over', async () => {
    const { container, registration, reload, watcher } = setup();
    await Promise.resolve();
    const next = registration.found();
    watcher.apply();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).not.toHaveBeenCalled();
    container.takenOverBy(next);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('a version started by another tab does not reload this one; it says so instead', async () => {
    const { container, registration, reload, watcher } = setup();
    await Promise.resolve();
    const next = registration.found();
    registration.waiting = null;
    registration.active = next;
    container.takenOverBy(next);
    expect(reload).not.toHaveBeenCalled();
    expect(watcher.state()).toBe('active');
    watcher.apply();
    expect(next.messages).toEqual([]);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads when asked in a page that a forced reload left without a worker', async () => {
    const { container, registration, reload, watcher } = setup({
      controlled: false,
      installed: true,
      waiting: true,
    });
    await Promise.resolve();
    expect(watcher.state()).toBe('ready');
    const next = registration.waiting;
    if (!next) throw new Error('no waiting worker');
    watcher.apply();
    container.takenOverBy(next);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('checks for a new version at every interval, quietly when offline', async () => {
    const { registration } = setup();
    await Promise.resolve();
    registration.update.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(1000);
    expect(registration.update).toHaveBeenCalledTimes(2);
  });
});
