import type { FactId } from '../facts.ts';

/**
 * One thing the team ticks. `id` is stored by the UI, so it never changes once released,
 * and the same step keeps the same id across methods. A gate is a go/no-go decision;
 * `decidedBy` lists the items (earlier in the runbook) that must be done to pass it.
 */
export type RunbookItem = {
  id: string;
  text: string;
  factIds: readonly FactId[];
  gate?: boolean;
  decidedBy?: readonly string[];
};

export type RunbookPhaseId = 'before' | 'during' | 'after';

export type RunbookPhase = { phase: RunbookPhaseId; title: string; items: RunbookItem[] };

export function item(id: string, text: string, factIds: readonly FactId[]): RunbookItem {
  return { id, text, factIds };
}

export function gate(id: string, text: string, decidedBy: readonly RunbookItem[]): RunbookItem {
  return {
    id,
    text,
    factIds: [...new Set(decidedBy.flatMap((i) => i.factIds))],
    gate: true,
    decidedBy: decidedBy.map((i) => i.id),
  };
}
