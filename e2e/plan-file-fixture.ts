import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { parseImportFile } from '../src/domain/inventory/parse-import-file.ts';
import type { MigrationMethod } from '../src/domain/methods/method-list.ts';
import { newPlan, type PlanInputs, type ProfileDraft } from '../src/domain/plan/plan.ts';
import { serializePlanFile, type PlanFileInventory } from '../src/domain/plan/plan-file.ts';
import { WIZARD_STEPS } from '../src/domain/profile/wizard-steps.ts';
import { expect } from './fixtures.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Sample exports the tests import, inside the repository. */
export const FIXTURES = path.resolve(here, '../src/testing/fixtures');

/** A complete wizard profile: an Exchange 2016 organisation the size of the sample inventory. */
export function sampleProfile(overrides: ProfileDraft = {}): ProfileDraft {
  return {
    organisation: { name: 'Contoso' },
    country: 'GB',
    source: { kind: 'exchange', version: '2016' },
    mailboxCount: 2000,
    totalDataGB: 6000,
    hasPst: false,
    deadlineWeeks: 12,
    timing: { window: 'evenings-weekends' },
    needs: { freeBusy: true, calendarAndContacts: true, singleGal: false },
    directorySync: 'keep',
    bandwidthMbps: 500,
    enterpriseAgreement: false,
    ...overrides,
  };
}

/** Parses the sample inventory and permissions with the app's own domain code. */
export function sampleInventory(
  mailboxFile = 'mailboxes-2000-ps7.csv',
  permissionFile: string | null = 'permissions-2000.csv',
): PlanFileInventory {
  const m = parseImportFile('mailboxes', readFileSync(path.join(FIXTURES, mailboxFile)), {
    fileName: mailboxFile,
  });
  if (m.kind !== 'mailboxes') throw new Error('unexpected parse result');
  let permissions: PlanFileInventory['permissions'] = [];
  let permissionProblems: PlanFileInventory['permissionProblems'] = [];
  if (permissionFile) {
    const p = parseImportFile('permissions', readFileSync(path.join(FIXTURES, permissionFile)), {
      fileName: permissionFile,
    });
    if (p.kind !== 'permissions') throw new Error('unexpected parse result');
    permissions = p.result.permissions;
    permissionProblems = p.result.problems;
  }
  return {
    mailboxes: m.result.mailboxes,
    mailboxProblems: m.result.problems,
    permissions,
    permissionProblems,
  };
}

/**
 * Opens a plan with answers, a chosen method and the sample inventory through the app's
 * "Open a plan file" button, as a colleague's shared plan would arrive. Returns the plan URL.
 */
export async function openSamplePlan(
  page: Page,
  options: {
    name?: string;
    method?: MigrationMethod;
    profile?: ProfileDraft;
    inventory?: PlanFileInventory | null;
  } = {},
): Promise<string> {
  const inventory = options.inventory === undefined ? sampleInventory() : options.inventory;
  const base = newPlan('sample-plan', options.name ?? 'Sample plan', '2026-03-02T09:00:00.000Z');
  const plan: PlanInputs = {
    ...base,
    profile: options.profile ?? sampleProfile(),
    wizard: { committedSteps: WIZARD_STEPS.map((s) => s.id) },
    choice: options.method ? { method: options.method, reason: 'Chosen for this test' } : null,
  };
  if (inventory) {
    plan.inventory.mailboxFile = {
      name: 'mailboxes.csv',
      importedAt: base.createdAt,
      rows: inventory.mailboxes.length,
      accepted: inventory.mailboxes.length,
      errors: 0,
      warnings: 0,
    };
  }
  const text = serializePlanFile({ plan, inventory }, base.createdAt);
  await page.goto('/');
  await page.getByLabel('Plan file').setInputFiles({
    name: 'sample.plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page).toHaveURL(/\/recommendation$/);
  return new URL(page.url()).pathname.replace(/\/recommendation$/, '');
}
