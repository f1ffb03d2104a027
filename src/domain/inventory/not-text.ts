/**
 * Why a file is not a CSV export, when it plainly is not: an Excel workbook, an Outlook data
 * file, a PDF, or other binary data. Without this, such a file is read as one long garbled
 * header and reported as missing its e-mail column, which sends the admin looking in the
 * wrong place.
 */
export function notTextReason(bytes: Uint8Array, text: string): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const saveAsCsv =
    'In Excel, use File › Save As and choose “CSV UTF-8 (Comma delimited)”, or export the data with the PowerShell commands on this page.';
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    return `This is an Excel workbook (.xlsx) or another ZIP archive, not a CSV file. ${saveAsCsv}`;
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return `This is an Excel 97–2003 workbook (.xls) or another Office document, not a CSV file. ${saveAsCsv}`;
  }
  if (starts(0x21, 0x42, 0x44, 0x4e)) {
    return 'This is an Outlook data file (.pst), not a CSV file. Choose the .csv file that Export-Csv wrote; PST files themselves are moved with the Microsoft 365 Import service, not read here.';
  }
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) {
    return 'This is a PDF, not a CSV file. Export the data with the PowerShell commands on this page.';
  }
  // Text has no NUL characters and few other control characters; binary data has many.
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return NOT_TEXT;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control > sample.length / 20 ? NOT_TEXT : null;
}

const NOT_TEXT =
  'This file is not text, so it cannot be a CSV export. Choose the .csv file that Export-Csv wrote, or export the data with the PowerShell commands on this page.';
