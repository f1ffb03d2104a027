import { useMemo } from 'react';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import { timelineGeometry } from './timeline-geometry.ts';

const WIDTH = 1000;
const LABEL_WIDTH = 150;
const ROW = 24;
const AXIS = 56;

function summary(s: Schedule): string {
  const parts = [
    `Timeline of ${s.batches.length} batches from ${s.batches[0]?.startDate ?? 'the start'} to the last switch-over on ${s.endDate}.`,
  ];
  if (s.deadline) parts.push(`Deadline ${s.deadline}, ${s.meetsDeadline ? 'met' : 'missed'}.`);
  const blackout = s.blackoutDays?.length ?? 0;
  if (blackout > 0) parts.push(`${blackout} blackout days shaded.`);
  parts.push('The batch table lists the same dates.');
  return parts.join(' ');
}

/**
 * Batches against the calendar: the copy (start → 90th-percentile sync) as a bar, the
 * switch-over as a diamond, blackout days shaded, the deadline as a line. The batch table
 * above carries the same data for screen readers.
 */
export function ScheduleTimeline({
  schedule,
  startDate,
}: {
  schedule: Schedule;
  startDate: string;
}) {
  const g = useMemo(
    () =>
      timelineGeometry({
        startDate,
        batches: schedule.batches,
        deadline: schedule.deadline ?? null,
        blackoutDays: schedule.blackoutDays ?? [],
        width: WIDTH,
        labelWidth: LABEL_WIDTH,
        rowHeight: ROW,
        axisHeight: AXIS,
      }),
    [schedule, startDate],
  );
  const bottom = g.height;
  return (
    <section aria-labelledby="sch-timeline-heading">
      <h2 id="sch-timeline-heading" tabIndex={-1}>
        Timeline
      </h2>
      <div className="sch-timeline">
        <svg
          viewBox={`0 0 ${g.width} ${g.height + 4}`}
          role="img"
          aria-label={summary(schedule)}
          preserveAspectRatio="xMinYMin meet"
        >
          {g.rows.map((r, i) =>
            i % 2 === 1 ? (
              <rect
                key={r.id}
                className="sch-tl-stripe"
                x={0}
                y={r.y}
                width={g.width}
                height={ROW}
              />
            ) : null,
          )}
          {g.blackout.map((b) => (
            <rect
              key={b.from}
              className="sch-tl-blackout"
              x={b.x}
              y={AXIS - 8}
              width={Math.max(b.width, 1)}
              height={bottom - AXIS + 8}
            />
          ))}
          {g.weeks.map((w) => (
            <line
              key={w.date}
              className="sch-tl-week"
              x1={w.x}
              x2={w.x}
              y1={AXIS - 8}
              y2={bottom}
            />
          ))}
          {g.months.map((m) => (
            <g key={m.x}>
              <line className="sch-tl-month" x1={m.x} x2={m.x} y1={18} y2={bottom} />
              {m.label && (
                <text className="sch-tl-text" x={m.x + 4} y={30}>
                  {m.label}
                </text>
              )}
            </g>
          ))}
          {g.years.map((y) => (
            <g key={y.label}>
              <line className="sch-tl-month" x1={y.x} x2={y.x} y1={2} y2={18} />
              <text className="sch-tl-text sch-tl-year" x={y.x + 4} y={13}>
                {y.label}
              </text>
            </g>
          ))}
          {g.rows.map((r) => (
            <g key={r.id}>
              <text className="sch-tl-text" x={6} y={r.y + ROW / 2 + 4}>
                {r.name.length > 20 ? `${r.name.slice(0, 19)}…` : r.name}
              </text>
              <rect
                className="sch-tl-bar"
                x={r.barX}
                y={r.y + 6}
                width={Math.max(r.barWidth, 2)}
                height={ROW - 12}
                rx={2}
              />
              <path
                className="sch-tl-cutover"
                d={`M ${r.markerX} ${r.y + 4} l 6 ${ROW / 2 - 4} l -6 ${ROW / 2 - 4} l -6 ${-(ROW / 2 - 4)} z`}
              />
            </g>
          ))}
          {g.deadline && (
            <g>
              <line
                className="sch-tl-deadline"
                x1={g.deadline.x}
                x2={g.deadline.x}
                y1={AXIS - 10}
                y2={bottom}
              />
              <text
                className="sch-tl-text sch-tl-deadline-text"
                x={g.deadline.x - 4}
                y={AXIS - 12}
                textAnchor="end"
              >
                Deadline {g.deadline.date}
              </text>
            </g>
          )}
        </svg>
      </div>
      <ul className="sch-legend" aria-label="Legend">
        <li>
          <span className="sch-key sch-key-bar" aria-hidden="true" /> Copy, start to 90th-percentile
          sync
        </li>
        <li>
          <span className="sch-key sch-key-cutover" aria-hidden="true" /> Switch-over
        </li>
        <li>
          <span className="sch-key sch-key-blackout" aria-hidden="true" /> Blackout day
        </li>
        {g.deadline && (
          <li>
            <span className="sch-key sch-key-deadline" aria-hidden="true" /> Deadline
          </li>
        )}
      </ul>
    </section>
  );
}
