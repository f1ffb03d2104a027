import type { GeneratedPermission } from './organisation.ts';
import type { Random } from './random.ts';
import { OFFICES, ORPHAN_GRANTS } from './sample-company.ts';
import type { SampleMailbox } from './sample-mailbox-maker.ts';

type People = {
  executives: SampleMailbox[];
  assistants: SampleMailbox[];
  /** Everyone outside the executive team. */
  staff: SampleMailbox[];
};

/**
 * Who may open, send as and read whose mailbox and calendar. The parts run in a fixed order,
 * as they draw from `rnd`: changing it changes every committed sample.
 */
export function samplePermissions(rnd: Random, mailboxes: SampleMailbox[]): GeneratedPermission[] {
  const people = mailboxes.filter((m) => m.type === 'UserMailbox');
  const groups: People = {
    executives: people.filter(
      (m) => m.department === 'Executive' && m.title !== 'Executive Assistant',
    ),
    assistants: people.filter((m) => m.title === 'Executive Assistant'),
    staff: people.filter((m) => m.department !== 'Executive'),
  };
  return [
    ...executiveOffice(rnd, groups),
    ...teamMailboxes(rnd, mailboxes, groups),
    ...orphanGrants(mailboxes),
    ...resourceKeepers(mailboxes, groups.staff),
    ...sharedCalendars(rnd, groups.staff),
  ];
}

function executiveOffice(rnd: Random, { executives, assistants }: People): GeneratedPermission[] {
  const out: GeneratedPermission[] = [];
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
  return out;
}

// Team mailboxes: a few people of the department (of the office, where it serves one).
function teamMailboxes(
  rnd: Random,
  mailboxes: SampleMailbox[],
  { assistants, staff }: People,
): GeneratedPermission[] {
  const out: GeneratedPermission[] = [];
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
  return out;
}

function orphanGrants(mailboxes: SampleMailbox[]): GeneratedPermission[] {
  const byAlias = new Map(mailboxes.map((m) => [m.alias, m]));
  return ORPHAN_GRANTS.flatMap(([owner, grantee]): GeneratedPermission[] => {
    const m = byAlias.get(owner);
    return m ? [{ kind: 'full-access', owner: m.email, grantee }] : [];
  });
}

// One facilities person per office manages its rooms and equipment.
function resourceKeepers(
  mailboxes: SampleMailbox[],
  staff: SampleMailbox[],
): GeneratedPermission[] {
  const out: GeneratedPermission[] = [];
  for (const office of OFFICES) {
    const keeper = staff.find((u) => u.department === 'Facilities' && u.office === office.name);
    if (!keeper) continue;
    for (const r of mailboxes) {
      if ((r.type === 'RoomMailbox' || r.type === 'EquipmentMailbox') && r.office === office.name) {
        out.push({ kind: 'full-access', owner: r.email, grantee: keeper.email });
      }
    }
  }
  return out;
}

// Colleagues who share their calendar with someone in their team.
function sharedCalendars(rnd: Random, staff: SampleMailbox[]): GeneratedPermission[] {
  const out: GeneratedPermission[] = [];
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
