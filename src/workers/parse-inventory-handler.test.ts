import { describe, it, expect } from 'vitest';
import { createParseInventoryHandler } from './parse-inventory-handler.ts';
import type { ParseWorkerResponse } from './parse-inventory-messages.ts';

const csv = (rows: number) =>
  ['Mail,TotalItemSize', ...Array.from({ length: rows }, (_, i) => `u${i}@x.com,${i}B`)].join(
    '\r\n',
  );

const run = () => {
  const messages: ParseWorkerResponse[] = [];
  return { messages, handle: createParseInventoryHandler((m) => messages.push(m)) };
};

describe('parse-inventory worker handler', () => {
  it('decodes a File, posts progress every 5,000 rows, then the result', async () => {
    const { messages, handle } = run();
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf]), csv(12_000)], 'inv.csv');
    await handle({ kind: 'mailboxes', file, fileName: 'inv.csv' });
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress).toEqual([
      { type: 'progress', done: 0, total: 12_000 },
      { type: 'progress', done: 5000, total: 12_000 },
      { type: 'progress', done: 10_000, total: 12_000 },
      { type: 'progress', done: 12_000, total: 12_000 },
    ]);
    expect(messages.at(-1)).toMatchObject({
      type: 'done',
      kind: 'mailboxes',
      encoding: 'utf-8',
      result: { summary: { accepted: 12_000 } },
    });
  });

  it('parses permissions from an ArrayBuffer with a hand-made mapping passed through', async () => {
    const { messages, handle } = run();
    const bytes = new TextEncoder().encode(
      'Identity,User,AccessRights\na@x.com,b@x.com,FullAccess\n',
    );
    await handle({ kind: 'permissions', file: bytes.buffer, fileName: 'p.csv' });
    expect(messages.at(-1)).toMatchObject({
      type: 'done',
      kind: 'permissions',
      result: { permissions: [{ owner: 'a@x.com', grantee: 'b@x.com', kind: 'full-access' }] },
    });

    await handle({
      kind: 'mailboxes',
      file: new TextEncoder().encode('Login\na@x.com\n').buffer,
      fileName: 'm.csv',
      mapping: { email: 'Login' },
    });
    expect(messages.at(-1)).toMatchObject({ type: 'done', result: { summary: { accepted: 1 } } });
  });

  it('answers a cancel sent while the file is read with “cancelled” and no result', async () => {
    const { messages, handle } = run();
    const pending = handle({
      kind: 'mailboxes',
      file: new File([csv(10)], 'a.csv'),
      fileName: 'a.csv',
    });
    await handle({ type: 'cancel' });
    await pending;
    expect(messages).toEqual([{ type: 'cancelled' }]);
  });

  it('puts a doubt about the encoding first among the problems', async () => {
    const { messages, handle } = run();
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('Mail,DisplayName\na@x.com,Zo'),
      0xeb,
    ]);
    await handle({ kind: 'mailboxes', file: latin1.buffer, fileName: 'x.csv' });
    expect(messages.at(-1)).toMatchObject({
      type: 'done',
      encoding: 'windows-1252',
      result: {
        // First the encoding note, then the two missing-column warnings (type, size).
        problems: [
          { row: 0, reason: expect.stringMatching(/Windows-1252/) },
          { reason: expect.stringMatching(/recipient type/) },
          { reason: expect.stringMatching(/mailbox size/) },
        ],
        mailboxes: [{ displayName: 'Zoë' }],
      },
    });
  });
});
