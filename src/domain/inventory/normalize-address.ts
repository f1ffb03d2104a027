// Compiled once: used for every row of large files.
const SMTP_PREFIX = /^smtp:/i;
// Most addresses are ASCII; the non-Unicode pattern is several times faster, so it goes first.
const ASCII_ADDRESS =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const ADDRESS =
  /^[^\s@<>()[\]\\,;:"]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

/**
 * The lower-cased SMTP address in `raw`, or null when it is not one. Accepts the `SMTP:` prefix
 * that EmailAddresses columns carry; addresses are case-insensitive in Exchange.
 */
export function normalizeAddress(raw: string): string | null {
  let s = raw.trim();
  // Only "smtp:" has a colon at index 4; checking it first skips the regex for plain addresses.
  if (s.charCodeAt(4) === 58) s = s.replace(SMTP_PREFIX, '');
  s = s.toLowerCase();
  return ASCII_ADDRESS.test(s) || ADDRESS.test(s) ? s : null;
}
