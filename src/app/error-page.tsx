import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../config/paths.ts';

/** Shown when a page throws: says what happened and offers a way back, without losing plans. */
export function ErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main id="main" className="page">
      <h1>Something went wrong</h1>
      <p>
        The page could not be shown. Your plans are stored in this browser and are not affected.
      </p>
      <pre className="error-detail">{detail}</pre>
      <p>
        <Link to={paths.home.getHref()}>Go to your plans</Link>
      </p>
    </main>
  );
}
