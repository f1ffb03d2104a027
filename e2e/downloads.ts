import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';

/** poppler prints harmless CID warnings on stderr: keep only the text. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export async function download(
  page: Page,
  testInfo: TestInfo,
  button: RegExp | string,
  name: string,
) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const target = testInfo.outputPath(name);
  await file.saveAs(target);
  return { path: target, suggested: file.suggestedFilename() };
}
