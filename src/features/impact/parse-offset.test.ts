import { describe, expect, it } from 'vitest';
import { parseOffset } from './parse-offset.ts';

describe('parseOffset', () => {
  it.each([
    ['-14', -14],
    ['+1', 1],
    ['0', 0],
    ['-0', 0],
    ['T-2', -2],
    ['\u22127', -7],
  ])('reads %j as %d', (text, days) => {
    expect(parseOffset(text, [])).toEqual({ ok: true, value: days });
  });

  it.each(['1.5', '1e2', 'x', '', '-', '366'])('refuses %j', (text) => {
    expect(parseOffset(text, []).ok).toBe(false);
  });

  it('refuses a day already listed', () => {
    expect(parseOffset('0', [0]).ok).toBe(false);
  });
});
