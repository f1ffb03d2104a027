// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FakeWorker, inlineWorker } from '../testing/inline-import-worker.ts';
import { runImport, type ImportProgress } from './run-import.ts';

const csv = (n: number, bad: number[] = []) =>
  [
    'PrimarySmtpAddress,DisplayName,TotalItemSize',
    ...Array.from({ length: n }, (_, i) =>
      bad.includes(i) ? `not-an-address,Bad ${i},1B` : `u${i}@x.com,User ${i},${i}B`,
    ),
  ].join('\n');

describe('runImport', () => {
  it('puts chunked rows and problems back together in file order', async () => {
    const worker = inlineWorker(1000);
    const progress: ImportProgress[] = [];
    const bytes = new TextEncoder().encode(csv(2500, [10, 2000]));
    const { result } = runImport(
      worker,
      { kind: 'mailboxes', file: bytes.buffer, fileName: 'm.csv' },
      (p) => progress.push(p),
    );
    const outcome = await result;
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done' || outcome.parsed.kind !== 'mailboxes') throw new Error();
    const { mailboxes, problems, summary } = outcome.parsed.result;
    expect(mailboxes).toHaveLength(2498);
    expect(mailboxes[0]?.email).toBe('u0@x.com');
    expect(mailboxes.at(-1)?.email).toBe('u2499@x.com');
    expect(summary).toMatchObject({ rowsRead: 2500, accepted: 2498, rejected: 2 });
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.row)).toEqual([12, 2002]);
    expect(progress[0]).toEqual({ phase: 'reading' });
    expect(progress).toContainEqual({ phase: 'checking', done: 0, total: 2500 });
    expect(progress.at(-1)).toEqual({ phase: 'receiving', done: 2498, total: 2498 });
    expect(worker.terminated).toBe(true);
  });

  it('reassembles permissions too', async () => {
    const bytes = new TextEncoder().encode(
      'Identity,User,AccessRights\na@x.com,b@x.com,FullAccess\nc@x.com,d@x.com,FullAccess\n',
    );
    const { result } = runImport(
      inlineWorker(1),
      { kind: 'permissions', file: bytes.buffer, fileName: 'p.csv' },
      () => {},
    );
    const outcome = await result;
    if (outcome.status !== 'done' || outcome.parsed.kind !== 'permissions') throw new Error();
    expect(outcome.parsed.result.permissions.map((p) => p.owner)).toEqual(['a@x.com', 'c@x.com']);
  });

  it('cancel terminates the worker and ignores anything it still sends', async () => {
    const worker = new FakeWorker();
    const { result, cancel } = runImport(
      worker,
      { kind: 'mailboxes', file: new ArrayBuffer(0), fileName: 'x.csv' },
      () => {},
    );
    expect(worker.posted).toHaveLength(1);
    cancel();
    worker.send({ type: 'progress', done: 5, total: 10 });
    expect(await result).toEqual({ status: 'cancelled' });
    expect(worker.terminated).toBe(true);
    expect(worker.listening).toBe(0);
  });

  it('reports a worker that fails to start or crashes', async () => {
    const worker = new FakeWorker();
    const { result } = runImport(
      worker,
      { kind: 'mailboxes', file: new ArrayBuffer(0), fileName: 'x.csv' },
      () => {},
    );
    worker.fail('boom');
    expect(await result).toEqual({ status: 'failed', message: 'boom' });
    expect(worker.terminated).toBe(true);
  });
});
