import { SAMPLE_FILES, type SampleFile } from '../domain/plan/sample-data.ts';

async function fetchOne(f: SampleFile, signal?: AbortSignal): Promise<File> {
  const response = await fetch(f.url, { signal });
  if (!response.ok) {
    throw new Error(`${f.name} could not be loaded (HTTP ${response.status}).`);
  }
  // A host that answers every path with the app (docs/deploy.md) sends a page, not the file.
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new Error(`${f.name} is not on this server: it answered with a web page.`);
  }
  return new File([await response.blob()], f.name, { type: 'text/csv' });
}

/** The sample exports as files, as if the user had picked them: served by the app itself. */
export async function fetchSampleFiles(
  signal?: AbortSignal,
): Promise<{ mailboxes: File; permissions: File[] }> {
  const [mailboxes, ...permissions] = await Promise.all(
    [SAMPLE_FILES.mailboxes, ...SAMPLE_FILES.permissions].map((f) => fetchOne(f, signal)),
  );
  if (!mailboxes) throw new Error('The sample has no mailbox file.');
  return { mailboxes, permissions };
}
