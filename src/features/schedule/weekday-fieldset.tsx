import { WEEKDAY_NAMES } from './schedule-format.ts';
import { FieldError } from './settings-field.tsx';

/** Monday first, as working weeks are read; values stay 0 = Sunday ... 6 = Saturday. */
const ORDER = [1, 2, 3, 4, 5, 6, 0];

export function WeekdayFieldset(props: {
  id: string;
  legend: string;
  value: number[];
  error?: string;
  onChange: (days: number[]) => void;
}) {
  const { id, value, error } = props;
  return (
    <fieldset
      className="sch-weekdays"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{props.legend}</legend>
      <div className="sch-weekday-row">
        {ORDER.map((d) => (
          <label key={d} className="sch-weekday">
            <input
              type="checkbox"
              id={d === ORDER[0] ? id : undefined}
              checked={value.includes(d)}
              onChange={(e) =>
                props.onChange(e.target.checked ? [...value, d] : value.filter((x) => x !== d))
              }
            />
            {WEEKDAY_NAMES[d]}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
