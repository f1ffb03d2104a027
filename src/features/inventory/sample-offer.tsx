import { useId, useState } from 'react';
import { SAMPLE_FILES } from '../../domain/plan/sample-data.ts';
import { fetchSampleFiles } from '../../store/sample-files.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';

const DOWNLOADS = [SAMPLE_FILES.mailboxes, ...SAMPLE_FILES.permissions];

/**
 * The sample exports of Fabrikam, a fictional organisation: to download and look at, or to
 * import into this plan as if picked above. Replacing an inventory asks first.
 */
export function SampleOffer(props: {
  busy: boolean;
  /** What the plan holds now, for the confirmation; null when it holds nothing. */
  replaces: string | null;
  onUse: (files: { mailboxes: File; permissions: File[] }) => void;
}) {
  const headingId = useId();
  const [loading, setLoading] = useState(false);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function use() {
    setAsking(false);
    setError(null);
    setLoading(true);
    try {
      props.onUse(await fetchSampleFiles());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  }

  return (
    <section className="inv-sample" aria-labelledby={headingId}>
      <h2 id={headingId}>No export at hand?</h2>
      <p>
        Use the sample: the exports of Fabrikam, a fictional company of 1,200 mailboxes on Exchange
        2016, as the commands above write them (mailboxes, Full Access, Send As and calendar
        delegates).
      </p>
      <div className="button-row">
        <button
          type="button"
          className="btn"
          disabled={props.busy || loading}
          onClick={() => (props.replaces ? setAsking(true) : void use())}
        >
          Use the sample
        </button>
        <span className="inv-sample-downloads">
          Download a sample:{' '}
          {DOWNLOADS.map((f, i) => (
            <span key={f.name}>
              {i > 0 && ' · '}
              <a href={f.url} download={f.name}>
                {f.title}
                <span className="visually-hidden"> ({f.name})</span>
              </a>
            </span>
          ))}
          {' · '}
          <a href={SAMPLE_FILES.readme.url} download="fabrikam-README.md">
            {SAMPLE_FILES.readme.title}
          </a>
        </span>
      </div>
      {error && (
        <p role="alert" className="error-text">
          The sample could not be loaded: {error}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title="Replace this plan's inventory with the sample?"
        confirmLabel="Use the sample"
        onCancel={() => setAsking(false)}
        onConfirm={() => void use()}
      >
        <p>
          This plan holds <strong>{props.replaces}</strong>. The sample’s fictional mailboxes and
          permissions replace them; the plan is then marked as holding sample data until you import
          your own exports.
        </p>
      </ConfirmDialog>
    </section>
  );
}
