import type { FactId } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import type { Loss } from './losses.ts';

/** One sentence of the explanation, with the rule that produced it and the fact behind it. */
export type Reason = { ruleId: string; text: string; source: FactId };

export type MethodWithReasons = { method: MigrationMethod; because: Reason[] };

/** A method that works only if the client accepts what it leaves out. */
export type MethodWithLosses = MethodWithReasons & { losses: Loss[] };

/**
 * The engine's answer, in three kinds never mixed: `alternatives` meet every stated need,
 * `withLoss` work only if the client accepts a named loss, `ruledOut` cannot work. Every method
 * appears exactly once across `method`, `alternatives`, `withLoss` and `ruledOut`. `companions` are extra steps run beside the chosen method (PST import for
 * calendars next to IMAP): a companion's method is still listed once in `alternatives`, `withLoss` or
 * `ruledOut`, because as a stand-alone choice it keeps its own verdict.
 */
export type Recommendation = {
  method: MigrationMethod;
  because: Reason[];
  /** What the chosen method leaves unmet: empty unless no possible method meets every need. */
  losses: Loss[];
  alternatives: MethodWithReasons[];
  withLoss: MethodWithLosses[];
  ruledOut: MethodWithReasons[];
  companions: MethodWithReasons[];
  warnings: Reason[];
  /** Concrete input changes that would change `method`, found by re-running the engine. */
  flips: { change: string; method: MigrationMethod }[];
};
