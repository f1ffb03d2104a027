import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { psCommentText, psQuote, psUtcDate, readableUtc } from './ps-quote.ts';

/** How PowerShell reads a single-quoted literal: a doubled quote character stands for one. */
function readSingleQuoted(literal: string): { value: string; rest: string } {
  const quote = /['\u2018\u2019\u201a\u201b]/;
  expect(literal[0]).toBe("'");
  let value = '';
  let i = 1;
  while (i < literal.length) {
    const ch = literal[i]!;
    if (quote.test(ch)) {
      if (quote.test(literal[i + 1] ?? '')) {
        value += ch;
        i += 2;
        continue;
      }
      return { value, rest: literal.slice(i + 1) };
    }
    value += ch;
    i++;
  }
  throw new Error('unterminated');
}

describe('psQuote', () => {
  it('golden', () => {
    expect(psQuote('Pilot')).toBe("'Pilot'");
    expect(psQuote("O'Brien")).toBe("'O''Brien'");
    expect(psQuote('O’Brien')).toBe("'O’’Brien'");
    expect(psQuote('$env:x `n')).toBe("'$env:x `n'");
  });

  it('any text comes back whole and nothing follows the literal (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', "'", '‘', '’', '‚', '‛', '"', '$', '`', ';', '\n', ' '),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), text), (value) => {
        expect(readSingleQuoted(psQuote(value))).toEqual({ value, rest: '' });
      }),
    );
  });
});

describe('psCommentText', () => {
  it('turns line breaks into spaces so nothing escapes the comment', () => {
    expect(psCommentText('Plan\r\nRemove-Mailbox x\u2028y')).toBe('Plan  Remove-Mailbox x y');
  });
});

describe('psUtcDate', () => {
  it('writes a culture-proof UTC DateTime expression', () => {
    expect(psUtcDate('2026-03-02T18:00:00Z')).toBe(
      "(([datetime]'2026-03-02T18:00:00Z').ToUniversalTime())",
    );
    expect(psUtcDate('2026-03-02T18:00Z')).not.toBeNull();
  });

  it('refuses anything that is not an ISO 8601 UTC instant', () => {
    for (const bad of ['2026-03-02', '2026-03-02T18:00:00+01:00', "x'); Remove-Mailbox", '']) {
      expect(psUtcDate(bad)).toBeNull();
    }
  });

  it('reads well in comments', () => {
    expect(readableUtc('2026-03-02T18:00:00Z')).toBe('2026-03-02 18:00 UTC');
    expect(readableUtc('nope')).toBe('unknown');
  });
});
