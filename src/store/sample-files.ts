import { SAMPLE_FILES, type SampleFile } from '../domain/plan/sample-data.ts';

async function fetchOne(f: SampleFile, signal?: AbortSignal): Promise<File> {
  const response = await fetch(f.url, { signal });
  if (!response.ok) {
    throw new Error(`The sample file ${f.name} could not be loaded (HTTP ${response.status}).`);
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
