import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, waitForSaved } from '../fixtures.ts';

/** Answers by the option labels the user reads; optional ones are left as they are. */
export type OrganisationAnswers = { name?: string; country: string };
export type SourceAnswers = { source: string; version?: string };
export type SizeAnswers = { mailboxes: string; dataGB: string; pstFiles: 'Yes' | 'No' };
export type TimingAnswers = { weeks: string; window: string };
export type CoexistenceAnswers = {
  /** Only asked when the source is Exchange. */
  freeBusy?: 'Yes' | 'No';
  calendarsAndContacts: 'Yes' | 'No';
  directorySync: string;
};
export type NetworkAnswers = { uploadMbps: string; enterpriseAgreement: 'Yes' | 'No' };

/** The wizard as a user sees it: labelled fields, radio groups by their question, and Next. */
export class WizardPage {
  constructor(private readonly page: Page) {}

  async createPlan(name: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByLabel('Plan name').fill(name);
    await this.page.getByRole('button', { name: 'Create plan' }).click();
    await this.expectStep('Organisation');
  }

  async expectStep(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(title);
  }

  async fill(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  async choose(question: string, option: string): Promise<void> {
    await this.page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: option, exact: true })
      .check();
  }

  async select(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async next(nextTitle: string): Promise<void> {
    await expectNoAxeViolations(this.page);
    await this.submitStep();
    await this.expectStep(nextTitle);
  }

  /** Presses Next without expecting to leave the step (when answers need attention). */
  async submitStep(): Promise<void> {
    await this.page.getByRole('button', { name: /^Next/ }).click();
  }

  /** Reloads once the plan is saved, and expects the wizard back at `title`. */
  async reloadAt(title: string): Promise<void> {
    await waitForSaved(this.page);
    await this.page.reload();
    await this.expectStep(title);
  }

  /** Goes back to an answered step through the step list. */
  async openStep(title: string): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(title) }).click();
    await this.expectStep(title);
  }

  async expectAnswer(label: string, value: string): Promise<void> {
    await expect(this.page.getByLabel(label, { exact: true })).toHaveValue(value);
  }

  async answerOrganisation(a: OrganisationAnswers): Promise<void> {
    if (a.name !== undefined) await this.fill('Organisation name (optional)', a.name);
    await this.fill('Country (two-letter code)', a.country);
  }

  async answerSource(a: SourceAnswers): Promise<void> {
    await this.choose('Where are the mailboxes now?', a.source);
    if (a.version !== undefined) await this.select('Exchange version', a.version);
  }

  async answerSize(a: SizeAnswers): Promise<void> {
    await this.fill('Mailboxes to move', a.mailboxes);
    await this.fill('Total mailbox data', a.dataGB);
    await this.choose('Are there PST files to import?', a.pstFiles);
  }

  async answerTiming(a: TimingAnswers): Promise<void> {
    await this.fill('Weeks until the last mailbox must be moved', a.weeks);
    await this.choose('When may switch-overs happen?', a.window);
  }

  async answerCoexistence(a: CoexistenceAnswers): Promise<void> {
    if (a.freeBusy !== undefined) {
      await this.choose(
        'Must moved and not-yet-moved people see each other’s free/busy?',
        a.freeBusy,
      );
    }
    await this.choose(
      'Must calendars and contacts move too, not only mail?',
      a.calendarsAndContacts,
    );
    await this.choose(
      'Will the organisation keep syncing its directory to Microsoft Entra ID?',
      a.directorySync,
    );
  }

  async answerNetwork(a: NetworkAnswers): Promise<void> {
    await this.fill('Upload bandwidth available for the migration', a.uploadMbps);
    await this.choose(
      'Does the organisation have a Microsoft Enterprise Agreement?',
      a.enterpriseAgreement,
    );
  }
}
