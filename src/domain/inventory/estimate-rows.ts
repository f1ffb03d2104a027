/**
 * About how many data rows a CSV holds, from its first bytes and its size, to show a total
 * while the worker is still reading. Line breaks are counted as 0x0A bytes, which works for
 * UTF-8, ASCII and UTF-16 alike; the header (and a `#TYPE` line) are not rows.
 */
export function estimateRows(sample: Uint8Array, totalBytes: number): number {
  let breaks = 0;
  let preamble = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0x0a) continue;
    breaks++;
    // A `#TYPE` line before the header (0x23 = '#', after an optional BOM).
    if (breaks === 1 && (sample[0] === 0x23 || sample[3] === 0x23 || sample[2] === 0x23)) {
      preamble = 1;
    }
  }
  if (sample.length >= totalBytes) {
    const last = sample[sample.length - 1];
    const lines = breaks + (sample.length > 0 && last !== 0x0a && last !== 0x00 ? 1 : 0);
    return Math.max(0, lines - 1 - preamble);
  }
  if (breaks === 0) return 0;
  return Math.max(0, Math.round((totalBytes * breaks) / sample.length) - 1 - preamble);
}
