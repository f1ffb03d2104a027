import { describe, expect, it } from 'vitest';
import type { ImpactNote } from '../../domain/impact/impact-note.ts';
import type { SplitPair } from '../../domain/schedule/schedule-types.ts';
import { splitView } from './split-notes.ts';

const note = (id: string, audience: ImpactNote['audience'] = 'split-delegates'): ImpactNote => ({
  id,
  audience,
  title: id,
  text: '',
  severity: 'warning',
  factIds: [],
});
const pair = (
  a: string,
  b: string,
  strength: SplitPair['strength'],
  kind = 'folder',
): SplitPair => ({
  a,
  b,
  kind,
  strength,
  batchA: 'b1',
  batchB: 'b2',
  daysApart: 7,
});

describe('splitView', () => {
  it('lists strong pairs strongest first and only counts weak ones by kind', () => {
    const splits = [
      pair('a', 'b', 'soft'),
      pair('c', 'd', 'weak', 'folder'),
      pair('e', 'f', 'executive', 'calendar-delegate'),
      pair('g', 'h', 'weak', 'full-access'),
      pair('i', 'j', 'weak', 'folder'),
      pair('k', 'l', undefined),
    ];
    const notes = [
      note('delegates', 'executives'),
      ...splits.map((p) => note(`split:${p.a}:${p.b}`)),
    ];
    const v = splitView(notes, splits);
    expect(v.general.map((n) => n.id)).toEqual(['delegates']);
    expect(v.strong.map((n) => n.id)).toEqual(['split:e:f', 'split:k:l', 'split:a:b']);
    expect(v.weak).toEqual({
      count: 3,
      byKind: [
        ['folder', 2],
        ['full-access', 1],
      ],
    });
  });
});
