import { describe, it, expect } from 'vitest';
import { headerUnit, mapColumns } from './column-mapping.ts';

describe('mapColumns', () => {
  it('recognises the Get-Mailbox / Get-MailboxStatistics headers', () => {
    const headers = [
      'DisplayName',
      'PrimarySmtpAddress',
      'RecipientTypeDetails',
      'TotalItemSize',
      'ItemCount',
      'Department',
      'Office',
      'Database',
      'TotalArchiveSize',
    ];
    expect(mapColumns(headers)).toEqual({
      mapping: {
        displayName: 'DisplayName',
        email: 'PrimarySmtpAddress',
        type: 'RecipientTypeDetails',
        sizeBytes: 'TotalItemSize',
        itemCount: 'ItemCount',
        department: 'Department',
        office: 'Office',
        database: 'Database',
        archiveSizeBytes: 'TotalArchiveSize',
      },
      unmappedRequired: [],
      unmappedRecommended: [],
      unknownOverrides: [],
    });
  });

  it('matches case-insensitively and ignores spaces and punctuation', () => {
    const m = mapColumns(['display name', 'EMAILADDRESS', 'Total_Item_Size', 'archive-size']);
    expect(m.mapping).toEqual({
      displayName: 'display name',
      email: 'EMAILADDRESS',
      sizeBytes: 'Total_Item_Size',
      archiveSizeBytes: 'archive-size',
    });
    expect(m.unmappedRecommended).toEqual(['type']);
  });

  it('prefers PrimarySmtpAddress over WindowsEmailAddress and UserPrincipalName', () => {
    expect(mapColumns(['UserPrincipalName', 'WindowsEmailAddress']).mapping.email).toBe(
      'WindowsEmailAddress',
    );
    expect(
      mapColumns(['UserPrincipalName', 'WindowsEmailAddress', 'PrimarySmtpAddress']).mapping.email,
    ).toBe('PrimarySmtpAddress');
  });

  it('recognises size columns with a unit in the header', () => {
    const m = mapColumns(['Mail', 'TotalItemSize (MB)', 'ArchiveSizeGB']);
    expect(m.mapping.sizeBytes).toBe('TotalItemSize (MB)');
    expect(m.mapping.archiveSizeBytes).toBe('ArchiveSizeGB');
    expect(headerUnit('TotalItemSize (MB)')).toBe(2 ** 20);
    expect(headerUnit('ArchiveSizeGB')).toBe(2 ** 30);
    expect(headerUnit('TotalItemSize')).toBe(1);
  });

  it('lists an unmapped required field', () => {
    const m = mapColumns(['DisplayName', 'Alias']);
    expect(m.unmappedRequired).toEqual(['email']);
  });

  it('applies a hand-made mapping over recognition', () => {
    const m = mapColumns(['Name', 'Login', 'Mailbox GB', 'PrimarySmtpAddress'], {
      email: 'Login',
      sizeBytes: 'Mailbox GB',
    });
    expect(m.mapping.email).toBe('Login');
    expect(m.mapping.sizeBytes).toBe('Mailbox GB');
    expect(m.mapping.displayName).toBe('Name');
    expect(m.unmappedRequired).toEqual([]);
  });

  it('lets the user unmap a recognised column with an empty string', () => {
    const m = mapColumns(['Mail', 'Office'], { office: '' });
    expect(m.mapping.office).toBeUndefined();
  });

  it('reports a hand-made mapping naming a header the file lacks', () => {
    const m = mapColumns(['DisplayName'], { email: 'Login' });
    expect(m.unknownOverrides).toEqual([{ field: 'email', header: 'Login' }]);
    expect(m.unmappedRequired).toEqual(['email']);
  });

  it('does not give one column to two fields', () => {
    const m = mapColumns(['Mail', 'Size'], { archiveSizeBytes: 'Size' });
    expect(m.mapping.archiveSizeBytes).toBe('Size');
    expect(m.mapping.sizeBytes).toBeUndefined();
  });
});
