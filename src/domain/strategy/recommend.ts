import type { OrgProfile } from '../profile/profile.ts';
import { decide } from './decide.ts';
import { findFlips } from './find-flips.ts';
import type { Recommendation } from './recommendation.ts';

export type { Reason, Recommendation } from './recommendation.ts';

/**
 * The migration method for an organisation, with every reason, every alternative and ruled-out
 * method, companions, warnings and the input changes that would flip the answer. Pure and
 * deterministic: the same profile always gives the same recommendation.
 */
export function recommend(profile: OrgProfile): Recommendation {
  const decision = decide(profile);
  return { ...decision, flips: findFlips(profile, decision.method) };
}
