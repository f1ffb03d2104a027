/** How Export-Csv (or Excel) writes a file: separator, quoting, encoding. */
export type CsvDialect = {
  delimiter: ',' | ';';
  /** Export-Csv quotes every field; PowerShell 7 with -UseQuotes AsNeeded and Excel only where needed. */
  quoteAll: boolean;
};

function cell(value: string, d: CsvDialect): string {
  const needs =
    d.quoteAll ||
    value.includes(d.delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r');
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows as CSV text with CRLF line ends, as Windows writes them; a final CRLF included. */
export function csvText(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  d: CsvDialect,
  preamble: string[] = [],
): string {
  const lines = [...preamble, header.map((h) => cell(h, d)).join(d.delimiter)];
  for (const r of rows) lines.push(r.map((v) => cell(v, d)).join(d.delimiter));
  return `${lines.join('\r\n')}\r\n`;
}

export type Encoding = 'ascii' | 'utf-8' | 'utf-8-bom' | 'utf-16le-bom';

/**
 * Bytes as the writer encodes them. `ascii` is Windows PowerShell 5.1's Export-Csv default:
 * every character outside ASCII becomes "?".
 */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'ascii') {
    // One "?" per character, not per UTF-16 unit: the u flag reads surrogate pairs as one.
    return new TextEncoder().encode(text.replace(/[^\p{ASCII}]/gu, '?'));
  }
  if (encoding === 'utf-16le-bom') {
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i] = c & 0xff;
      out[3 + 2 * i] = c >> 8;
    }
    return out;
  }
  const body = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return body;
  const out = new Uint8Array(3 + body.length);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
