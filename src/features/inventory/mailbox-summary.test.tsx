import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Mailbox } from '../../domain/inventory/mailbox.ts';
import { summarizeInventory } from '../../domain/inventory/summarize-inventory.ts';
import { MailboxSummary } from './mailbox-summary.tsx';

const mailbox = (i: number, sizeBytes: number | null): Mailbox => ({
  row: i + 2,
  displayName: `User ${i}`,
  email: `u${i}@x.test`,
  type: 'UserMailbox',
  sizeBytes,
  itemCount: null,
  archiveSizeBytes: null,
  department: '',
  office: '',
  database: '',
});

const total = () => screen.getByText('Total size').nextElementSibling?.textContent;

describe('MailboxSummary', () => {
  it('calls the total size unknown when no mailbox has one, not 0 GB', () => {
    render(
      <MailboxSummary summary={summarizeInventory([mailbox(0, null), mailbox(1, null)], 2)} />,
    );
    expect(total()).toBe('Unknown');
  });

  it('adds up the sizes it has', () => {
    render(
      <MailboxSummary
        summary={summarizeInventory([mailbox(0, 2 * 1024 ** 3), mailbox(1, null)], 2)}
      />,
    );
    expect(total()).toMatch(/^2\.0 GB$/);
  });
});
