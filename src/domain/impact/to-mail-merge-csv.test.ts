import * as fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../csv-cell.ts';
import { toMailMergeCsv } from './to-mail-merge-csv.ts';

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: ',' }).data;

const expected = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

describe('toMailMergeCsv', () => {
  it('writes a header from the keys, CRLF rows and a BOM', () => {
    const csv = toMailMergeCsv([
      { Email: 'a@c.com', Name: 'Ann' },
      { Email: 'b@c.com', Name: 'Bob', Extra: 'x' },
    ]);
    expect(csv).toBe('\uFEFFEmail,Name,Extra\r\na@c.com,Ann,\r\nb@c.com,Bob,x\r\n');
    expect(toMailMergeCsv([{ A: '1' }], { bom: false })).toBe('A\r\n1\r\n');
  });

  it('follows the given column order', () => {
    expect(toMailMergeCsv([{ A: '1', B: '2' }], { columns: ['B', 'A'], bom: false })).toBe(
      'B,A\r\n2,1\r\n',
    );
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toMailMergeCsv([{ Name: 'Smith, "Jo"', WhatToDo: 'one\ntwo' }], { bom: false });
    expect(csv).toBe('Name,WhatToDo\r\n"Smith, ""Jo""","one\ntwo"\r\n');
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'])(
    'neutralises a formula-like cell: %j',
    (value) => {
      const [, row] = parse(toMailMergeCsv([{ Name: value }]));
      expect(row?.[0]).toBe(`'${value}`);
    },
  );

  it('leaves ordinary cells alone', () => {
    const [, row] = parse(toMailMergeCsv([{ A: 'Zoë', B: '2025-03-14', C: 'a=b' }]));
    expect(row).toEqual(['Zoë', '2025-03-14', 'a=b']);
  });

  it('round-trips any text through a CSV parser, dangerous cells prefixed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string()), { minLength: 1, maxLength: 5 }),
        (pairs) => {
          const rows = pairs.map(([a, b]) => ({ A: a, B: b }));
          const parsed = Papa.parse<string[]>(toMailMergeCsv(rows, { bom: false }), {
            newline: '\r\n',
            delimiter: ',',
          }).data;
          expect(parsed.slice(1, rows.length + 1)).toEqual(
            pairs.map(([a, b]) => [expected(a), expected(b)]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('toMailMergeCsv and the shared CSV writer', () => {
  it('writes exactly what the shared toCsv writes, so one can replace the other (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 5 }),
        fc.boolean(),
        (pairs, bom) => {
          const rows = pairs.map(([a, b]) => ({ A: a, B: b }));
          const columns = ['A', 'B'];
          expect(toCsv(columns, pairs, { bom })).toBe(toMailMergeCsv(rows, { columns, bom }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
