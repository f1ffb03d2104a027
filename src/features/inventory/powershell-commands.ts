/** The exports this page reads, as an admin runs them. Column names match what it recognises. */
export type ExportCommand = { title: string; note: string; code: string };

export const MAILBOX_COMMANDS: readonly ExportCommand[] = [
  {
    title: 'Mailboxes with their sizes',
    note: 'Exchange Management Shell (Exchange 2013 or later) or Exchange Online PowerShell after Connect-ExchangeOnline. Get-MailboxStatistics has no address or type, so they come from Get-Mailbox; the archive size is read only for mailboxes that have an archive.',
    code: `Get-Mailbox -ResultSize Unlimited | ForEach-Object {
  $stats = Get-MailboxStatistics -Identity $_.Identity
  $archive = if ($_.ArchiveGuid -ne [guid]::Empty) {
    Get-MailboxStatistics -Identity $_.Identity -Archive -ErrorAction SilentlyContinue
  }
  [pscustomobject]@{
    DisplayName          = $_.DisplayName
    PrimarySmtpAddress   = $_.PrimarySmtpAddress
    RecipientTypeDetails = $_.RecipientTypeDetails
    TotalItemSize        = $stats.TotalItemSize
    ItemCount            = $stats.ItemCount
    Department           = (Get-User -Identity $_.Identity).Department
    Office               = $_.Office
    Database             = $_.Database
    TotalArchiveSize     = $archive.TotalItemSize
  }
} | Export-Csv -Path mailboxes.csv -NoTypeInformation -Encoding UTF8`,
  },
];

export const PERMISSION_COMMANDS: readonly ExportCommand[] = [
  {
    title: 'Full Access',
    note: 'Exchange Server or Exchange Online.',
    code: `Get-Mailbox -ResultSize Unlimited | Get-MailboxPermission |
  Where-Object { -not $_.IsInherited -and $_.User -notlike 'NT AUTHORITY\\*' } |
  Select-Object Identity, User, @{n='AccessRights'; e={$_.AccessRights -join ','}} |
  Export-Csv -Path full-access.csv -NoTypeInformation -Encoding UTF8`,
  },
  {
    title: 'Send As',
    note: 'Exchange Online: Get-RecipientPermission. On Exchange Server, Send As is an Active Directory right: use Get-ADPermission instead (second command).',
    code: `Get-Mailbox -ResultSize Unlimited | Get-RecipientPermission |
  Where-Object { $_.Trustee -notlike 'NT AUTHORITY\\*' } |
  Select-Object Identity, Trustee, @{n='AccessRights'; e={$_.AccessRights -join ','}} |
  Export-Csv -Path send-as.csv -NoTypeInformation -Encoding UTF8

Get-Mailbox -ResultSize Unlimited | Get-ADPermission |
  Where-Object { $_.ExtendedRights -like '*Send-As*' -and -not $_.IsInherited -and $_.User -notlike 'NT AUTHORITY\\*' } |
  Select-Object Identity, User, @{n='ExtendedRights'; e={$_.ExtendedRights -join ','}} |
  Export-Csv -Path send-as.csv -NoTypeInformation -Encoding UTF8`,
  },
  {
    title: 'Calendar delegates',
    note: 'The calendar folder has the mailbox’s language: Kalender, Calendrier… Change :\\Calendar for mailboxes set up in another language. The Identity column is the address the command asked for, so every row names its mailbox the same way. Exchange Server leaves SharingPermissionFlags empty (only Exchange Online has them): Editor on a calendar is then read as a delegate.',
    code: `Get-Mailbox -ResultSize Unlimited | ForEach-Object {
  $calendar = "$($_.PrimarySmtpAddress):\\Calendar"
  Get-MailboxFolderPermission -Identity $calendar -ErrorAction SilentlyContinue |
    Select-Object @{n='Identity'; e={$calendar}}, FolderName, User,
      @{n='AccessRights'; e={$_.AccessRights -join ','}},
      @{n='SharingPermissionFlags'; e={$_.SharingPermissionFlags -join ','}}
} | Export-Csv -Path calendar.csv -NoTypeInformation -Encoding UTF8`,
  },
];
