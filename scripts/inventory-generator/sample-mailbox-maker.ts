import { personPool, type PersonName } from './names.ts';
import { GB, aliasKeeper, type GeneratedMailbox, type GeneratedType } from './organisation.ts';
import type { Random } from './random.ts';
import { SAMPLE, type Office } from './sample-company.ts';

export type SampleMailbox = GeneratedMailbox & {
  /** Where the account sits in Active Directory, as canonical names print it. */
  container: string;
  /** The title, for people; '' otherwise. */
  title: string;
};

type SizeAndItems = { sizeBytes: number; itemCount: number };

/** Writes the sample's mailboxes: unique aliases and display names, a database of the office. */
export type MailboxMaker = {
  person(
    department: string,
    office: Office,
    title: string,
    size: SizeAndItems,
    archiveBytes: number | null,
  ): SampleMailbox;
  resource(
    type: GeneratedType,
    alias: string,
    displayName: string,
    department: string,
    office: Office,
    size: SizeAndItems,
  ): SampleMailbox;
  /** About `gb` gigabytes (±0.4), in bytes. */
  bytes(gb: number): number;
};

function databaseOf(rnd: Random, office: Office): string {
  return `${office.code}-DB${String(rnd.int(1, office.databases)).padStart(2, '0')}`;
}

/** Made before any other draw of `rnd`: the person pool shuffles its names as it starts. */
export function mailboxMaker(rnd: Random): MailboxMaker {
  const alias = aliasKeeper();
  const names = new Set<string>();
  const nextPerson = personPool(rnd);

  // Display names are unique, as a directory admin keeps them: a namesake gets an initial.
  const uniqueName = (p: PersonName): string => {
    let name = p.displayName;
    for (let i = 0; names.has(name); i++) {
      const initial = String.fromCharCode(65 + ((i * 7 + name.length) % 26));
      const [given, ...rest] = p.displayName.split(' ');
      name =
        rest.length > 0 ? `${given} ${initial}. ${rest.join(' ')}` : `${p.displayName} ${i + 2}`;
    }
    names.add(name);
    return name;
  };
  return {
    person(department, office, title, size, archiveBytes) {
      const p = nextPerson();
      const a = alias(p.alias);
      return {
        displayName: uniqueName(p),
        alias: a,
        email: `${a}@${SAMPLE.domain}`,
        type: 'UserMailbox',
        ...size,
        archiveBytes,
        department,
        office: office.name,
        database: databaseOf(rnd, office),
        container: `${office.name}/Users`,
        title,
      };
    },
    resource(type, a, displayName, department, office, size) {
      const unique = alias(a);
      names.add(displayName);
      return {
        displayName,
        alias: unique,
        email: `${unique}@${SAMPLE.domain}`,
        type,
        ...size,
        archiveBytes: null,
        department,
        office: office.name,
        database: databaseOf(rnd, office),
        container: `${office.name}/${type === 'SharedMailbox' ? 'Shared Mailboxes' : 'Resources'}`,
        title: '',
      };
    },
    bytes: (gb) => Math.round((gb + rnd.uniform(-0.4, 0.4)) * GB),
  };
}
