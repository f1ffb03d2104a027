import type { Result } from '../result.ts';
import { newPlan, type PlanInputs } from './plan.ts';
import { validatePlanInputs } from './plan-schema.ts';
import {
  CURRENT_PLAN_VERSION,
  planVersions,
  type PlanStateV0,
  type PlanStateV1,
  type PlanV0,
} from './plan-versions.ts';

/** One plan of the prototype shape, brought to version 1. */
export function planV0ToV1(plan: PlanV0): PlanInputs {
  const base = newPlan(plan.id, plan.title, plan.created);
  return { ...base, profile: { ...plan.answers } };
}

function stateV0ToV1(state: PlanStateV0): PlanStateV1 {
  const plans: Record<string, PlanInputs> = {};
  const order: string[] = [];
  for (const p of state.plans) {
    plans[p.id] = planV0ToV1(p);
    order.push(p.id);
  }
  return { plans, order };
}

const steps: { to: number; up: (state: never) => unknown }[] = [
  { to: planVersions.PlansById, up: stateV0ToV1 as (s: never) => unknown },
];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Brings stored plan state of any released version to the current one, then validates
 * every plan. Plans that fail validation are left out and reported, so one damaged plan
 * never hides the others.
 */
export function migratePlanState(
  stored: unknown,
  fromVersion: number,
): Result<PlanStateV1> & { dropped?: string[] } {
  if (!Number.isInteger(fromVersion) || fromVersion < 0 || fromVersion > CURRENT_PLAN_VERSION) {
    return {
      ok: false,
      problems: [{ path: 'version', message: `Unknown plan storage version ${fromVersion}.` }],
    };
  }
  let state: unknown = stored;
  try {
    for (const step of steps) {
      if (fromVersion < step.to) state = step.up(state as never);
    }
  } catch {
    return {
      ok: false,
      problems: [
        { path: '(state)', message: `Stored plans of version ${fromVersion} are damaged.` },
      ],
    };
  }
  if (!isRecord(state) || !isRecord(state.plans)) {
    return { ok: false, problems: [{ path: 'plans', message: 'Stored plans are missing.' }] };
  }
  const plans: Record<string, PlanInputs> = {};
  const dropped: string[] = [];
  for (const [id, raw] of Object.entries(state.plans)) {
    const checked = validatePlanInputs(raw);
    if (checked.ok && checked.value.id === id) plans[id] = checked.value;
    else dropped.push(id);
  }
  const rawOrder = Array.isArray(state.order) ? state.order : [];
  const order = rawOrder.filter((id): id is string => typeof id === 'string' && id in plans);
  for (const id of Object.keys(plans)) if (!order.includes(id)) order.push(id);
  return { ok: true, value: { plans, order }, dropped };
}
