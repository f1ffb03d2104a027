export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = {
  /** The text without its byte-order mark. */
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
  /** Set when the bytes were not what they claimed to be, for a person to read. */
  note?: string;
};

/**
 * Turns an uploaded file's bytes into text. Exchange exports come as UTF-8 (with or without
 * BOM), UTF-16 LE with BOM (Export-Csv -Encoding Unicode), or ASCII (Windows PowerShell 5.1's
 * default); Excel's "CSV" save uses the ANSI code page, which is why invalid UTF-8 falls back
 * to windows-1252 rather than showing replacement characters.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8', hadBom: true };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', hadBom: true };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', hadBom: true };
  }
  const guessed = guessUtf16(bytes);
  if (guessed) {
    return {
      text: decode(guessed, bytes),
      encoding: guessed,
      hadBom: false,
      note: `The file has no byte-order mark; it was read as ${guessed.toUpperCase()} because of its zero bytes.`,
    };
  }
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8', hadBom: false };
  } catch {
    return {
      text: decode('windows-1252', bytes),
      encoding: 'windows-1252',
      hadBom: false,
      note: 'The file is not valid UTF-8; it was read as Windows-1252 (Excel’s usual CSV encoding). Check accented names.',
    };
  }
}

function decode(encoding: TextEncodingName, bytes: Uint8Array, fatal = false): string {
  // ignoreBOM: the BOM is handled above; a second one would be data.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/** UTF-16 text of a CSV is mostly ASCII, so every other byte is zero. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}
