import { useMemo } from 'react';
import type { PlanInputs } from '../domain/plan/plan.ts';
import { reconcile, reconciliationSentences } from '../domain/plan/reconciliation.ts';
import { useFormat } from './use-format.ts';

/** The inventory-versus-answers notice of a plan, in its locale; null when they agree. */
export function useReconciliation(plan: PlanInputs | undefined) {
  const format = useFormat(plan);
  const profile = plan?.profile;
  const inventory = plan?.inventory;
  return useMemo(() => {
    if (!profile || !inventory) return null;
    const r = reconcile({ profile, inventory });
    return r ? { ...r, sentences: reconciliationSentences(r, format) } : null;
  }, [profile, inventory, format]);
}
