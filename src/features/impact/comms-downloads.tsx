import { useState } from 'react';
import type { Notice } from '../../domain/impact/communications.ts';
import { mailMergeRows } from '../../domain/impact/mail-merge-rows.ts';
import { teamEvents } from '../../domain/impact/team-events.ts';
import { toIcs } from '../../domain/impact/to-ics.ts';
import { toMailMergeCsv } from '../../domain/impact/to-mail-merge-csv.ts';
import { downloadBlob } from '../../ui/download-blob.ts';
import { safeFileName } from './safe-file-name.ts';
import { noticeEml, noticeFileName } from './notice-files.ts';

/** The calendar's files: all drafts as a zip, the team's .ics and the mail-merge CSV. */
export function CommsDownloads(props: {
  planId: string;
  planName: string;
  notices: readonly Notice[];
  sender: string;
  nameOf: (email: string) => string;
}) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const base = safeFileName(props.planName);
  const none = props.notices.length === 0;

  async function saveZip() {
    setBusy(true);
    try {
      // fflate is only needed here: loading it on demand keeps it out of the main bundle.
      const { zipSync, strToU8 } = await import('fflate');
      const files: Record<string, Uint8Array> = {};
      for (const n of props.notices) files[noticeFileName(n)] = strToU8(noticeEml(n, props.sender));
      downloadBlob(new Blob([zipSync(files)], { type: 'application/zip' }), `${base}-notices.zip`);
      setStatus(`Saved ${props.notices.length} drafts in ${base}-notices.zip.`);
    } catch {
      setStatus('The zip could not be built. Try again, or save the drafts one by one.');
    } finally {
      setBusy(false);
    }
  }

  function saveIcs() {
    const ics = toIcs(teamEvents(props.notices), {
      planId: props.planId,
      dtstamp: new Date().toISOString(),
      calendarName: `${props.planName}: communications`,
    });
    downloadBlob(
      new Blob([ics], { type: 'text/calendar;charset=utf-8' }),
      `${base}-communications.ics`,
    );
    setStatus(`Saved ${base}-communications.ics.`);
  }

  function saveCsv() {
    const csv = toMailMergeCsv(mailMergeRows(props.notices, props.nameOf));
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${base}-mail-merge.csv`);
    setStatus(`Saved ${base}-mail-merge.csv.`);
  }

  return (
    <div className="imp-downloads">
      <div className="button-row">
        <button
          type="button"
          className="btn"
          disabled={none || busy}
          onClick={() => void saveZip()}
        >
          {busy ? 'Building the zip…' : 'Download all drafts (.zip of .eml)'}
        </button>
        <button type="button" className="btn" disabled={none} onClick={saveIcs}>
          Download team calendar (.ics)
        </button>
        <button type="button" className="btn" disabled={none} onClick={saveCsv}>
          Download mail-merge list (.csv)
        </button>
      </div>
      <p role="status" className="field-hint">
        {status}
      </p>
    </div>
  );
}
