import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReconciliationNotice } from './reconciliation-notice.tsx';

describe('ReconciliationNotice', () => {
  it('says what differs and offers both choices', () => {
    const onAdopt = vi.fn<() => void>();
    const onKeep = vi.fn<() => void>();
    render(
      <ReconciliationNotice
        sentences={['A.', 'B.']}
        kept={false}
        onAdopt={onAdopt}
        onKeep={onKeep}
      />,
    );
    const region = screen.getByRole('region', { name: 'The inventory and the answers differ' });
    expect(region.textContent).toContain('A.B.');
    fireEvent.click(screen.getByRole('button', { name: 'Use the inventory’s figures' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(onAdopt).toHaveBeenCalledOnce();
    expect(onKeep).toHaveBeenCalledOnce();
  });

  it('shrinks to a note once the answers are kept, still offering the figures', () => {
    render(<ReconciliationNotice sentences={['A.']} kept onAdopt={() => {}} onKeep={() => {}} />);
    expect(
      screen.getByRole('note', { name: 'Inventory and answers differ' }).textContent,
    ).toContain('A.');
    expect(screen.queryByRole('button', { name: 'Keep my answers' })).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Use the inventory’s figures',
    ]);
  });
});
