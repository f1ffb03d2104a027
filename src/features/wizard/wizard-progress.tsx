import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { WIZARD_STEPS } from '../../domain/profile/wizard-steps.ts';

export function WizardProgress(props: { planId: string; current: string; committed: string[] }) {
  return (
    <nav aria-label="Question steps" className="wizard-steps">
      <ol>
        {WIZARD_STEPS.map((s, i) => {
          const done = props.committed.includes(s.id);
          return (
            <li key={s.id} className={s.id === props.current ? 'current' : done ? 'done' : ''}>
              <Link
                to={paths.wizard.getHref(props.planId, s.id)}
                aria-current={s.id === props.current ? 'step' : undefined}
              >
                <span className="wizard-step-number" aria-hidden="true">
                  {done ? '✓' : i + 1}
                </span>
                {s.title}
                {done && <span className="visually-hidden"> (answered)</span>}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
