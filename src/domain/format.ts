import { dayNumber, weekdayOf, type IsoDate } from './calendar.ts';
import { GB } from './units.ts';

/**
 * Numbers, sizes and dates as the planner writes them, on every page and in the PDF, in one
 * locale. Dates in tables stay ISO (`Fri 2026-03-20`): they sort, and read the same to a
 * consultant and a client in different countries; only prose dates (the PDF cover) are
 * written out in the locale.
 */
export type Format = {
  /** The locale actually used (BCP 47). */
  locale: string;
  /** Whole numbers with grouping: `1,790`, `1.790`. */
  count(n: number): string;
  /** One decimal with grouping: `7,278.0`. */
  decimal(n: number): string;
  /** Bytes as GB (1 GB = 1024³ bytes), one decimal, no unit: for columns headed "GB". */
  gb(bytes: number): string;
  /** Bytes as GB with the unit: `7,278.0 GB`; `Unknown` when there is no size. */
  size(bytes: number | null): string;
  /** `Fri 2026-03-20`: the English weekday, for reading a switch-over window at a glance. */
  day(date: IsoDate): string;
  /** `7 December 2026` in the locale. */
  longDate(date: IsoDate): string;
  /** Short month names of the locale, January first: for chart axes. */
  months: readonly string[];
  /** `1,200 mailboxes`, `1 mailbox`. */
  plural(n: number, one: string, many?: string): string;
  /** A moment (ms since 1970) as `7 Dec 2026, 20:51` in the locale and the given time zone. */
  dateTime(epochMs: number, timeZone: string): string;
};

/** The locale when neither the plan nor the browser names one the runtime supports. */
export const FALLBACK_LOCALE = 'en-GB';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

function supported(locale: string | undefined): string | null {
  if (!locale) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (!canonical) return null;
    return Intl.NumberFormat.supportedLocalesOf(canonical).length > 0 ? canonical : null;
  } catch {
    return null;
  }
}

/**
 * The one locale policy: the plan's own locale when it has one, else the browser's first
 * supported language, else en-GB. The caller passes the browser's list (the domain reads
 * no browser state).
 */
export function resolveLocale(
  planLocale: string | undefined,
  browserLocales: readonly string[] = [],
): string {
  for (const candidate of [planLocale, ...browserLocales]) {
    const ok = supported(candidate);
    if (ok) return ok;
  }
  return FALLBACK_LOCALE;
}

function utcDate(date: IsoDate): Date | null {
  const day = dayNumber(date);
  return Number.isNaN(day) ? null : new Date(day * 86_400_000);
}

const moments = new Map<string, Intl.DateTimeFormat>();

function moment(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = moments.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    moments.set(key, f);
  }
  return f;
}

function makeFormat(locale: string): Format {
  // One Intl object each: toLocaleString() builds a new one per call, which showed up as the
  // largest cost of scrolling a 100,000-row table.
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const long = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2024, m, 1)));
  const f: Format = {
    locale,
    count: (n) => whole.format(n),
    decimal: (n) => oneDecimal.format(n),
    gb: (bytes) => oneDecimal.format(bytes / GB),
    size: (bytes) => (bytes === null ? 'Unknown' : `${oneDecimal.format(bytes / GB)} GB`),
    day: (date) => {
      const day = dayNumber(date);
      return Number.isNaN(day) ? date : `${WEEKDAYS[weekdayOf(day)]} ${date}`;
    },
    longDate: (date) => {
      const d = utcDate(date);
      return d ? long.format(d) : date;
    },
    months,
    plural: (n, one, many = `${one}s`) => `${whole.format(n)} ${n === 1 ? one : many}`,
    dateTime: (epochMs, timeZone) => moment(locale, timeZone).format(epochMs),
  };
  return f;
}

const cache = new Map<string, Format>();

/** The formatter of a locale (as `resolveLocale` gives it), made once and kept. */
export function formatFor(locale: string): Format {
  let f = cache.get(locale);
  if (!f) {
    f = makeFormat(supported(locale) ?? FALLBACK_LOCALE);
    cache.set(locale, f);
  }
  return f;
}
