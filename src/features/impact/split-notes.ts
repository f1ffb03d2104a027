import type { ImpactNote } from '../../domain/impact/impact-note.ts';
import type { SplitPair } from '../../domain/schedule/schedule-types.ts';

const RANK = { executive: 0, hard: 1, soft: 2, weak: 3 } as const;

export type SplitView = {
  /** Every note that is not about one split pair. */
  general: ImpactNote[];
  /** Split notes for executive, hard and soft links (and pairs of unknown strength), strongest first. */
  strong: ImpactNote[];
  /** Pairs linked only weakly: counted by permission kind, not listed one by one. */
  weak: { count: number; byKind: [kind: string, count: number][] };
};

/**
 * Split notes can run into thousands on a large inventory: people need the strong links
 * one by one, while weak links (a folder permission, say) are only worth a count.
 */
export function splitView(notes: readonly ImpactNote[], splits: readonly SplitPair[]): SplitView {
  const pairs = new Map(splits.map((p) => [`split:${p.a}:${p.b}`, p]));
  const general: ImpactNote[] = [];
  const strong: { note: ImpactNote; rank: number }[] = [];
  const weakKinds = new Map<string, number>();
  let weakCount = 0;
  for (const note of notes) {
    if (note.audience !== 'split-delegates') {
      general.push(note);
      continue;
    }
    const pair = pairs.get(note.id);
    const strength = pair?.strength;
    if (strength === 'weak') {
      weakCount += 1;
      const kind = pair?.kind ?? 'other';
      weakKinds.set(kind, (weakKinds.get(kind) ?? 0) + 1);
    } else {
      strong.push({ note, rank: strength ? RANK[strength] : RANK.hard });
    }
  }
  return {
    general,
    strong: strong.toSorted((x, y) => x.rank - y.rank).map((s) => s.note),
    weak: {
      count: weakCount,
      byKind: [...weakKinds].toSorted((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)),
    },
  };
}
