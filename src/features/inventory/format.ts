// One formatter each: toLocaleString() builds a new one per call, which showed up as the
// largest cost of scrolling the mailbox table.
const counts = new Intl.NumberFormat();
const oneDecimal = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** Numbers as the admin's browser writes them (1,234 or 1.234). */
export function formatCount(n: number): string {
  return counts.format(n);
}

const GB = 1024 ** 3;

/** Bytes as GB the way Exchange counts them (1 GB = 1024³ bytes), one decimal. */
export function formatGB(bytes: number): string {
  return `${oneDecimal.format(bytes / GB)} GB`;
}
