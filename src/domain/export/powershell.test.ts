import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHODS } from '../methods/method-list.ts';
import { PILOT, script } from '../../testing/powershell-test-lines.ts';
import { powerShellScript } from './powershell.ts';

describe('powerShellScript batches', () => {
  it('leaves out a malformed date instead of writing it', () => {
    const lines = script('full-hybrid', {
      batches: [{ ...PILOT, startAfterUtc: "2026-03-02'); Remove-Mailbox x; ('" }],
    });
    const batch = lines.find((l) => l.startsWith('New-MigrationBatch'))!;
    expect(batch).not.toMatch(/StartAfter|Remove-Mailbox/);
    expect(batch).toMatch(/-CompleteAfter/);
  });
});

/** A code line with its single-quoted literals removed, read as PowerShell reads them. */
function codeOutsideLiterals(line: string): string {
  const quote = /['\u2018\u2019\u201a\u201b]/;
  let out = '';
  let inside = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (!inside) {
      if (quote.test(ch)) inside = true;
      else out += ch;
    } else if (quote.test(ch)) {
      if (quote.test(line[i + 1] ?? '')) i++;
      else inside = false;
    }
  }
  expect(inside).toBe(false);
  return out;
}

describe('powerShellScript safety', () => {
  it('typed text stays inside comments and single-quoted literals (property)', () => {
    // `§` never occurs in the script's own code, so finding it outside a literal is a breakout.
    const nasty = fc.string({
      unit: fc.constantFrom(
        '§',
        "'",
        '’',
        '‛',
        '"',
        '$',
        '`',
        ';',
        '\n',
        '\r',
        '\u2028',
        '#',
        '(',
        ' ',
      ),
    });
    fc.assert(
      fc.property(nasty, nasty, fc.constantFrom(...METHODS), (name, value, method) => {
        const text = powerShellScript({
          planName: name,
          method,
          generatedAt: name,
          batches: [{ ...PILOT, batchName: name, csvFile: value }],
          pstMappingFiles: [{ path: value, rows: 1 }],
          settings: {
            remoteServer: value,
            adminEmail: value,
            endpointName: name,
            notificationEmails: [value],
            csvFolder: value,
          },
        });
        const body = text.slice(1, -2);
        expect(body).not.toMatch(/\r(?!\n)|(?<!\r)\n|\u2028/);
        for (const line of body.split('\r\n')) {
          if (line.trimStart().startsWith('#')) continue;
          expect(codeOutsideLiterals(line)).not.toContain('§');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds no password and asks for credentials with Get-Credential', () => {
    for (const method of METHODS) {
      const text = powerShellScript({
        planName: 'P',
        method,
        generatedAt: 'now',
        batches: [PILOT],
      });
      expect(text).not.toMatch(/-Password|ConvertTo-SecureString|Pa\$\$|P@ssw0rd/);
      if (/-Credentials \$Credentials/.test(text))
        expect(text).toMatch(/\$Credentials = Get-Credential/);
    }
  });
});
