import type { FactId } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';

/** One sentence of the explanation, with the rule that produced it and the fact behind it. */
export type Reason = { ruleId: string; text: string; source: FactId };

export type MethodWithReasons = { method: MigrationMethod; because: Reason[] };

/**
 * The engine's answer. Every method appears exactly once across `method`, `alternatives` and
 * `ruledOut`. `companions` are extra steps run beside the chosen method (PST import for
 * calendars next to IMAP): a companion's method is still listed once in `alternatives` or
 * `ruledOut`, because as a stand-alone choice it keeps its own verdict.
 */
export type Recommendation = {
  method: MigrationMethod;
  because: Reason[];
  alternatives: MethodWithReasons[];
  ruledOut: MethodWithReasons[];
  companions: MethodWithReasons[];
  warnings: Reason[];
  /** Concrete input changes that would change `method`, found by re-running the engine. */
  flips: { change: string; method: MigrationMethod }[];
};
