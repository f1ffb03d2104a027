import { useMemo, useState } from 'react';
import { impactNotes } from '../../domain/impact/impact-notes.ts';
import type { MigrationMethod } from '../../domain/methods/method-list.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import { splitPairList } from '../../domain/schedule/schedule-view.ts';
import { AUDIENCE_LABELS, AUDIENCE_ORDER } from './labels.ts';
import { NoteCard } from './note-card.tsx';
import { splitView } from './split-notes.ts';

/** Strong split pairs listed before "Show all": enough to act on, short enough to scroll. */
const FIRST_SPLITS = 25;

const KIND_LABELS: Record<string, string> = {
  'calendar-delegate': 'calendar delegate',
  folder: 'folder permission',
  'send-as': 'Send As',
  'send-on-behalf': 'Send on Behalf',
  'full-access': 'Full Access',
};

/** What the method means for people, by audience; with a schedule, dates and split pairs. */
export function ImpactNotesSection(props: {
  method: MigrationMethod;
  schedule: Schedule | null;
  /** Why there are no dates yet, when there is no schedule. */
  pending: string | null;
}) {
  const { method, schedule } = props;
  const view = useMemo(
    () =>
      splitView(
        impactNotes(method, schedule ?? undefined),
        schedule ? splitPairList(schedule) : [],
      ),
    [method, schedule],
  );
  const [showAll, setShowAll] = useState(false);
  const shownSplits = showAll ? view.strong : view.strong.slice(0, FIRST_SPLITS);
  const splitCount = view.strong.length + view.weak.count;

  return (
    <section aria-labelledby="imp-notes-heading" className="imp-section">
      <h2 id="imp-notes-heading">User impact</h2>
      {props.pending && <p className="notice">{props.pending}</p>}
      {AUDIENCE_ORDER.filter((a) => a !== 'split-delegates').map((audience) => {
        const notes = view.general.filter((n) => n.audience === audience);
        if (notes.length === 0) return null;
        return (
          <section key={audience} aria-labelledby={`imp-aud-${audience}`} className="imp-group">
            <h3 id={`imp-aud-${audience}`}>{AUDIENCE_LABELS[audience]}</h3>
            {notes.map((n) => (
              <NoteCard key={n.id} note={n} />
            ))}
          </section>
        );
      })}
      {splitCount > 0 && (
        <section aria-labelledby="imp-aud-split-delegates" className="imp-group">
          <h3 id="imp-aud-split-delegates">{AUDIENCE_LABELS['split-delegates']}</h3>
          <p>
            {splitCount} linked {splitCount === 1 ? 'pair moves' : 'pairs move'} in different
            batches.{view.strong.length > 0 && ' Executive and delegate links come first.'}
          </p>
          {shownSplits.map((n) => (
            <NoteCard key={n.id} note={n} />
          ))}
          {view.strong.length > FIRST_SPLITS && (
            <button type="button" className="btn btn-small" onClick={() => setShowAll(!showAll)}>
              {showAll ? `Show the first ${FIRST_SPLITS} only` : `Show all ${view.strong.length}`}
            </button>
          )}
          {view.weak.count > 0 && (
            <p className="imp-weak">
              {view.strong.length > 0
                ? `Also ${view.weak.count} ${view.weak.count === 1 ? 'pair' : 'pairs'} with weak links, not listed one by one: `
                : `${view.weak.count === 1 ? 'Its link is weak' : 'All have weak links'}, counted by kind: `}
              {view.weak.byKind.map(([kind, n]) => `${n} ${KIND_LABELS[kind] ?? kind}`).join(', ')}.
              They lose the same access until both have moved.
            </p>
          )}
        </section>
      )}
    </section>
  );
}
