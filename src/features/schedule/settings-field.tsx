import type { InputHTMLAttributes, ReactNode } from 'react';

/** A labelled input with its hint and error wired to it for screen readers. */
export function SettingsField(
  props: {
    id: string;
    label: ReactNode;
    hint?: ReactNode;
    error?: string;
  } & InputHTMLAttributes<HTMLInputElement>,
) {
  const { id, label, hint, error, ...input } = props;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
        {...input}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The error line under a group of controls (fieldset, list, textarea). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="field-error" id={id}>
      {error}
    </p>
  ) : null;
}
