import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title.tsx';
import { paths } from '../config/paths.ts';

export function NotFoundPage() {
  return (
    <main id="main" className="page">
      <PageTitle>Page not found</PageTitle>
      <p>There is no page at this address. It may have been a plan that was deleted.</p>
      <p>
        <Link to={paths.home.getHref()}>Go to your plans</Link>
      </p>
    </main>
  );
}
