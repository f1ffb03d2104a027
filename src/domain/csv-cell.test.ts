import * as fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, isFormulaLike, toCsv } from './csv-cell.ts';

const DANGEROUS_FIRST = ['=', '+', '-', '@', '\t', '\r'];

describe('csvCell', () => {
  it('leaves plain cells alone', () => {
    expect(csvCell('alice@contoso.com')).toBe('alice@contoso.com');
    expect(csvCell('')).toBe('');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('Zoë Łódź 王')).toBe('Zoë Łódź 王');
  });

  it('quotes commas, quotes, line breaks and edge spaces (RFC 4180)', () => {
    expect(csvCell('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it.each(DANGEROUS_FIRST)('prefixes a cell starting with %j with an apostrophe', (first) => {
    const value = `${first}HYPERLINK("http://evil")`;
    expect(isFormulaLike(value)).toBe(true);
    const [[cell]] = Papa.parse<string[]>(`${csvCell(value)}\r\n`, {
      newline: '\r\n',
      delimiter: ',',
    }).data as [[string]];
    expect(cell).toBe(`'${value}`);
  });

  it('golden: each dangerous start, written', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('=A1,B1')).toBe('"\'=A1,B1"');
  });

  it('does not treat an apostrophe or a later dangerous character as formula-like', () => {
    expect(isFormulaLike("'=1")).toBe(false);
    expect(isFormulaLike('a-b')).toBe(false);
    expect(isFormulaLike(' =1')).toBe(false);
  });
});

describe('csvLine / toCsv', () => {
  it('joins cells with commas, no line end', () => {
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",');
  });

  it('writes CRLF after every record and no BOM by default', () => {
    expect(
      toCsv(
        ['A', 'B'],
        [
          ['1', '2'],
          ['', '=x'],
        ],
      ),
    ).toBe("A,B\r\n1,2\r\n,'=x\r\n");
    expect(toCsv(['A'], [], { bom: true })).toBe('\uFEFFA\r\n');
  });

  it('round-trips any text through a CSV parser, dangerous cells prefixed (property)', () => {
    const expected = (v: string) => (isFormulaLike(v) ? `'${v}` : v);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string()), { minLength: 1, maxLength: 5 }),
        (pairs) => {
          const parsed = Papa.parse<string[]>(toCsv(['A', 'B'], pairs), {
            newline: '\r\n',
            delimiter: ',',
          }).data;
          expect(parsed.slice(1, pairs.length + 1)).toEqual(
            pairs.map(([a, b]) => [expected(a), expected(b)]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
