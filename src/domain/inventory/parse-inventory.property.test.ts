import * as fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { decodeBytes } from './decode-bytes.ts';
import { parseInventory } from './parse-inventory.ts';
import type { InventoryResult } from './parse-inventory.ts';
import { readCsv } from './read-csv.ts';

/**
 * Every data row is a mailbox or has a problem on its own row (rows of rejected records are
 * distinct lines), the counts add up, addresses are unique, and nothing throws.
 */
function checkAccounted(text: string, r: InventoryResult): void {
  const { rowsRead, accepted, rejected } = r.summary;
  expect(accepted + rejected).toBe(rowsRead);
  expect(r.mailboxes).toHaveLength(accepted);
  expect(new Set(r.mailboxes.map((m) => m.email)).size).toBe(accepted);
  const { headerLine } = readCsv(text);
  const mailboxRows = new Set(r.mailboxes.map((m) => m.row));
  const rejectedRows = new Set(
    r.problems.filter((p) => p.row > headerLine && !mailboxRows.has(p.row)).map((p) => p.row),
  );
  const wholeFile = r.problems.some(
    (p) => p.severity === 'error' && p.row <= headerLine && rejected === rowsRead,
  );
  // A file-wide error (no header, no address column) rejects every row in one problem.
  expect(wholeFile ? accepted : rejectedRows.size).toBe(wholeFile ? 0 : rejected);
}

const HEADER = 'DisplayName,PrimarySmtpAddress,RecipientTypeDetails,TotalItemSize,ItemCount';
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'a@x.com',
    'A@X.COM',
    '',
    '"',
    ',',
    ';',
    '\r\n',
    '1 GB (1,073,741,824 bytes)',
    'Unlimited',
    '12B',
  ),
);

describe('parseInventory never loses a row and never throws', () => {
  it('on text with random lines after a #TYPE line', () => {
    expect(
      fc.check(
        fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 10 }), (lines) => {
          const text = ['#TYPE x', 'Mail,TotalItemSize', ...lines].join('\r\n');
          checkAccounted(text, parseInventory(text, { fileName: 'f' }));
        }),
        { numRuns: 200 },
      ).counterexample,
    ).toBeNull();
  });

  it('on random bytes', () => {
    expect(
      fc.check(
        fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
          const { text } = decodeBytes(bytes);
          checkAccounted(text, parseInventory(text, { fileName: 'f' }));
        }),
        { numRuns: 300 },
      ).counterexample,
    ).toBeNull();
  });

  it('on random text under a real header', () => {
    expect(
      fc.check(
        fc.property(
          fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { maxLength: 15 }),
          fc.constantFrom(',', ';'),
          (rows, sep) => {
            const text = [HEADER.replaceAll(',', sep), ...rows.map((r) => r.join(sep))].join('\n');
            checkAccounted(text, parseInventory(text, { fileName: 'f' }));
          },
        ),
        { numRuns: 300 },
      ).counterexample,
    ).toBeNull();
  });
});
