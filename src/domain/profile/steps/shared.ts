import { getPath, type Draft } from '../draft.ts';

/** What several steps ask about: the source's kind, PST files, and yes/no answers. */
export const isExchange = (d: Draft) => getPath(d, 'source.kind') === 'exchange';
export const isPstOnly = (d: Draft) => getPath(d, 'source.kind') === 'pst-only';
export const hasPstFiles = (d: Draft) => isPstOnly(d) || getPath(d, 'hasPst') === true;

export const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;
