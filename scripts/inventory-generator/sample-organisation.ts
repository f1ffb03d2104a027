import { personPool, type PersonName } from './names.ts';
import {
  GB,
  aliasKeeper,
  sizeAndItems,
  type GeneratedMailbox,
  type GeneratedPermission,
  type GeneratedType,
} from './organisation.ts';
import { seededRandom, type Random } from './random.ts';

/**
 * Fabrikam, a fictional 1,200-mailbox company on Exchange Server 2016: six offices, ten
 * departments, an executive team with assistants, team mailboxes, meeting rooms and pool
 * equipment, a few very large mailboxes and archives. The newcomer's sample: real enough
 * that every page of the planner has something to show, and every figure traceable here.
 */
export const SAMPLE = {
  name: 'Fabrikam',
  domain: 'fabrikam.com',
  /** The NetBIOS domain, as `DOMAIN\account` identities print it. */
  netbios: 'FABRIKAM',
  /** The Active Directory domain, as canonical names (`corp.fabrikam.com/Fabrikam/…`) print it. */
  adDomain: 'corp.fabrikam.com',
  seed: 2027,
} as const;

type Office = { name: string; code: string; weight: number; rooms: number; databases: number };

const OFFICES: readonly Office[] = [
  { name: 'London', code: 'LON', weight: 44, rooms: 14, databases: 4 },
  { name: 'Manchester', code: 'MAN', weight: 20, rooms: 8, databases: 2 },
  { name: 'Edinburgh', code: 'EDI', weight: 10, rooms: 5, databases: 1 },
  { name: 'Dublin', code: 'DUB', weight: 10, rooms: 5, databases: 1 },
  { name: 'Amsterdam', code: 'AMS', weight: 9, rooms: 4, databases: 1 },
  { name: 'Berlin', code: 'BER', weight: 7, rooms: 4, databases: 1 },
];

const DEPARTMENTS = [
  ['Sales', 17],
  ['Customer Service', 14],
  ['Engineering', 16],
  ['Operations', 12],
  ['Finance', 9],
  ['Marketing', 7],
  ['IT', 6],
  ['HR', 5],
  ['Legal', 4],
  ['Facilities', 3],
] as const;

/** The executive team: title, and the size of the mailbox (GB) and archive (GB, or null). */
const EXECUTIVES: readonly [string, number, number | null][] = [
  ['Chief Executive Officer', 118.4, 62.1],
  ['Chief Financial Officer', 86.2, 31.5],
  ['General Counsel', 96.7, 44.0],
  ['Sales Director', 71.3, null],
  ['Head of Engineering', 57.9, 12.4],
  ['Chief Operating Officer', 24.8, 8.2],
  ['Chief Technology Officer', 18.3, null],
  ['Chief Marketing Officer', 14.6, null],
  ['Chief People Officer', 11.9, 5.3],
];
const ASSISTANTS = 6;
const PEOPLE = 1090;

/** Team mailboxes: alias, display name, department, and the office when it serves one. */
const SHARED: readonly [string, string, string, string?][] = [
  ['info', 'Fabrikam Info', 'Marketing'],
  ['press', 'Press Office', 'Marketing'],
  ['events', 'Events', 'Marketing'],
  ['marketing', 'Marketing Team', 'Marketing'],
  ['careers', 'Careers', 'HR'],
  ['recruitment', 'Recruitment', 'HR'],
  ['hr', 'HR Team', 'HR'],
  ['payroll', 'Payroll', 'HR'],
  ['accounts.payable', 'Accounts Payable', 'Finance'],
  ['accounts.receivable', 'Accounts Receivable', 'Finance'],
  ['finance', 'Finance Team', 'Finance'],
  ['procurement', 'Procurement', 'Finance'],
  ['expenses', 'Expenses', 'Finance'],
  ['legal', 'Legal Team', 'Legal'],
  ['contracts', 'Contracts', 'Legal'],
  ['compliance', 'Compliance', 'Legal'],
  ['it.helpdesk', 'IT Helpdesk', 'IT'],
  ['it.alerts', 'IT Alerts', 'IT'],
  ['it.licensing', 'IT Licensing', 'IT'],
  ['sales', 'Sales', 'Sales'],
  ['tenders', 'Tenders', 'Sales'],
  ['partners', 'Partner Desk', 'Sales'],
  ['support', 'Customer Support', 'Customer Service'],
  ['orders', 'Orders', 'Customer Service'],
  ['returns', 'Returns', 'Customer Service'],
  ['complaints', 'Complaints', 'Customer Service'],
  ['operations', 'Operations', 'Operations'],
  ['logistics', 'Logistics', 'Operations'],
  ['suppliers', 'Supplier Desk', 'Operations'],
  ['quality', 'Quality', 'Operations'],
  ['facilities', 'Facilities', 'Facilities'],
  ['board', 'Board Office', 'Executive'],
  ['ceo.office', 'Office of the CEO', 'Executive'],
  ['engineering', 'Engineering Team', 'Engineering'],
  ['release', 'Release Management', 'Engineering'],
  ['security', 'Security Reports', 'Engineering'],
  ['project.atlas', 'Project Atlas', 'Engineering'],
  ['project.beacon', 'Project Beacon', 'Engineering'],
  ['project.cobalt', 'Project Cobalt', 'Operations'],
  ['project.delta', 'Project Delta', 'Sales'],
  ['training', 'Training', 'HR'],
  ['wellbeing', 'Wellbeing', 'HR'],
  ['newsletter', 'Newsletter', 'Marketing'],
  ['social', 'Social Club', 'HR'],
  ...OFFICES.flatMap((o): [string, string, string, string][] => [
    [`reception.${o.code.toLowerCase()}`, `Reception ${o.name}`, 'Facilities', o.name],
    [`sales.${o.code.toLowerCase()}`, `Sales ${o.name}`, 'Sales', o.name],
    [`support.${o.code.toLowerCase()}`, `Support ${o.name}`, 'Customer Service', o.name],
  ]),
];

const EQUIPMENT: readonly [string, string][] = [
  ['Pool Car 1', 'LON'],
  ['Pool Car 2', 'LON'],
  ['Pool Car', 'MAN'],
  ['Van', 'DUB'],
  ['Projector 1', 'LON'],
  ['Projector 2', 'LON'],
  ['Projector', 'AMS'],
  ['Video Kit', 'EDI'],
];

/** Grantees that are no mailbox, as real exports hold them: groups, a deleted account. */
const ORPHAN_GRANTS: readonly [string, string][] = [
  ['accounts.payable', `${SAMPLE.netbios}\\AP Clerks`],
  ['it.helpdesk', `${SAMPLE.netbios}\\Service Desk`],
  ['hr', 'S-1-5-21-3623811015-3361044348-30300820-1187'],
];

export type SampleMailbox = GeneratedMailbox & {
  /** Where the account sits in Active Directory, as canonical names print it. */
  container: string;
  /** The title, for people; '' otherwise. */
  title: string;
};

export type SampleOrganisation = {
  mailboxes: SampleMailbox[];
  permissions: GeneratedPermission[];
};

function databaseOf(rnd: Random, office: Office): string {
  return `${office.code}-DB${String(rnd.int(1, office.databases)).padStart(2, '0')}`;
}

/** The sample organisation; the same on every run. */
export function sampleOrganisation(): SampleOrganisation {
  const rnd = seededRandom(SAMPLE.seed);
  const alias = aliasKeeper();
  const names = new Set<string>();
  const mailboxes: SampleMailbox[] = [];
  const officeWeights = OFFICES.map((o) => o.weight);
  const london = OFFICES[0] as Office;
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
  const person = (
    department: string,
    office: Office,
    title: string,
    size: { sizeBytes: number; itemCount: number },
    archiveBytes: number | null,
  ): SampleMailbox => {
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
  };
  const bytes = (gb: number) => Math.round((gb + rnd.uniform(-0.4, 0.4)) * GB);

  for (const [title, gb, archiveGB] of EXECUTIVES) {
    const sizeBytes = bytes(gb);
    mailboxes.push(
      person(
        'Executive',
        london,
        title,
        { sizeBytes, itemCount: Math.floor(sizeBytes / rnd.uniform(60_000, 90_000)) },
        archiveGB === null ? null : bytes(archiveGB),
      ),
    );
  }
  for (let i = 0; i < ASSISTANTS; i++) {
    mailboxes.push(
      person(
        'Executive',
        london,
        'Executive Assistant',
        sizeAndItems(rnd, 4 * GB, 0.6, 30 * GB),
        null,
      ),
    );
  }
  const departments = DEPARTMENTS.map(([d]) => d);
  const departmentWeights = DEPARTMENTS.map(([, w]) => w);
  while (mailboxes.length < PEOPLE) {
    const office = rnd.weighted(OFFICES, officeWeights);
    const department = rnd.weighted(departments, departmentWeights);
    const archive = rnd.chance(0.18) ? sizeAndItems(rnd, 3 * GB, 0.9, 45 * GB).sizeBytes : null;
    mailboxes.push(
      person(department, office, '', sizeAndItems(rnd, 2.8 * GB, 1, 48 * GB), archive),
    );
  }
  // New starters who have not signed in yet: Get-MailboxStatistics returns nothing for them.
  for (const m of rnd.sample(mailboxes.slice(EXECUTIVES.length + ASSISTANTS), 3)) {
    m.sizeBytes = null;
    m.itemCount = null;
    m.archiveBytes = null;
  }
  const largeEngineer = mailboxes.find((m) => m.department === 'Engineering' && m.title === '');
  if (largeEngineer) largeEngineer.sizeBytes = bytes(52.6);

  const resource = (
    type: GeneratedType,
    a: string,
    displayName: string,
    department: string,
    office: Office,
    size: { sizeBytes: number; itemCount: number },
  ): SampleMailbox => {
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
  };
  const officeNamed = (name: string | undefined) => OFFICES.find((o) => o.name === name);
  for (const [a, displayName, department, officeName] of SHARED) {
    const size =
      a === 'accounts.payable'
        ? { sizeBytes: bytes(64.5), itemCount: 811_204 }
        : sizeAndItems(rnd, 1.2 * GB, 1.1, 30 * GB);
    mailboxes.push(
      resource(
        'SharedMailbox',
        a,
        displayName,
        department,
        officeNamed(officeName) ?? london,
        size,
      ),
    );
  }
  for (const office of OFFICES) {
    for (let i = 1; i <= office.rooms; i++) {
      const floor = 1 + Math.floor((i - 1) / 4);
      const room = `${floor}.${String(((i - 1) % 4) + 1).padStart(2, '0')}`;
      const seats = rnd.pick([4, 6, 8, 10, 12, 20]);
      const name = i === 1 ? 'Boardroom' : `Room ${room}`;
      mailboxes.push(
        resource(
          'RoomMailbox',
          `room.${office.code.toLowerCase()}.${i === 1 ? 'boardroom' : room.replace('.', '')}`,
          `${office.code} ${name} (${seats})`,
          '',
          office,
          sizeAndItems(rnd, 120 * 2 ** 20, 0.7, 900 * 2 ** 20),
        ),
      );
    }
  }
  for (const [what, code] of EQUIPMENT) {
    const office = OFFICES.find((o) => o.code === code) ?? london;
    mailboxes.push(
      resource(
        'EquipmentMailbox',
        `equipment.${code.toLowerCase()}.${what.toLowerCase().replaceAll(' ', '')}`,
        `${code} ${what}`,
        '',
        office,
        sizeAndItems(rnd, 20 * 2 ** 20, 0.8, 200 * 2 ** 20),
      ),
    );
  }
  return { mailboxes, permissions: samplePermissions(rnd, mailboxes) };
}

function samplePermissions(rnd: Random, mailboxes: SampleMailbox[]): GeneratedPermission[] {
  const out: GeneratedPermission[] = [];
  const people = mailboxes.filter((m) => m.type === 'UserMailbox');
  const executives = people.filter(
    (m) => m.department === 'Executive' && m.title !== 'Executive Assistant',
  );
  const assistants = people.filter((m) => m.title === 'Executive Assistant');
  const staff = people.filter((m) => m.department !== 'Executive');

  // Each assistant looks after one or two executives: mailbox access and calendar delegate.
  executives.forEach((boss, i) => {
    const helpers = [assistants[i % assistants.length]];
    if (i < 2) helpers.push(assistants[(i + 3) % assistants.length]);
    for (const a of helpers) {
      if (!a) continue;
      out.push({ kind: 'full-access', owner: boss.email, grantee: a.email });
      out.push({
        kind: 'calendar',
        owner: boss.email,
        grantee: a.email,
        rights: 'Editor',
        delegate: true,
      });
    }
    // The executive team reads each other's calendars.
    for (const peer of executives) {
      if (peer !== boss && rnd.chance(0.5)) {
        out.push({
          kind: 'calendar',
          owner: boss.email,
          grantee: peer.email,
          rights: 'Reviewer',
          delegate: false,
        });
      }
    }
  });

  // Team mailboxes: a few people of the department (of the office, where it serves one).
  for (const s of mailboxes.filter((m) => m.type === 'SharedMailbox')) {
    const local = s.alias.includes('.') && /\.(lon|man|edi|dub|ams|ber)$/.test(s.alias);
    const pool = (s.department === 'Executive' ? assistants : staff).filter(
      (u) => u.department === s.department || s.department === 'Executive',
    );
    const candidates = local ? pool.filter((u) => u.office === s.office) : pool;
    const team = rnd.sample(candidates.length > 0 ? candidates : pool, rnd.int(2, 12));
    for (const u of team) {
      out.push({ kind: 'full-access', owner: s.email, grantee: u.email });
      if (rnd.chance(0.5)) out.push({ kind: 'send-as', owner: s.email, grantee: u.email });
    }
  }
  const byAlias = new Map(mailboxes.map((m) => [m.alias, m]));
  for (const [owner, grantee] of ORPHAN_GRANTS) {
    const m = byAlias.get(owner);
    if (m) out.push({ kind: 'full-access', owner: m.email, grantee });
  }

  // One facilities person per office manages its rooms and equipment.
  for (const office of OFFICES) {
    const keeper = staff.find((u) => u.department === 'Facilities' && u.office === office.name);
    if (!keeper) continue;
    for (const r of mailboxes) {
      if ((r.type === 'RoomMailbox' || r.type === 'EquipmentMailbox') && r.office === office.name) {
        out.push({ kind: 'full-access', owner: r.email, grantee: keeper.email });
      }
    }
  }

  // Colleagues who share their calendar with someone in their team.
  const teams = new Map<string, SampleMailbox[]>();
  for (const u of staff) {
    const key = `${u.department}/${u.office}`;
    teams.set(key, [...(teams.get(key) ?? []), u]);
  }
  for (const u of staff) {
    if (!rnd.chance(0.12)) continue;
    const mates = (teams.get(`${u.department}/${u.office}`) ?? []).filter((o) => o !== u);
    if (mates.length === 0) continue;
    const mate = rnd.pick(mates);
    out.push({
      kind: 'calendar',
      owner: u.email,
      grantee: mate.email,
      rights: 'Reviewer',
      delegate: false,
    });
  }
  return out;
}

/** OFFICES' names, for the sample plan's answers and the README. */
export const SAMPLE_OFFICES = OFFICES.map((o) => o.name);
