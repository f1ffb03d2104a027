import type { PlanInputs } from './plan.ts';

/**
 * Named, frozen versions of the stored plans. Once released, a version's shape never
 * changes; a new shape gets a new number and one migration step in plan-migrations.ts.
 */
export const planVersions = {
  /** The prototype: an array of plans with a `title` and raw wizard `answers`. */
  Prototype: 0,
  /** Plans keyed by id with every input area (profile, inventory, schedule, impact, export). */
  PlansById: 1,
} as const;

export const CURRENT_PLAN_VERSION = planVersions.PlansById;

export type PlanV0 = {
  id: string;
  title: string;
  created: string;
  answers?: Record<string, unknown>;
};
export type PlanStateV0 = { plans: PlanV0[] };

export type PlanStateV1 = { plans: Record<string, PlanInputs>; order: string[] };
