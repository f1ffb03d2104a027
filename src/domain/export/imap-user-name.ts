/**
 * How the IMAP source server expects each user's login in the UserName column
 * (reference §3.3, "CSV files for IMAP migration batches"). The admin formats let one
 * super-user account open every mailbox; its password then goes in every row.
 */
export type ImapUserNameFormat =
  | { kind: 'email' }
  | { kind: 'local-part' }
  /** `contoso\terry.adams` */
  | { kind: 'domain-user'; domain: string }
  /** Exchange IMAP with an admin: `contoso-students/mailadmin/terry.adams` */
  | { kind: 'exchange-admin'; domain: string; admin: string }
  /** Dovecot SASL master user: `terry.adams*mailadmin` (the separator is configurable). */
  | { kind: 'dovecot-admin'; admin: string; separator?: string }
  /** Mirapoint: `#terry.adams@contoso-students.edu#mailadmin#` */
  | { kind: 'mirapoint-admin'; admin: string };

export function localPart(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at);
}

/**
 * The source login for one mailbox. The user part is the address's local part: when the
 * source server's logins differ from the addresses, the admin edits the column before upload.
 */
export function imapUserName(email: string, format: ImapUserNameFormat): string {
  const user = localPart(email);
  switch (format.kind) {
    case 'email':
      return email;
    case 'local-part':
      return user;
    case 'domain-user':
      return `${format.domain}\\${user}`;
    case 'exchange-admin':
      return `${format.domain}/${format.admin}/${user}`;
    case 'dovecot-admin':
      return `${user}${format.separator ?? '*'}${format.admin}`;
    case 'mirapoint-admin':
      return `#${email}#${format.admin}#`;
  }
}
