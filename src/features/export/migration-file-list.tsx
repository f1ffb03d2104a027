import type { ExportFile } from '../../domain/export/export-file.ts';
import { downloadBlob } from '../../ui/download-blob.ts';

const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  ps1: 'text/plain;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
};

function fileBlob(file: ExportFile): Blob {
  const ext = file.path.slice(file.path.lastIndexOf('.') + 1);
  return new Blob([file.content], { type: MIME[ext] ?? 'text/plain;charset=utf-8' });
}

/** The file name part of a bundle path (`batch-csv/batch-01-pilot.csv` → `batch-01-pilot.csv`). */
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Each file of the bundle by its path, with a button that downloads it on its own. */
export function MigrationFileList({ files }: { files: readonly ExportFile[] }) {
  return (
    <ul className="exp-files" aria-label="Files">
      {files.map((f) => (
        <li key={f.path}>
          <button
            type="button"
            className="btn btn-small"
            aria-label={`Download ${baseName(f.path)}`}
            onClick={() => downloadBlob(fileBlob(f), baseName(f.path))}
          >
            Download
          </button>
          <code>{f.path}</code>
        </li>
      ))}
    </ul>
  );
}
