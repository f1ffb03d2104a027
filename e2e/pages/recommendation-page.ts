import type { Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

/** The recommendation as a user reads it, and the choice of another eligible method. */
export class RecommendationPage {
  constructor(private readonly page: Page) {}

  async expectRecommended(method: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name: method })).toBeVisible();
  }

  /** Chooses another method; the page asks why before it records the choice. */
  async chooseMethod(method: RegExp, reason: string): Promise<void> {
    await this.page.getByRole('radio', { name: method }).check();
    await this.page.getByRole('button', { name: 'Use this method' }).click();
    await expect(this.page.getByText('Say why this plan follows another method')).toBeVisible();
    await this.page.getByLabel('Why this method instead of the recommended one?').fill(reason);
    await this.page.getByRole('button', { name: 'Use this method' }).click();
  }
}
