import { Link, Outlet } from 'react-router';
import { useHydrated } from '../store/use-hydrated.ts';
import { useSaving } from '../store/save-status.ts';
import { paths } from '../config/paths.ts';

/** The frame of every page: a top bar, and the page once stored plans are loaded. */
export function RootLayout() {
  const hydrated = useHydrated();
  const saving = useSaving();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to={paths.home.getHref()} className="brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          Exchange Migration Planner
        </Link>
        <span className="top-bar-note" role="status" data-saving={saving}>
          {saving ? 'Saving…' : 'Saved in this browser · nothing leaves it'}
        </span>
      </header>
      {hydrated ? (
        <Outlet />
      ) : (
        <main id="main" className="page" aria-busy="true">
          <p role="status">Loading your plans…</p>
        </main>
      )}
    </>
  );
}
