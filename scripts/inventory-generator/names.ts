import type { Random } from './random.ts';

/** A name as it is written, and as an alias spells it (Exchange aliases are ASCII). */
type Part = readonly [written: string, latin: string];

/**
 * Fictional people of many languages and scripts, as an international organisation's
 * directory holds them. `familyFirst` cultures write the family name first; `joined` ones
 * write it without a space (王芳, 김민준).
 */
type Culture = {
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

const latin = (...names: string[]): Part[] => names.map((n) => [n, transliterate(n)] as const);

const CULTURES: readonly { weight: number; culture: Culture }[] = [
  {
    weight: 30,
    culture: {
      given: latin(
        'Oliver',
        'Amelia',
        'Harry',
        'Isla',
        'George',
        'Ava',
        'Noah',
        'Emily',
        'Jack',
        'Grace',
        'Thomas',
        'Chloe',
        'James',
        'Lucy',
        'William',
        'Sophie',
        'Daniel',
        'Hannah',
        'Samuel',
        'Megan',
        'Rhys',
        'Niamh',
        'Callum',
        'Aoife',
        'Ewan',
        'Fiona',
        'Kwame',
        'Abena',
      ),
      family: latin(
        'Smith',
        'Jones',
        'Taylor',
        'Brown',
        'Wilson',
        'Evans',
        "O'Brien",
        'Clarke',
        'Walker',
        'Wright',
        'Hughes',
        'Green',
        'Edwards',
        'Hall',
        'Wood',
        'Harris',
        'Murphy',
        'Kelly',
        'Campbell',
        'MacLeod',
        'Stewart',
        'Davies',
        'Robinson',
        'Mensah',
        'Okafor',
        'Byrne',
      ),
    },
  },
  {
    weight: 12,
    culture: {
      given: latin(
        'Jürgen',
        'Lena',
        'Lukas',
        'Anna',
        'Jonas',
        'Marie',
        'Felix',
        'Katrin',
        'Matthias',
        'Sabine',
        'Björn',
        'Jörg',
        'Ulrike',
        'Tobias',
        'Miriam',
      ),
      family: latin(
        'Müller',
        'Schmidt',
        'Schäfer',
        'Fischer',
        'Weber',
        'Groß',
        'Hoffmann',
        'Becker',
        'Krüger',
        'Wagner',
        'Schulz',
        'Köhler',
        'Bäcker',
        'Zimmermann',
      ),
    },
  },
  {
    weight: 6,
    culture: {
      given: latin(
        'Søren',
        'Ingrid',
        'Lars',
        'Astrid',
        'Bjørn',
        'Freja',
        'Mikkel',
        'Sigrid',
        'Henrik',
        'Maja',
      ),
      family: latin(
        'Jensen',
        'Nielsen',
        'Sørensen',
        'Lindqvist',
        'Åberg',
        'Halvorsen',
        'Dahl',
        'Berg',
      ),
    },
  },
  {
    weight: 6,
    culture: {
      given: latin(
        'François',
        'Élodie',
        'Hélène',
        'Jérôme',
        'Camille',
        'Théo',
        'Chloé',
        'Benoît',
        'Amélie',
        'Loïc',
      ),
      family: latin(
        'Dubois',
        'Lefèvre',
        'Martin',
        'Moreau',
        'Girard',
        'Rousseau',
        'Mercier',
        'Fournier',
      ),
    },
  },
  {
    weight: 6,
    culture: {
      given: latin(
        'José',
        'María',
        'Beatriz',
        'João',
        'Lucía',
        'Sebastián',
        'Inês',
        'Álvaro',
        'Carmen',
        'Tiago',
      ),
      family: latin(
        'García',
        'Rodríguez',
        'Silva',
        'Gonçalves',
        'Núñez',
        'Ferreira',
        'Ortega',
        'Castillo',
      ),
    },
  },
  {
    weight: 5,
    culture: {
      given: latin(
        'Łukasz',
        'Zofia',
        'Michał',
        'Agnieszka',
        'Tomáš',
        'Kateřina',
        'Piotr',
        'Małgorzata',
      ),
      family: latin('Kowalczyk', 'Nowak', 'Dvořák', 'Wójcik', 'Novák', 'Lewandowski', 'Horák'),
    },
  },
  {
    weight: 3,
    culture: {
      given: latin('Ayşe', 'Mehmet', 'Elif', 'Emre', 'Zeynep', 'Burak', 'Selin'),
      family: latin('Öztürk', 'Yılmaz', 'Kaya', 'Demir', 'Çelik'),
    },
  },
  {
    weight: 3,
    culture: {
      given: latin('Sanne', 'Daan', 'Femke', 'Joris', 'Bram', 'Lotte', 'Thijs'),
      family: latin(
        'van der Berg',
        'de Vries',
        'Jansen',
        'van Dijk',
        'Bakker',
        'Visser',
        'de Jong',
      ),
    },
  },
  {
    weight: 6,
    culture: {
      given: latin(
        'Priya',
        'Arjun',
        'Ananya',
        'Rohan',
        'Kavya',
        'Vikram',
        'Meera',
        'Aditya',
        'Sanjay',
        'Divya',
      ),
      family: latin('Patel', 'Sharma', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Mehta', 'Chopra', 'Rao'),
    },
  },
  {
    weight: 3,
    culture: {
      given: [
        ['Марія', 'mariia'],
        ['Дмитро', 'dmytro'],
        ['Олена', 'olena'],
        ['Андрій', 'andrii'],
        ['Ірина', 'iryna'],
        ['Тарас', 'taras'],
      ],
      family: [
        ['Шевченко', 'shevchenko'],
        ['Бондаренко', 'bondarenko'],
        ['Коваленко', 'kovalenko'],
        ['Мельник', 'melnyk'],
        ['Ткаченко', 'tkachenko'],
      ],
    },
  },
  {
    weight: 3,
    culture: {
      given: [
        ['محمد', 'mohammed'],
        ['فاطمة', 'fatima'],
        ['عمر', 'omar'],
        ['ليلى', 'layla'],
        ['يوسف', 'youssef'],
        ['نور', 'nour'],
      ],
      family: [
        ['حداد', 'haddad'],
        ['منصور', 'mansour'],
        ['الخطيب', 'alkhatib'],
        ['سعيد', 'saeed'],
      ],
    },
  },
  {
    weight: 4,
    culture: {
      given: [
        ['芳', 'fang'],
        ['伟', 'wei'],
        ['静', 'jing'],
        ['磊', 'lei'],
        ['晓明', 'xiaoming'],
        ['嘉怡', 'jiayi'],
        ['子涵', 'zihan'],
      ],
      family: [
        ['王', 'wang'],
        ['李', 'li'],
        ['张', 'zhang'],
        ['陈', 'chen'],
        ['刘', 'liu'],
        ['黄', 'huang'],
      ],
      familyFirst: true,
      joined: true,
    },
  },
  {
    weight: 3,
    culture: {
      given: [
        ['結衣', 'yui'],
        ['翔', 'sho'],
        ['美咲', 'misaki'],
        ['健', 'ken'],
        ['大輔', 'daisuke'],
        ['さくら', 'sakura'],
      ],
      family: [
        ['田中', 'tanaka'],
        ['佐藤', 'sato'],
        ['鈴木', 'suzuki'],
        ['高橋', 'takahashi'],
      ],
      familyFirst: true,
    },
  },
  {
    weight: 2,
    culture: {
      given: [
        ['민준', 'minjun'],
        ['서연', 'seoyeon'],
        ['지호', 'jiho'],
        ['하은', 'haeun'],
      ],
      family: [
        ['김', 'kim'],
        ['이', 'lee'],
        ['박', 'park'],
      ],
      familyFirst: true,
      joined: true,
    },
  },
  {
    weight: 2,
    culture: {
      given: latin('Linh', 'Minh', 'Thảo', 'Quang', 'Hương'),
      family: latin('Nguyễn', 'Trần', 'Phạm', 'Lê'),
      familyFirst: true,
    },
  },
];

const WEIGHTS = CULTURES.map((c) => c.weight);

/** "Jürgen" → "juergen", "Łukasz" → "lukasz", "O'Brien" → "obrien": letters and digits only. */
export function transliterate(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) out += SPECIAL[ch] ?? ch;
  return out
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

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
