import { useEffect, useId, useRef, useState } from 'react';
import type { Format } from '../../domain/format.ts';
import { SAMPLE_FILES } from '../../domain/plan/sample-data.ts';
import { sampleInventoryImported, type SampleStep } from '../../store/sample-actions.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { usePlanFormat } from './use-plan-format.ts';

const DOWNLOADS = [SAMPLE_FILES.mailboxes, ...SAMPLE_FILES.permissions];

type Status =
  | { state: 'idle' }
  | { state: 'running'; step: SampleStep }
  | { state: 'done'; mailboxes: number; permissions: number }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

function statusText(s: Status, format: Format): string {
  switch (s.state) {
    case 'idle':
      return '';
    case 'running':
      return s.step.phase === 'loading'
        ? 'Loading the sample exports…'
        : s.step.phase === 'reading'
          ? `Reading ${s.step.fileName} (${s.step.n} of ${s.step.of})…`
          : 'Saving the sample in this plan…';
    case 'done':
      return `Imported the sample: ${format.count(s.mailboxes)} mailboxes and ${format.count(s.permissions)} permissions.`;
    case 'cancelled':
      return 'Cancelled: the plan keeps what it had.';
    case 'failed':
      return '';
  }
}

/**
 * The sample exports of Fabrikam, a fictional organisation: to download and look at, or to
 * import into this plan in one step (mailboxes and permissions together). Replacing what
 * the plan holds asks first; leaving the page cancels.
 */
export function SampleOffer(props: {
  planId: string;
  /** Another import is running: the sample waits for it. */
  busy: boolean;
  /** What the plan holds now, for the confirmation; null when it holds nothing. */
  replaces: string | null;
  onRunning: (running: boolean) => void;
}) {
  const headingId = useId();
  const format = usePlanFormat();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [asking, setAsking] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const { onRunning } = props;
  const running = status.state === 'running';
  useEffect(() => onRunning(running), [running, onRunning]);
  useEffect(() => () => abort.current?.abort(), []);

  async function use() {
    setAsking(false);
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ state: 'running', step: { phase: 'loading' } });
    try {
      const r = await sampleInventoryImported(
        props.planId,
        (step) => {
          if (!controller.signal.aborted) setStatus({ state: 'running', step });
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      setStatus({
        state: 'done',
        mailboxes: r.mailboxes.meta.accepted,
        permissions: r.permissions.meta.accepted,
      });
    } catch (e) {
      if (controller.signal.aborted) setStatus({ state: 'cancelled' });
      else setStatus({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
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
        {running ? (
          <button type="button" className="btn" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            disabled={props.busy}
            onClick={() => (props.replaces ? setAsking(true) : void use())}
          >
            Use the sample
          </button>
        )}
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
      <p role="status" className="field-hint">
        {statusText(status, format)}
      </p>
      {status.state === 'failed' && (
        <p role="alert" className="error-text">
          The sample was not imported: {status.message}
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
