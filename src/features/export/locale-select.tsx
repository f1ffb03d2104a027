import { formatFor } from '../../domain/format.ts';
import { localeChoices } from './plan-locales.ts';

/** `de-DE: 1.234,5`: the locale with a number written its way, so the choice shows what it does. */
const choiceLabel = (locale: string) => `${locale}: ${formatFor(locale).decimal(1234.5)}`;

/**
 * The plan's locale for numbers and dates, or none for the browser's (named in the first
 * option). Shows and reports the choice; the caller stores it.
 */
export function LocaleSelect({
  value,
  browserLocale,
  onChange,
}: {
  value: string | undefined;
  browserLocale: string;
  onChange: (locale: string | undefined) => void;
}) {
  return (
    <div className="field">
      <label htmlFor="exp-locale" className="field-label">
        Numbers and dates
      </label>
      <select
        id="exp-locale"
        aria-describedby="exp-locale-hint"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">Browser default ({browserLocale})</option>
        {localeChoices(value).map((locale) => (
          <option key={locale} value={locale}>
            {choiceLabel(locale)}
          </option>
        ))}
      </select>
      <p id="exp-locale-hint" className="field-hint">
        How this plan writes numbers and dates, on its pages and in the PDF: the client’s, when the
        PDF is for a client abroad.
      </p>
    </div>
  );
}
