import { formatFor, resolveLocale, type Format } from '../domain/format.ts';
import type { PlanInputs } from '../domain/plan/plan.ts';

/** The browser's languages, best first; none in a runtime without a navigator. */
export function browserLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

/** The formatter for a plan's pages (its own locale, else the browser's); without a plan, the browser's. */
export function useFormat(plan?: Pick<PlanInputs, 'locale'>): Format {
  return formatFor(resolveLocale(plan?.locale, browserLocales()));
}
