import type { IsoDate } from '../../calendar.ts';

/**
 * The client-ready plan as plain data: what the PDF shows, in order, decided here so the
 * renderer only lays it out. Strings are final text (already redacted when asked).
 */
export type DocBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'warning' }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'facts'; rows: [label: string, value: string][] }
  | {
      kind: 'table';
      columns: string[];
      rows: string[][];
      /** Relative column widths; the renderer scales them to the page. */
      widths?: number[];
    }
  | { kind: 'timeline'; timeline: TimelineData };

export type DocSection = {
  id: string;
  title: string;
  blocks: DocBlock[];
};

export type TimelineBar = {
  label: string;
  pilot: boolean;
  start: IsoDate;
  syncP50: IsoDate;
  syncP90: IsoDate;
  cutover: IsoDate;
};

export type TimelineData = {
  /** The chart's axis: the first start to the later of the last switch-over and the deadline. */
  from: IsoDate;
  to: IsoDate;
  deadline: IsoDate | null;
  bars: TimelineBar[];
  /** Blackout days merged into inclusive ranges. */
  blackouts: { from: IsoDate; to: IsoDate }[];
  /** The axis's short month names in the document's locale, January first (`Format.months`). */
  monthNames: readonly string[];
};

export type AppendixGroup = { title: string; rows: string[][] };

export type PlanDocument = {
  /** Repeated in every page header. */
  title: string;
  cover: {
    title: string;
    subtitle: string;
    clientName: string;
    consultantName: string;
    /** The document's date as the cover writes it, in the document's locale: `2 March 2026`. */
    date: string;
    note: string | null;
  };
  /** Printed at the foot of every page, e.g. that the plan holds fictional sample data. */
  marking: string | null;
  sections: DocSection[];
  appendix: {
    id: string;
    title: string;
    intro: string;
    columns: string[];
    widths: number[];
    groups: AppendixGroup[];
  };
};
