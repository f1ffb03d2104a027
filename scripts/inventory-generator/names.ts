import type { Random } from './random.ts';
import type { Culture, Part } from './names/culture.ts';
import { CHINESE, INDIAN, JAPANESE, KOREAN, VIETNAMESE } from './names/asia.ts';
import { ENGLISH } from './names/english.ts';
import {
  DUTCH,
  FRENCH,
  GERMAN,
  IBERIAN,
  NORDIC,
  POLISH_AND_CZECH,
  UKRAINIAN,
} from './names/europe.ts';
import { ARABIC, TURKISH } from './names/middle-east.ts';

export { transliterate } from './names/culture.ts';

/**
 * The directory's mix of cultures. Weights are relative; the order is part of the output
 * (draws go through it), so a change here changes every generated sample.
 */
const CULTURES: readonly { weight: number; culture: Culture }[] = [
  { weight: 30, culture: ENGLISH },
  { weight: 12, culture: GERMAN },
  { weight: 6, culture: NORDIC },
  { weight: 6, culture: FRENCH },
  { weight: 6, culture: IBERIAN },
  { weight: 5, culture: POLISH_AND_CZECH },
  { weight: 3, culture: TURKISH },
  { weight: 3, culture: DUTCH },
  { weight: 6, culture: INDIAN },
  { weight: 3, culture: UKRAINIAN },
  { weight: 3, culture: ARABIC },
  { weight: 4, culture: CHINESE },
  { weight: 3, culture: JAPANESE },
  { weight: 2, culture: KOREAN },
  { weight: 2, culture: VIETNAMESE },
];

const WEIGHTS = CULTURES.map((c) => c.weight);

export type PersonName = {
  /** As the directory shows it: "Anna Müller", "田中 結衣", "王芳". */
  displayName: string;
  /** "Müller, Anna" in directories that sort by family name; null where that is not used. */
  familyCommaGiven: string | null;
  /** The alias before any number that keeps it unique: "anna.mueller". */
  alias: string;
};

export function randomPerson(rnd: Random): PersonName {
  const c = rnd.weighted(CULTURES, WEIGHTS).culture;
  return personOf(c, rnd.pick(c.given), rnd.pick(c.family));
}

function personOf(c: Culture, [given, givenLatin]: Part, [family, familyLatin]: Part): PersonName {
  const sep = c.joined ? '' : ' ';
  return {
    displayName: c.familyFirst ? `${family}${sep}${given}` : `${given} ${family}`,
    familyCommaGiven: c.familyFirst ? null : `${family}, ${given}`,
    alias: `${givenLatin}.${familyLatin}`,
  };
}

/**
 * Draws people without repeating a name until a culture's names run out, as in a real
 * directory of a thousand people, where namesakes are few.
 */
export function personPool(rnd: Random): () => PersonName {
  const left = CULTURES.map(({ culture }) =>
    rnd.sample(
      culture.given.flatMap((_, g) => culture.family.map((__, f) => [g, f] as const)),
      culture.given.length * culture.family.length,
    ),
  );
  return () => {
    const i = rnd.weighted(
      CULTURES.map((_, k) => k),
      WEIGHTS,
    );
    const c = (CULTURES[i] as (typeof CULTURES)[number]).culture;
    const [g, f] = left[i]?.pop() ?? [
      rnd.int(0, c.given.length - 1),
      rnd.int(0, c.family.length - 1),
    ];
    return personOf(c, c.given[g] as Part, c.family[f] as Part);
  };
}
