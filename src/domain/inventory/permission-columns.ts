import { normalizeHeader } from './column-mapping.ts';

/** Where each part of a permission sits in an export, as column indexes (-1 = absent). */
export type PermissionColumns = {
  owner: number;
  grantee: number;
  rights: number;
  folder: number;
  flags: number;
  inherited: number;
  deny: number;
  /** Index of a GrantSendOnBehalfTo column: each value lists grantees of `owner`. */
  sendOnBehalf: number;
};

// Normalised header names, best first, as the permission cmdlets print them.
const NAMES: Record<keyof PermissionColumns, readonly string[]> = {
  owner: ['identity', 'primarysmtpaddress', 'mailbox', 'owner', 'windowsemailaddress', 'name'],
  grantee: ['user', 'trustee', 'delegate', 'grantee'],
  rights: ['accessrights', 'extendedrights', 'rights'],
  folder: ['foldername', 'folderpath'],
  flags: ['sharingpermissionflags'],
  inherited: ['isinherited'],
  deny: ['deny', 'accesscontroltype'],
  sendOnBehalf: ['grantsendonbehalfto'],
};

export function findPermissionColumns(headers: readonly string[]): PermissionColumns {
  const normal = headers.map(normalizeHeader);
  const find = (names: readonly string[]): number => {
    for (const name of names) {
      const i = normal.indexOf(name);
      if (i >= 0) return i;
    }
    return -1;
  };
  const sendOnBehalf = find(NAMES.sendOnBehalf);
  // Get-Mailbox | Select Name, PrimarySmtpAddress, GrantSendOnBehalfTo: the address names the owner.
  const ownerNames = sendOnBehalf >= 0 ? ['primarysmtpaddress', ...NAMES.owner] : NAMES.owner;
  return {
    owner: find(ownerNames),
    grantee: find(NAMES.grantee),
    rights: find(NAMES.rights),
    folder: find(NAMES.folder),
    flags: find(NAMES.flags),
    inherited: find(NAMES.inherited),
    deny: find(NAMES.deny),
    sendOnBehalf,
  };
}
