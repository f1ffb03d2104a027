import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../fixtures.ts';

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
    await this.page.getByRole('button', { name: /^Next/ }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  }
}
