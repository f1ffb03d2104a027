import { GB, sizeAndItems } from './organisation.ts';
import type { Random } from './random.ts';
import {
  ASSISTANTS,
  DEPARTMENTS,
  EQUIPMENT,
  EXECUTIVES,
  OFFICES,
  PEOPLE,
  SHARED,
  type Office,
} from './sample-company.ts';
import type { MailboxMaker, SampleMailbox } from './sample-mailbox-maker.ts';

// The draws of `rnd` below run in a fixed order: changing it changes every committed sample.

const london = OFFICES[0] as Office;

/** The executives, their assistants and the staff, with the oddities real exports show. */
export function samplePeople(rnd: Random, make: MailboxMaker): SampleMailbox[] {
  const mailboxes: SampleMailbox[] = [];
  for (const [title, gb, archiveGB] of EXECUTIVES) {
    const sizeBytes = make.bytes(gb);
    mailboxes.push(
      make.person(
        'Executive',
        london,
        title,
        { sizeBytes, itemCount: Math.floor(sizeBytes / rnd.uniform(60_000, 90_000)) },
        archiveGB === null ? null : make.bytes(archiveGB),
      ),
    );
  }
  for (let i = 0; i < ASSISTANTS; i++) {
    mailboxes.push(
      make.person(
        'Executive',
        london,
        'Executive Assistant',
        sizeAndItems(rnd, 4 * GB, 0.6, 30 * GB),
        null,
      ),
    );
  }
  const officeWeights = OFFICES.map((o) => o.weight);
  const departments = DEPARTMENTS.map(([d]) => d);
  const departmentWeights = DEPARTMENTS.map(([, w]) => w);
  while (mailboxes.length < PEOPLE) {
    const office = rnd.weighted(OFFICES, officeWeights);
    const department = rnd.weighted(departments, departmentWeights);
    const archive = rnd.chance(0.18) ? sizeAndItems(rnd, 3 * GB, 0.9, 45 * GB).sizeBytes : null;
    mailboxes.push(
      make.person(department, office, '', sizeAndItems(rnd, 2.8 * GB, 1, 48 * GB), archive),
    );
  }
  // New starters who have not signed in yet: Get-MailboxStatistics returns nothing for them.
  for (const m of rnd.sample(mailboxes.slice(EXECUTIVES.length + ASSISTANTS), 3)) {
    m.sizeBytes = null;
    m.itemCount = null;
    m.archiveBytes = null;
  }
  const largeEngineer = mailboxes.find((m) => m.department === 'Engineering' && m.title === '');
  if (largeEngineer) largeEngineer.sizeBytes = make.bytes(52.6);
  return mailboxes;
}

/** Team mailboxes, then each office's meeting rooms, then the pool equipment. */
export function sampleResources(rnd: Random, make: MailboxMaker): SampleMailbox[] {
  return [
    ...sharedMailboxes(rnd, make),
    ...OFFICES.flatMap((office) => rooms(rnd, make, office)),
    ...equipment(rnd, make),
  ];
}

function sharedMailboxes(rnd: Random, make: MailboxMaker): SampleMailbox[] {
  const officeNamed = (name: string | undefined) => OFFICES.find((o) => o.name === name);
  return SHARED.map(([a, displayName, department, officeName]) => {
    const size =
      a === 'accounts.payable'
        ? { sizeBytes: make.bytes(64.5), itemCount: 811_204 }
        : sizeAndItems(rnd, 1.2 * GB, 1.1, 30 * GB);
    return make.resource(
      'SharedMailbox',
      a,
      displayName,
      department,
      officeNamed(officeName) ?? london,
      size,
    );
  });
}

function rooms(rnd: Random, make: MailboxMaker, office: Office): SampleMailbox[] {
  const out: SampleMailbox[] = [];
  for (let i = 1; i <= office.rooms; i++) {
    const floor = 1 + Math.floor((i - 1) / 4);
    const room = `${floor}.${String(((i - 1) % 4) + 1).padStart(2, '0')}`;
    const seats = rnd.pick([4, 6, 8, 10, 12, 20]);
    const name = i === 1 ? 'Boardroom' : `Room ${room}`;
    out.push(
      make.resource(
        'RoomMailbox',
        `room.${office.code.toLowerCase()}.${i === 1 ? 'boardroom' : room.replace('.', '')}`,
        `${office.code} ${name} (${seats})`,
        '',
        office,
        sizeAndItems(rnd, 120 * 2 ** 20, 0.7, 900 * 2 ** 20),
      ),
    );
  }
  return out;
}

function equipment(rnd: Random, make: MailboxMaker): SampleMailbox[] {
  return EQUIPMENT.map(([what, code]) => {
    const office = OFFICES.find((o) => o.code === code) ?? london;
    return make.resource(
      'EquipmentMailbox',
      `equipment.${code.toLowerCase()}.${what.toLowerCase().replaceAll(' ', '')}`,
      `${code} ${what}`,
      '',
      office,
      sizeAndItems(rnd, 20 * 2 ** 20, 0.8, 200 * 2 ** 20),
    );
  });
}
