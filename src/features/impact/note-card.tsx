import type { ImpactNote } from '../../domain/impact/impact-note.ts';
import { FactLinks } from './fact-links.tsx';
import { SEVERITY_LABELS } from './labels.ts';

/** One impact note: title, severity, text with its line breaks, and its sources. */
export function NoteCard({
  note,
  headingLevel = 4,
}: {
  note: ImpactNote;
  headingLevel?: 3 | 4 | 5;
}) {
  const Heading = (['h3', 'h4', 'h5'] as const)[headingLevel - 3] ?? 'h4';
  return (
    <article className={`imp-note imp-sev-${note.severity}`}>
      <Heading className="imp-note-title">
        <span className={`badge imp-badge-${note.severity}`}>{SEVERITY_LABELS[note.severity]}</span>{' '}
        {note.title}
      </Heading>
      <p className="imp-text">{note.text}</p>
      <FactLinks ids={note.factIds} />
    </article>
  );
}
