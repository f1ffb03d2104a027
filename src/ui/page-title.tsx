import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's one h1. It sets the document title and takes focus when the page opens, so a
 * screen reader announces the new page after client-side navigation.
 */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    if (text) document.title = `${text} · Exchange Migration Planner`;
    ref.current?.focus({ preventScroll: true });
  }, [text]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
