import { describe, expect, it } from 'vitest';
import { estimateRows } from './estimate-rows.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('estimateRows', () => {
  it('counts the rows of a file read whole, without the header or #TYPE line', () => {
    expect(estimateRows(bytes('A,B\n1,2\n3,4\n'), 12)).toBe(2);
    expect(estimateRows(bytes('A,B\r\n1,2\r\n3,4'), 13)).toBe(2);
    expect(estimateRows(bytes('#TYPE x\nA,B\n1,2\n'), 16)).toBe(1);
    expect(estimateRows(bytes('A,B'), 3)).toBe(0);
    expect(estimateRows(new Uint8Array(0), 0)).toBe(0);
  });

  it('scales from a sample of a large file', () => {
    // 10 lines of 100 bytes in the sample, 100,000 bytes in all → about 1,000 lines.
    const sample = bytes(`${'x'.repeat(99)}\n`.repeat(10));
    expect(estimateRows(sample, 100_000)).toBe(999);
  });

  it('counts UTF-16 line breaks too', () => {
    const text = 'A,B\r\n1,2\r\n';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[i * 2] = text.charCodeAt(i);
    expect(estimateRows(utf16, utf16.length)).toBe(1);
  });
});
