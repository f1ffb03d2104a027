import { useState } from 'react';

/** Copies a command to the clipboard and says so; where the clipboard is refused, says that. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [note, setNote] = useState('');
  return (
    <p className="inv-copy">
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          navigator.clipboard
            .writeText(text)
            .then(() => setNote('Copied.'))
            .catch(() => setNote('The browser refused the clipboard: select the text instead.'));
        }}
      >
        {label}
      </button>{' '}
      <span role="status">{note}</span>
    </p>
  );
}
