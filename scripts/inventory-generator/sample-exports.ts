import { csvText, encodeText, type CsvDialect } from './csv-text.ts';
import { SAMPLE, sampleOrganisation, type SampleMailbox } from './sample-organisation.ts';
import { mailboxExport } from './style-exports.ts';

export type SampleFile = { name: string; bytes: Uint8Array };

/** Export-Csv -NoTypeInformation -Encoding UTF8 in Windows PowerShell 5.1. */
const PS51: CsvDialect = { delimiter: ',', quoteAll: true };
const write = (header: string[], rows: string[][]) =>
  encodeText(csvText(header, rows, PS51), 'utf-8-bom');

/** `corp.fabrikam.com/Fabrikam/London/Users/Anna Smith`: how an ADObjectId Identity prints. */
const canonical = (m: SampleMailbox) =>
  `${SAMPLE.adDomain}/Fabrikam/${m.container}/${m.displayName}`;
/** `FABRIKAM\anna.smith`: how Get-MailboxPermission and Get-ADPermission print a user. */
const account = (m: SampleMailbox) => `${SAMPLE.netbios}\\${m.alias}`;

/**
 * The sample organisation as the planner's own PowerShell commands write it on Exchange
 * Server 2016 (see public/samples/README.md): the mailbox inventory and the three permission
 * exports (Full Access, Send As from Active Directory, calendar folders).
 */
export function sampleFiles(): SampleFile[] {
  const org = sampleOrganisation();
  const byEmail = new Map(org.mailboxes.map((m) => [m.email, m]));
  const mailbox = (email: string) => byEmail.get(email);
  const grantee = (id: string, show: (m: SampleMailbox) => string) => {
    const m = mailbox(id);
    return m ? show(m) : id;
  };

  const fullAccess: string[][] = [];
  const sendAs: string[][] = [];
  const calendarGrants = new Map<string, string[][]>();
  for (const p of org.permissions) {
    const owner = mailbox(p.owner);
    if (!owner) throw new Error(`sample permission on an unknown mailbox ${p.owner}`);
    if (p.kind !== 'calendar') {
      const [rows, right] =
        p.kind === 'full-access' ? [fullAccess, 'FullAccess'] : [sendAs, 'Send-As'];
      rows.push([canonical(owner), grantee(p.grantee, account), right]);
      continue;
    }
    const rows = calendarGrants.get(owner.email) ?? [];
    rows.push([
      `${owner.email}:\\Calendar`,
      'Calendar',
      grantee(p.grantee, (m) => m.displayName),
      p.rights,
      // Exchange Server has no sharing flags (Exchange Online only): the column stays empty.
      '',
    ]);
    calendarGrants.set(owner.email, rows);
  }
  // Get-MailboxFolderPermission lists Default and Anonymous for every calendar, then the grants.
  const calendar: string[][] = [];
  for (const m of org.mailboxes) {
    const id = `${m.email}:\\Calendar`;
    const defaultRights = m.type === 'UserMailbox' ? 'AvailabilityOnly' : 'LimitedDetails';
    calendar.push([id, 'Calendar', 'Default', defaultRights, '']);
    calendar.push([id, 'Calendar', 'Anonymous', 'None', '']);
    calendar.push(...(calendarGrants.get(m.email) ?? []));
  }

  return [
    { name: 'fabrikam-mailboxes.csv', bytes: mailboxExport(org, 'ps5utf8').bytes },
    {
      name: 'fabrikam-full-access.csv',
      bytes: write(['Identity', 'User', 'AccessRights'], fullAccess),
    },
    { name: 'fabrikam-send-as.csv', bytes: write(['Identity', 'User', 'ExtendedRights'], sendAs) },
    {
      name: 'fabrikam-calendar.csv',
      bytes: write(
        ['Identity', 'FolderName', 'User', 'AccessRights', 'SharingPermissionFlags'],
        calendar,
      ),
    },
  ];
}
