import type { PlanInputs } from '../../domain/plan/plan.ts';
import { exportDetailsChanged, planLocaleChanged } from '../../store/export-actions.ts';
import { useFormat } from '../../store/use-format.ts';
import { LocaleSelect } from './locale-select.tsx';
import { LogoField } from './logo-field.tsx';

/** Who the PDF is from and for: saved with the plan as they are typed. */
export function CoverDetails({ plan }: { plan: PlanInputs }) {
  const details = plan.export;
  const browserLocale = useFormat().locale;
  return (
    <section className="card" aria-labelledby="exp-cover-heading">
      <h2 id="exp-cover-heading">Cover page</h2>
      <div className="exp-fields">
        <div className="field">
          <label htmlFor="exp-consultant" className="field-label">
            Consultant name
          </label>
          <input
            id="exp-consultant"
            type="text"
            autoComplete="name"
            value={details.consultantName}
            onChange={(e) => exportDetailsChanged(plan.id, { consultantName: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="exp-client" className="field-label">
            Client name
          </label>
          <input
            id="exp-client"
            type="text"
            autoComplete="organization"
            value={details.clientName}
            onChange={(e) => exportDetailsChanged(plan.id, { clientName: e.target.value })}
          />
        </div>
      </div>
      <LocaleSelect
        value={plan.locale}
        browserLocale={browserLocale}
        onChange={(locale) => planLocaleChanged(plan.id, locale)}
      />
      <LogoField planId={plan.id} logo={details.logoDataUrl} />
    </section>
  );
}
