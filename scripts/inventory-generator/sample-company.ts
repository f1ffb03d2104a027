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

export type Office = {
  name: string;
  code: string;
  weight: number;
  rooms: number;
  databases: number;
};

export const OFFICES: readonly Office[] = [
  { name: 'London', code: 'LON', weight: 44, rooms: 14, databases: 4 },
  { name: 'Manchester', code: 'MAN', weight: 20, rooms: 8, databases: 2 },
  { name: 'Edinburgh', code: 'EDI', weight: 10, rooms: 5, databases: 1 },
  { name: 'Dublin', code: 'DUB', weight: 10, rooms: 5, databases: 1 },
  { name: 'Amsterdam', code: 'AMS', weight: 9, rooms: 4, databases: 1 },
  { name: 'Berlin', code: 'BER', weight: 7, rooms: 4, databases: 1 },
];

export const DEPARTMENTS = [
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
export const EXECUTIVES: readonly [string, number, number | null][] = [
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
export const ASSISTANTS = 6;
/** Mailboxes of people in all, the executives and their assistants included. */
export const PEOPLE = 1090;

/** Team mailboxes: alias, display name, department, and the office when it serves one. */
export const SHARED: readonly [string, string, string, string?][] = [
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

export const EQUIPMENT: readonly [string, string][] = [
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
export const ORPHAN_GRANTS: readonly [string, string][] = [
  ['accounts.payable', `${SAMPLE.netbios}\\AP Clerks`],
  ['it.helpdesk', `${SAMPLE.netbios}\\Service Desk`],
  ['hr', 'S-1-5-21-3623811015-3361044348-30300820-1187'],
];

/** OFFICES' names, for the sample plan's answers and the README. */
export const SAMPLE_OFFICES = OFFICES.map((o) => o.name);
