import type { PlanDecision } from '../../domain/plan/plan-decision.ts';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import { METHOD_LABELS } from '../../domain/methods/method-list.ts';
import { ReasonList } from './reason-list.tsx';

type ReadyDecision = Extract<PlanDecision, { ready: true }>;

/** The recommended method and why, and whether the plan follows another one. */
export function RecommendedMethod({
  decision,
  choice,
}: {
  decision: ReadyDecision;
  choice: PlanInputs['choice'];
}) {
  const rec = decision.recommendation;
  return (
    <section className="card recommended" aria-labelledby="recommended-heading">
      <p className="kicker">Recommended method</p>
      <h2 id="recommended-heading" className="method-name">
        {METHOD_LABELS[rec.method]}
      </h2>
      <ReasonList reasons={rec.because} />
      {decision.overridden && (
        <p className="notice notice-warn">
          This plan follows <strong>{METHOD_LABELS[decision.method]}</strong> instead, as chosen
          below.
        </p>
      )}
      {decision.choiceIneligible && choice && (
        <p className="notice notice-error">
          The method chosen earlier ({METHOD_LABELS[choice.method]}) is ruled out by the current
          answers; the plan follows the recommendation until you choose again.
        </p>
      )}
    </section>
  );
}
