import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Problem } from '../../domain/result.ts';
import { PageTitle } from '../../ui/page-title.tsx';

/** Before every question is answered: what is still open, and the way back to the questions. */
export function OpenQuestions({ planId, problems }: { planId: string; problems: Problem[] }) {
  return (
    <>
      <PageTitle>Recommendation</PageTitle>
      <p>The recommendation needs every question answered. Still open or invalid:</p>
      <ul>
        {problems.map((p) => (
          <li key={p.path}>{p.message}</li>
        ))}
      </ul>
      <Link className="btn btn-primary" to={paths.wizardStart.getHref(planId)}>
        Continue the questions
      </Link>
    </>
  );
}
