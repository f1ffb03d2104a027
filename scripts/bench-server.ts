// The browser scripts' local server: a free port, and `vite preview` of the build on it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

/** `vite preview` of the build on a free port, answering; `stop` ends it. */
export async function startPreview(): Promise<{ baseUrl: string; stop: () => void }> {
  if (!existsSync('dist/index.html')) throw new Error('No build found: run `npm run build` first.');
  const port = await freePort();
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(baseUrl);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { baseUrl, stop: () => server.kill() };
}
