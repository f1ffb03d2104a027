import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { FIXTURES } from './plan-file-fixture.ts';

const fixture = (name: string) => path.join(FIXTURES, name);

async function openInventory(page: Page, planName: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Plan name').fill(planName);
  await page.getByRole('button', { name: 'Create plan' }).click();
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('link', { name: /^Inventory/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inventory');
}

const mailboxInput = (page: Page) => page.getByLabel('Mailbox inventory file (.csv)');
const stat = (page: Page, region: string, term: string) =>
  page.getByRole('region', { name: region }).locator('dt', { hasText: term }).locator('+ dd');

async function confirmReplace(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Replace the mailbox inventory?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace' }).click();
}

test('imports PowerShell and Excel exports, reports a bad row by its number, keeps it all after a reload', async ({
  page,
  foreignRequests,
}) => {
  await openInventory(page, 'Inventory journey');
  await expect(page.getByText('No inventory yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Windows PowerShell 5.1: #TYPE line, every field quoted, ASCII with “?” for ü.
  await mailboxInput(page).setInputFiles(fixture('mailboxes-2000-ps5.csv'));
  await expect(page.getByRole('status').filter({ hasText: 'Imported all' })).toHaveText(
    'Imported all 2,000 rows from mailboxes-2000-ps5.csv.',
  );
  const summary = 'Mailbox summary';
  await expect(stat(page, summary, 'Rows read')).toHaveText('2,000');
  await expect(stat(page, summary, 'Accepted')).toHaveText('2,000');
  await expect(stat(page, summary, 'Rejected')).toHaveText('0');
  await expect(stat(page, summary, 'Total size')).toHaveText('8,132.7 GB');
  await expect(stat(page, summary, 'Items')).toHaveText('113,386,742');
  const byType = page.getByRole('table', { name: 'Mailboxes by type' });
  await expect(byType.getByRole('row', { name: /User mailboxes/ })).toContainText('1,756');
  await expect(byType.getByRole('row', { name: /Shared mailboxes/ })).toContainText('170');
  await expect(page.getByRole('region', { name: summary })).toContainText(
    'Dana Haddaddana.haddad3@contoso.com95.0 GB (row 1052)',
  );
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText(
    '654 display name(s) contain “?”',
  );

  // The table: everything there, filtered by any column, sorted by size.
  const table = page.getByRole('table', { name: 'Imported mailboxes' });
  await expect(page.getByText('2,000 mailboxes', { exact: true })).toBeVisible();
  await table.getByRole('button', { name: 'Size (GB)' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('dana.haddad3@contoso.com');
  await expect(table.getByRole('columnheader', { name: 'Size (GB)' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await page.getByLabel('Filter mailboxes').fill('Operations');
  await expect(page.getByText(/^[\d,]+ of 2,000 mailboxes match$/)).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('Operations');
  await page.getByLabel('Filter mailboxes').fill('');
  await expectNoAxeViolations(page);

  // Excel, German: semicolons, BOM, “6,582 GB (7.067.736.661 Bytes)”. Replacing asks first.
  await mailboxInput(page).setInputFiles(fixture('mailboxes-300-excel-de.csv'));
  await expectNoAxeViolations(page);
  await confirmReplace(page);
  await expect(page.getByRole('status').filter({ hasText: 'Imported all' })).toHaveText(
    'Imported all 300 rows from mailboxes-300-excel-de.csv.',
  );
  await expect(stat(page, summary, 'Accepted')).toHaveText('300');
  await expect(stat(page, summary, 'Total size')).toHaveText('1,281.8 GB');
  await expect(stat(page, summary, 'Items')).toHaveText('16,978,570');
  await expect(page.getByRole('region', { name: summary })).toContainText('Müller, Мария');
  await expect(page.getByText('300 mailboxes', { exact: true })).toBeVisible();

  // PowerShell 7 export with an invalid address on line 11.
  const lines = readFileSync(fixture('mailboxes-2000-ps7.csv'), 'utf8').split('\n');
  const badLine = lines[10] ?? '';
  const badAddress = badLine.split(',').find((v) => v.includes('@')) ?? '';
  lines[10] = badLine.replace(badAddress, 'not-an-address');
  await mailboxInput(page).setInputFiles({
    name: 'mailboxes-bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await confirmReplace(page);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported 1,999 of 2,000 rows from mailboxes-bad.csv. 1 row was rejected: see Problems below.',
  );
  const problems = page.getByRole('region', { name: 'Problems' });
  await problems.getByRole('radio', { name: 'Errors (1)' }).check();
  const errorRow = problems.getByRole('row').nth(1);
  await expect(errorRow.getByRole('cell')).toHaveText([
    'Error',
    'mailboxes-bad.csv',
    '11',
    'PrimarySmtpAddress',
    'Address invalid: “not-an-address” is not an e-mail address.',
  ]);
  await expect(stat(page, summary, 'Rejected')).toHaveText('1');

  // A reload finds the inventory where it was: rows, problems, totals.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inventory');
  await expect(stat(page, summary, 'Accepted')).toHaveText('1,999');
  await expect(stat(page, summary, 'Total size')).toHaveText(/GB$/);
  await expect(page.getByText('1,999 mailboxes', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Problems' }).getByRole('cell', { name: /not-an-address/ }),
  ).toBeVisible();
  await expect(page.getByText(/In this plan: mailboxes-bad\.csv/)).toBeVisible();

  // An Excel workbook picked by mistake: named as such, and the plan and its columns stay.
  await mailboxInput(page).setInputFiles({
    name: 'mailboxes.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(600, 7)]),
  });
  await confirmReplace(page);
  const refused = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(refused).toContainText('Nothing was imported from mailboxes.xlsx');
  await expect(refused).toContainText('This is an Excel workbook (.xlsx)');
  await expect(refused).not.toContainText('Missing required column');
  await expect(page.getByText('1,999 mailboxes', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Columns' })).toContainText(
    'found in mailboxes-bad.csv',
  );

  // Permissions: the fixture plus a Send As export naming someone not in the inventory.
  await page.getByLabel('Permission export files (.csv)').setInputFiles([
    {
      name: 'permissions-2000.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(fixture('permissions-2000.csv')),
    },
    {
      name: 'send-as.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Identity,Trustee,AccessRights\r\numa.kowalski@contoso.com,ghost@fabrikam.com,SendAs\r\n',
      ),
    },
  ]);
  const permissions = page.getByRole('region', { name: 'Permission summary' });
  await expect(permissions).toBeVisible();
  await expect(stat(page, 'Permission summary', 'Rows read')).toHaveText('824');
  const byKind = permissions.getByRole('table', { name: 'Permissions by kind' });
  await expect(byKind.getByRole('row', { name: /Full Access/ })).toContainText('769');
  await expect(byKind.getByRole('row', { name: /Calendar delegate/ })).toContainText('54');
  await expect(byKind.getByRole('row', { name: /Send As/ })).toContainText('1');
  await expect(permissions).toContainText(
    '“ghost@fabrikam.com” matches no mailbox in the inventory',
  );
  const linked = /[\d,]+ permissions link two mailboxes of the inventory/;
  await expect(permissions).toContainText(linked);
  const linkedText = (await permissions.textContent())!.match(linked)![0];
  // After a reload the permissions are matched again, in slices, to the same result.
  await page.reload();
  await expect(permissions).toContainText(linkedText);
  await expect(permissions).toContainText('2 name someone who is not in it');
  await expectNoAxeViolations(page);
  expect(foreignRequests).toEqual([]);
});

test('an export with unknown headers gets its columns chosen by hand, remembered for the next one', async ({
  page,
  foreignRequests,
}) => {
  await openInventory(page, 'Mapping journey');
  const csv = (rows: string[]) =>
    Buffer.from(['Login;Full Name;Mailbox Size', ...rows].join('\r\n'));
  await mailboxInput(page).setInputFiles({
    name: 'hr-export.csv',
    mimeType: 'text/csv',
    buffer: csv(['anna@contoso.com;Anna;1 GB (1,073,741,824 bytes)', 'ben@contoso.com;Ben;']),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing was imported from hr-export.csv');
  await expect(page.getByRole('alert')).toContainText('Missing required column');
  const email = page.getByLabel(/^E-mail address/);
  await expect(email).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveValue('Full Name');
  await expectNoAxeViolations(page);
  await email.selectOption('Login');
  await page.getByRole('button', { name: 'Read the file again with these columns' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported all 2 rows from hr-export.csv.',
  );
  await expect(stat(page, 'Mailbox summary', 'Size unknown')).toHaveText('1');

  // After a reload the choice is still there and is used for the next export.
  await page.reload();
  await page.getByText('Columns', { exact: true }).click();
  await expect(page.getByRole('row', { name: /E-mail address/ })).toContainText('Chosen by hand');
  await mailboxInput(page).setInputFiles({
    name: 'hr-export-2.csv',
    mimeType: 'text/csv',
    buffer: csv(['anna@contoso.com;Anna;', 'ben@contoso.com;Ben;', 'chen@contoso.com;Chen;']),
  });
  await confirmReplace(page);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported all 3 rows from hr-export-2.csv.',
  );
  expect(foreignRequests).toEqual([]);
});

test('a large import shows its progress and Cancel stops it, keeping the plan as it was', async ({
  page,
  foreignRequests,
}) => {
  await openInventory(page, 'Cancel journey');
  const rows = ['DisplayName,PrimarySmtpAddress,TotalItemSize'];
  for (let i = 0; i < 150_000; i++) {
    rows.push(`User ${i},user${i}@contoso.com,"1.5 GB (1,610,612,736 bytes)"`);
  }
  await mailboxInput(page).setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\r\n')),
  });
  const progress = page.getByRole('progressbar', { name: 'Importing big.csv' });
  await expect(progress).toBeVisible();
  await expect(page.getByText(/about 15\d,\d{3} rows|rows checked|rows received/)).toBeVisible();
  // Keyboard: the Cancel button is reachable and works with Enter.
  await page.getByRole('button', { name: 'Cancel import' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'cancelled' })).toHaveText(
    'The import of big.csv was cancelled. The plan keeps what it had.',
  );
  await expect(progress).toHaveCount(0);
  await expect(page.getByText('No inventory yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No inventory yet.')).toBeVisible();
  expect(foreignRequests).toEqual([]);
});
