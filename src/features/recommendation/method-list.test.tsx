import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MethodList } from './method-list.tsx';

describe('MethodList', () => {
  it('names what a method gives up before its reasons', () => {
    render(
      <MethodList
        items={[
          {
            method: 'imap',
            because: [],
            losses: [{ need: 'freeBusy', text: 'No free/busy.', source: 'fullHybridFreeBusy' }],
          },
          { method: 'cutover', because: [] },
        ]}
      />,
    );
    const lost = screen.getByRole('list', { name: 'What IMAP migration gives up' });
    expect(within(lost).getByRole('listitem').textContent).toBe('No free/busy.');
    expect(screen.queryAllByRole('list', { name: /gives up/ })).toHaveLength(1);
  });
});
