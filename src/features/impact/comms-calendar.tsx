import { useMemo, useState } from 'react';
import { communicationsCalendar, type Notice } from '../../domain/impact/communications.ts';
import { renderNotice } from '../../domain/impact/render-notice.ts';
import type { MigrationMethod } from '../../domain/methods/method-list.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import { CommsDownloads } from './comms-downloads.tsx';
import { downloadBlob } from '../../ui/download-blob.ts';
import { FactLinks } from './fact-links.tsx';
import { offsetLabel } from './labels.ts';
import { noticeEml, noticeFileName } from './notice-files.ts';
import { OffsetsEditor } from './offsets-editor.tsx';

function defaultSender(schedule: Schedule): string {
  const at = schedule.batches[0]?.memberIndexes[0];
  const first = at === undefined ? '' : schedule.emails[at]!;
  const domain = first.split('@')[1];
  return domain ? `it@${domain}` : 'it@example.com';
}

/** Per batch, the notices on the plan's notice days, with previews and the files to send them. */
export function CommsCalendar(props: {
  planId: string;
  planName: string;
  method: MigrationMethod;
  schedule: Schedule;
  offsets: readonly number[];
  onOffsetsChange: (offsets: number[]) => void;
  nameOf: (email: string) => string;
}) {
  const { method, schedule, offsets } = props;
  const notices = useMemo(
    () => communicationsCalendar(method, schedule, offsets),
    [method, schedule, offsets],
  );
  const [sender, setSender] = useState(() => defaultSender(schedule));
  const from = sender.trim() || defaultSender(schedule);

  return (
    <section aria-labelledby="imp-comms-heading" className="imp-section">
      <h2 id="imp-comms-heading">Communications calendar</h2>
      <p>
        Notices for each batch on the days below, worded for this method. Previews are filled in for
        the first person of each batch; the drafts greet everyone and are addressed to the sender:
        add the batch as Bcc, or send personal messages from the mail-merge list.
      </p>
      <OffsetsEditor offsets={offsets} onChange={props.onOffsetsChange} />
      <label className="field imp-sender">
        <span className="field-label">Sender of the drafts</span>
        <input
          type="email"
          autoComplete="off"
          value={sender}
          onChange={(e) => setSender(e.target.value)}
        />
      </label>
      <CommsDownloads
        planId={props.planId}
        planName={props.planName}
        notices={notices}
        sender={from}
        nameOf={props.nameOf}
      />
      {schedule.batches.map((batch) => (
        <section key={batch.id} aria-labelledby={`imp-batch-${batch.id}`} className="imp-batch">
          <h3 id={`imp-batch-${batch.id}`}>
            {batch.name}: switch-over {batch.cutoverDate}
          </h3>
          <p className="field-hint">
            {batch.memberIndexes.length} {batch.memberIndexes.length === 1 ? 'person' : 'people'}
          </p>
          <ol className="imp-notices">
            {notices
              .filter((n) => n.batchId === batch.id)
              .map((n) => (
                <NoticeItem key={n.id} notice={n} sender={from} nameOf={props.nameOf} />
              ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

function NoticeItem(props: { notice: Notice; sender: string; nameOf: (e: string) => string }) {
  const n = props.notice;
  const sample = n.recipients[0];
  const message = renderNotice(n, {
    name: sample ? props.nameOf(sample) : 'everyone',
    email: sample ?? '',
  });
  const label = offsetLabel(n.offsetDays);
  return (
    <li className="imp-notice card">
      <h4>
        <span className="badge">{label}</span> <time dateTime={n.sendDate}>{n.sendDate}</time>:{' '}
        {message.subject}
      </h4>
      <details>
        <summary>Preview{sample ? ` for ${props.nameOf(sample)}` : ''}</summary>
        <pre className="imp-body">{message.body}</pre>
      </details>
      <div className="imp-notice-foot">
        <button
          type="button"
          className="btn btn-small"
          aria-label={`Download the ${label} draft for ${n.batchName} (.eml)`}
          onClick={() =>
            downloadBlob(
              new Blob([noticeEml(n, props.sender)], { type: 'message/rfc822' }),
              noticeFileName(n),
            )
          }
        >
          Download draft (.eml)
        </button>
        <FactLinks ids={n.factIds} />
      </div>
    </li>
  );
}
