import { describe, it, expect } from 'vitest';
import { readCsv } from './read-csv.ts';

const lines = (t: ReturnType<typeof readCsv>) => t.records.map((_, i) => t.lineOf(i));

describe('readCsv', () => {
  it('skips the #TYPE line and counts it in line numbers', () => {
    const t = readCsv('#TYPE Selected.Foo\r\n"A","B"\r\n"1","2"\r\n"3","4"\r\n');
    expect(t.headers).toEqual(['A', 'B']);
    expect(t.headerLine).toBe(2);
    expect(t.records).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(lines(t)).toEqual([3, 4]);
  });

  it('detects a semicolon delimiter and strips a BOM', () => {
    const t = readCsv('\uFEFFA;B\n"x, y";2\n');
    expect(t.delimiter).toBe(';');
    expect(t.headers).toEqual(['A', 'B']);
    expect(t.records).toEqual([['x, y', '2']]);
  });

  it('follows an Excel sep= line', () => {
    const t = readCsv('sep=;\nA;B,C\n1;2,3\n');
    expect(t.delimiter).toBe(';');
    expect(t.headers).toEqual(['A', 'B,C']);
    expect(lines(t)).toEqual([3]);
  });

  it('keeps line numbers right when a quoted value holds a line break', () => {
    const t = readCsv('A,B\n1,"two\nlines"\n3,4\n\n5,6');
    expect(t.records).toEqual([['1', 'two\nlines'], ['3', '4'], [''], ['5', '6']]);
    expect(lines(t)).toEqual([2, 4, 5, 6]);
  });

  it('reports an unclosed quote against its record', () => {
    const t = readCsv('A,B\n1,2\n3,"4\n5,6\n');
    expect(t.brokenRecords.get(1)).toMatch(/closing quote is missing/);
  });

  it('reads an empty text as no header', () => {
    expect(readCsv('').headers).toEqual([]);
    expect(readCsv('#TYPE x').headers).toEqual([]);
  });
});
