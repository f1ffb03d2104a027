/** A name as it is written, and as an alias spells it (Exchange aliases are ASCII). */
export type Part = readonly [written: string, latin: string];

/**
 * Fictional people of many languages and scripts, as an international organisation's
 * directory holds them. `familyFirst` cultures write the family name first; `joined` ones
 * write it without a space (王芳, 김민준).
 */
export type Culture = {
  given: readonly Part[];
  family: readonly Part[];
  familyFirst?: boolean;
  joined?: boolean;
};

const SPECIAL: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  æ: 'ae',
  đ: 'd',
  ı: 'i',
  ü: 'ue',
  ö: 'oe',
  ä: 'ae',
};

/** "Jürgen" → "juergen", "Łukasz" → "lukasz", "O'Brien" → "obrien": letters and digits only. */
export function transliterate(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) out += SPECIAL[ch] ?? ch;
  return out
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Names in a Latin script, each with the alias spelling `transliterate` gives it. */
export const latin = (...names: string[]): Part[] =>
  names.map((n) => [n, transliterate(n)] as const);
