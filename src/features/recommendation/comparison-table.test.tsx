import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparisonTable } from './comparison-table.tsx';

describe('ComparisonTable', () => {
  it('shows one column per eligible method and the traits that tell them apart', () => {
    render(<ComparisonTable methods={['cutover', 'full-hybrid']} />);
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Trait', 'Cutover migration', 'Full hybrid']);
    const profileRow = within(table).getByRole('row', { name: /New Outlook profile/ });
    const cells = within(profileRow)
      .getAllByRole('cell')
      .map((c) => c.textContent?.replace(/Source:.*/, ''));
    expect(cells[0]).toMatch(/^Yes/);
    expect(cells[1]).toMatch(/^No/);
    const freeBusy = within(table).getByRole('row', { name: /Shared free\/busy/ });
    expect(within(freeBusy).getAllByRole('cell')[1]?.textContent).toMatch(/^Yes/);
  });

  it('never says "Not documented": a figure, or the assumption the plan uses', () => {
    render(<ComparisonTable methods={['cutover', 'minimal-hybrid', 'pst-import-network']} />);
    const table = screen.getByRole('table');
    expect(table.textContent).not.toMatch(/not documented/i);
    const rules = within(table).getByRole('row', { name: /Inbox rules/ });
    expect(within(rules).getAllByRole('cell')[0]?.textContent).toMatch(
      /^No published figureWe assume/,
    );
  });

  it('links each documented trait to its source page', () => {
    render(<ComparisonTable methods={['imap']} />);
    const links = screen.getAllByRole('link', { name: /^Source:/ });
    expect(links.length).toBeGreaterThan(3);
    for (const l of links) expect(l.getAttribute('href')).toMatch(/^https:\/\//);
  });
});
