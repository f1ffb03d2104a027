/**
 * Locales a consultant can write a plan's numbers and dates in, on its pages and in its PDF,
 * besides the browser's own: the usual ones of clients abroad.
 */
export const PLAN_LOCALES = [
  'en-GB',
  'en-US',
  'de-DE',
  'fr-FR',
  'nl-NL',
  'es-ES',
  'it-IT',
  'sv-SE',
  'pl-PL',
  'ja-JP',
] as const;

/** The choices for a plan: the list, and the plan's own locale when a plan file brought another. */
export function localeChoices(planLocale: string | undefined): readonly string[] {
  return planLocale && !(PLAN_LOCALES as readonly string[]).includes(planLocale)
    ? [...PLAN_LOCALES, planLocale]
    : PLAN_LOCALES;
}
