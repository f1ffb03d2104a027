import { useId, useState } from 'react';
import { exportDetailsChanged } from '../../store/export-actions.ts';

/** The whole plan is rewritten to storage on each change: keep the logo small. */
const MAX_LOGO_BYTES = 500 * 1024;
const TYPES = ['image/png', 'image/jpeg'];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(String(reader.result)));
    reader.addEventListener('error', () =>
      reject(reader.error ?? new Error('The file could not be read.')),
    );
    reader.readAsDataURL(file);
  });
}

/** The consultant's logo for the PDF cover: kept in this browser only, with a preview. */
export function LogoField({ planId, logo }: { planId: string; logo: string | null }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  async function choose(file: File) {
    setError(null);
    if (!TYPES.includes(file.type)) {
      setError(`${file.name} is not a PNG or JPEG image.`);
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setError(`${file.name} is ${Math.round(file.size / 1024)} KB; use an image under 500 KB.`);
      return;
    }
    exportDetailsChanged(planId, { logoDataUrl: await readAsDataUrl(file) });
  }

  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Logo for the cover
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        PNG or JPEG under 500 KB. It stays in this browser and in the PDFs you make.
      </p>
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg"
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void choose(file);
        }}
      />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {logo && (
        <div className="exp-logo-preview">
          <img src={logo} alt="Your logo, as it appears on the cover" />
          <button
            type="button"
            className="btn btn-small"
            onClick={() => exportDetailsChanged(planId, { logoDataUrl: null })}
          >
            Remove logo
          </button>
        </div>
      )}
    </div>
  );
}
