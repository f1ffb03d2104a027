import { randomPerson } from './names.ts';
import { seededRandom, type Random } from './random.ts';

export type GeneratedType = 'UserMailbox' | 'SharedMailbox' | 'RoomMailbox' | 'EquipmentMailbox';

export type GeneratedMailbox = {
  displayName: string;
  /** The mailbox's alias: the local part of its address and its account name. */
  alias: string;
  email: string;
  type: GeneratedType;
  /** null for a mailbox nobody has signed in to: Get-MailboxStatistics returns nothing. */
  sizeBytes: number | null;
  itemCount: number | null;
  /** Size of the archive mailbox; null when the mailbox has none. */
  archiveBytes: number | null;
  department: string;
  office: string;
  database: string;
};

/**
 * One right between two mailboxes. `grantee` is a mailbox's address, or, for a grantee that
 * is no mailbox (a security group, a deleted account's SID), the identity as Exchange prints it.
 */
export type GeneratedPermission =
  | { kind: 'full-access' | 'send-as'; owner: string; grantee: string }
  | {
      kind: 'calendar';
      owner: string;
      grantee: string;
      rights: 'Editor' | 'Reviewer';
      delegate: boolean;
    };

export type Organisation = {
  domain: string;
  mailboxes: GeneratedMailbox[];
  permissions: GeneratedPermission[];
};

export const GB = 2 ** 30;

const DEPARTMENTS = [
  'Finance',
  'Sales',
  'Engineering',
  'HR',
  'Legal',
  'Marketing',
  'Operations',
  'IT',
  'Support',
  'Executive',
];
const OFFICES = ['London', 'Berlin', 'New York', 'Singapore', 'São Paulo', 'Sydney', 'Toronto'];
const TYPES: readonly GeneratedType[] = [
  'UserMailbox',
  'SharedMailbox',
  'RoomMailbox',
  'EquipmentMailbox',
];
const PREFIX: Record<GeneratedType, string> = {
  UserMailbox: 'user',
  SharedMailbox: 'shared',
  RoomMailbox: 'room',
  EquipmentMailbox: 'equipment',
};
const TEAM_WORD: Record<GeneratedType, string> = {
  UserMailbox: '',
  SharedMailbox: 'Team',
  RoomMailbox: 'Room',
  EquipmentMailbox: 'Device',
};

export type OrganisationOptions = {
  /** Share of user mailboxes with an archive (0 to 1); none by default. */
  archiveShare?: number;
  domain?: string;
};

/** Keeps aliases unique as Exchange does: `anna.smith`, `anna.smith2`, `anna.smith3`… */
export function aliasKeeper(): (alias: string) => string {
  const used = new Set<string>();
  // The next number to try per alias, so a common name costs one lookup, not one per namesake.
  const next = new Map<string, number>();
  return (alias) => {
    let a = alias;
    let k = next.get(alias) ?? 2;
    while (used.has(a)) a = `${alias}${k++}`;
    next.set(alias, k);
    used.add(a);
    return a;
  };
}

/** A size as a log-normal spread around `medianBytes` gives it, with items to match. */
export function sizeAndItems(
  rnd: Random,
  medianBytes: number,
  sigma: number,
  capBytes: number,
): { sizeBytes: number; itemCount: number } {
  const sizeBytes = Math.floor(Math.min(rnd.logNormal(Math.log(medianBytes), sigma), capBytes));
  return {
    sizeBytes,
    itemCount: Math.max(0, Math.floor(sizeBytes / rnd.uniform(45_000, 120_000))),
  };
}

/**
 * `count` mailboxes of a fictional organisation, with the permissions people hold on them:
 * sizes spread log-normally (median 2.5 GB for people, long tail, a few empty), teams
 * sharing mailboxes, executives with assistants. Any size; the same seed, the same result.
 */
export function generateOrganisation(
  count: number,
  seed: number,
  options: OrganisationOptions = {},
): Organisation {
  const rnd = seededRandom(seed);
  const domain = options.domain ?? 'contoso.com';
  const unique = aliasKeeper();
  const mailboxes: GeneratedMailbox[] = [];
  for (let i = 0; i < count; i++) {
    const person = randomPerson(rnd);
    const type = rnd.weighted(TYPES, [88, 8, 3, 1]);
    const user = type === 'UserMailbox';
    const department = rnd.pick(DEPARTMENTS);
    const alias = unique(user ? person.alias : `${PREFIX[type]}${i}`);
    const median = (user ? 2.5 : 0.4) * GB;
    let { sizeBytes, itemCount } = sizeAndItems(rnd, median, 1.1, 95 * GB);
    if (rnd.chance(0.01)) [sizeBytes, itemCount] = [0, 0];
    const displayName = user
      ? rnd.chance(0.3) && person.familyCommaGiven
        ? person.familyCommaGiven
        : person.displayName
      : `${TEAM_WORD[type]} ${department} ${i}`;
    const archive = user && rnd.chance(options.archiveShare ?? 0);
    mailboxes.push({
      displayName,
      alias,
      email: `${alias}@${domain}`,
      type,
      sizeBytes,
      itemCount,
      archiveBytes: archive ? sizeAndItems(rnd, 2 * GB, 1, 45 * GB).sizeBytes : null,
      department,
      office: rnd.pick(OFFICES),
      database: `DB${String(rnd.int(1, 6)).padStart(2, '0')}`,
    });
  }
  return { domain, mailboxes, permissions: teamPermissions(rnd, mailboxes) };
}

function teamPermissions(rnd: Random, mailboxes: GeneratedMailbox[]): GeneratedPermission[] {
  const users = mailboxes.filter((m) => m.type === 'UserMailbox');
  const others = mailboxes.filter((m) => m.type !== 'UserMailbox');
  const out: GeneratedPermission[] = [];
  if (users.length === 0) return out;
  // Each shared mailbox, room or device is used by a few people of its department.
  for (const s of others) {
    const team = rnd
      .sample(users, 40)
      .filter((u) => u.department === s.department)
      .slice(0, rnd.int(1, 6));
    for (const u of team) out.push({ kind: 'full-access', owner: s.email, grantee: u.email });
  }
  // Executives and their assistants.
  for (const boss of rnd.sample(users, Math.max(1, Math.floor(users.length / 50)))) {
    for (const a of rnd.sample(users, rnd.int(1, 2))) {
      if (a === boss) continue;
      out.push({ kind: 'full-access', owner: boss.email, grantee: a.email });
      out.push({
        kind: 'calendar',
        owner: boss.email,
        grantee: a.email,
        rights: 'Editor',
        delegate: true,
      });
    }
  }
  return out;
}
