import type { MigrationMethod } from '../methods/method-list.ts';
import { validateProfile, type OrgProfile } from '../profile/profile.ts';
import type { Problem } from '../result.ts';
import { recommend, type Recommendation } from '../strategy/recommend.ts';
import type { PlanInputs } from './plan.ts';

export type PlanDecision =
  | { ready: false; problems: Problem[] }
  | {
      ready: true;
      profile: OrgProfile;
      recommendation: Recommendation;
      /** The method the later pages follow: the user's eligible choice, else the recommended one. */
      method: MigrationMethod;
      /** True when the user chose a method other than the recommended one. */
      overridden: boolean;
      /** The stored choice is no longer allowed by the current answers. */
      choiceIneligible: boolean;
    };

/** What the plan's answers decide, derived from its inputs each time (never stored). */
export function planDecision(plan: Pick<PlanInputs, 'profile' | 'choice'>): PlanDecision {
  const checked = validateProfile(plan.profile);
  if (!checked.ok) return { ready: false, problems: checked.problems };
  const recommendation = recommend(checked.profile);
  const chosen = plan.choice?.method;
  const ineligible = !!chosen && recommendation.ruledOut.some((r) => r.method === chosen);
  const method = chosen && !ineligible ? chosen : recommendation.method;
  return {
    ready: true,
    profile: checked.profile,
    recommendation,
    method,
    overridden: method !== recommendation.method,
    choiceIneligible: ineligible,
  };
}
