import type { DocBlock } from './model.ts';

/** Every block's text through `f`: the redaction safety net over the finished model. */
export function mapBlockText(block: DocBlock, f: (s: string) => string): DocBlock {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: f(block.text) };
    case 'bullets':
      return { ...block, items: block.items.map(f) };
    case 'facts':
      return { ...block, rows: block.rows.map(([k, v]): [string, string] => [f(k), f(v)]) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map(f)) };
    case 'timeline':
      return {
        ...block,
        timeline: {
          ...block.timeline,
          bars: block.timeline.bars.map((b) => ({ ...b, label: f(b.label) })),
        },
      };
  }
}
