import { useMemo, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { Schedule, SplitPair, SplitStrength } from '../../domain/schedule/schedule-types.ts';
import {
  SPLIT_STRENGTHS,
  splitPairList,
  splitStrengthAt,
} from '../../domain/schedule/schedule-view.ts';
import { VirtualTable } from '../../ui/virtual-table.tsx';
import { formatCount } from './schedule-format.ts';

type Strength = SplitStrength;
const STRENGTH_LABEL: Record<Strength, string> = {
  executive: 'Executive and assistant',
  hard: 'Hard (calendar delegate, folder)',
  soft: 'Soft (Send As, Send on Behalf)',
  weak: 'Weak (Full Access)',
};
const rank = (s: SplitPair['strength']) => SPLIT_STRENGTHS.indexOf(s ?? 'weak');

type Row = SplitPair & { key: string; nameA: string; nameB: string };
const col = createColumnHelper<Row>();
const columns = [
  col.accessor('a', { header: 'Mailbox' }),
  col.accessor('nameA', { header: 'In batch' }),
  col.accessor('b', { header: 'Linked mailbox' }),
  col.accessor('nameB', { header: 'In batch' }),
  col.accessor('kind', { header: 'Permission' }),
  col.accessor((r) => rank(r.strength), {
    id: 'strength',
    header: 'Strength',
    cell: (c) => c.row.original.strength ?? 'weak',
  }),
  col.accessor('daysApart', { header: 'Days apart', meta: { numeric: true } }),
];

/**
 * People linked by permissions who switch over on different days. There can be thousands of
 * weak (Full Access) pairs, so the strongest come first and a filter narrows by strength.
 */
export function SplitList({ schedule }: { schedule: Schedule }) {
  const [strength, setStrength] = useState<'all' | Strength>('all');
  const names = useMemo(
    () => new Map(schedule.batches.map((b) => [b.id, b.name])),
    [schedule.batches],
  );
  const counts = useMemo(() => {
    const c: Record<Strength, number> = { executive: 0, hard: 0, soft: 0, weak: 0 };
    const { count } = schedule.splits;
    for (let i = 0; i < count; i++) c[splitStrengthAt(schedule.splits, i)]++;
    return c;
  }, [schedule.splits]);
  const rows = useMemo<Row[]>(
    () =>
      splitPairList(
        schedule,
        (i) => strength === 'all' || splitStrengthAt(schedule.splits, i) === strength,
      )
        .map((s) => ({
          ...s,
          key: `${s.a}|${s.b}`,
          nameA: names.get(s.batchA) ?? s.batchA,
          nameB: names.get(s.batchB) ?? s.batchB,
        }))
        .sort((x, y) => rank(x.strength) - rank(y.strength) || y.daysApart - x.daysApart),
    [schedule, strength, names],
  );

  return (
    <section aria-labelledby="sch-splits-heading">
      <h2 id="sch-splits-heading">Split pairs ({formatCount(schedule.splits.count)})</h2>
      {schedule.splits.count === 0 ? (
        <p className="empty">Everyone linked by a permission switches over in the same batch.</p>
      ) : (
        <>
          <p>
            These people are linked by a permission but switch over on different days. Hard links
            break across a hybrid (delegates cannot open each other's calendars); tell them, or move
            one of them.
          </p>
          <ul className="sch-counts">
            {SPLIT_STRENGTHS.map((s) => (
              <li key={s}>
                {STRENGTH_LABEL[s]}: <strong>{formatCount(counts[s])}</strong>
              </li>
            ))}
          </ul>
          <div className="field">
            <label className="field-label" htmlFor="sch-split-strength">
              Show
            </label>
            <select
              id="sch-split-strength"
              value={strength}
              onChange={(e) => setStrength(e.target.value as 'all' | Strength)}
            >
              <option value="all">All, strongest first</option>
              {SPLIT_STRENGTHS.map((s) => (
                <option key={s} value={s}>
                  {STRENGTH_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          <VirtualTable
            label="Split pairs"
            data={rows}
            columns={columns}
            getRowId={(r) => r.key}
            height={360}
            emptyText="No split pair of this strength."
          />
        </>
      )}
    </section>
  );
}
