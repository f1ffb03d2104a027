import { useParams } from 'react-router';
import { usePlanDecision } from '../../store/use-plan-decision.ts';
import { usePlan } from '../../store/selectors.ts';
import { PageTitle } from '../../ui/page-title.tsx';
import { ComparisonTable } from './comparison-table.tsx';
import { FlipsPanel } from './flips-panel.tsx';
import { MethodChoice } from './method-choice.tsx';
import { MethodList } from './method-list.tsx';
import { OpenQuestions } from './open-questions.tsx';
import { ReasonList } from './reason-list.tsx';
import { RecommendedMethod } from './recommended-method.tsx';

export function RecommendationPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const decision = usePlanDecision(plan);
  if (!plan || !decision) return null;

  if (!decision.ready) return <OpenQuestions planId={plan.id} problems={decision.problems} />;

  const rec = decision.recommendation;
  const eligible = [
    rec.method,
    ...rec.alternatives.map((a) => a.method),
    ...rec.withLoss.map((a) => a.method),
  ];
  return (
    <>
      <PageTitle>Recommendation</PageTitle>
      <RecommendedMethod decision={decision} choice={plan.choice} />

      {rec.companions.length > 0 && (
        <section aria-labelledby="companions-heading">
          <h2 id="companions-heading">Run beside it</h2>
          <MethodList items={rec.companions} />
        </section>
      )}

      {rec.warnings.length > 0 && (
        <section aria-labelledby="warnings-heading" className="notice notice-warn">
          <h2 id="warnings-heading">Warnings</h2>
          <ReasonList reasons={rec.warnings} />
        </section>
      )}

      <FlipsPanel flips={rec.flips} />

      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">Eligible methods side by side</h2>
        <ComparisonTable methods={eligible} />
      </section>

      <MethodChoice
        key={`${plan.choice?.method ?? ''}-${rec.method}`}
        plan={plan}
        recommended={rec.method}
        eligible={eligible}
        current={decision.method}
      />

      <section aria-labelledby="alternatives-heading">
        <h2 id="alternatives-heading">Also meets every need</h2>
        {rec.alternatives.length === 0 ? (
          <p>No other method meets every need you stated.</p>
        ) : (
          <MethodList items={rec.alternatives} />
        )}
      </section>

      {rec.withLoss.length > 0 && (
        <section aria-labelledby="with-loss-heading">
          <h2 id="with-loss-heading">Works only if the client accepts a loss</h2>
          <MethodList items={rec.withLoss} />
        </section>
      )}

      <section aria-labelledby="ruled-out-heading">
        <h2 id="ruled-out-heading">Ruled out</h2>
        <MethodList items={rec.ruledOut} />
      </section>
    </>
  );
}
