import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { RunbookPhase } from '../../domain/impact/runbook-item.ts';
import { gate, item } from '../../domain/impact/runbook-item.ts';
import { runbook } from '../../domain/impact/runbook.ts';
import { RunbookChecklist } from './runbook-checklist.tsx';

const dns = item('dns', 'Lower the MX TTL', ['mxPropagationHours']);
const licences = item('licences', 'Assign licences', ['imapLicenceFirst']);
const phases: RunbookPhase[] = [
  {
    phase: 'before',
    title: 'Before',
    items: [dns, licences, gate('go', 'Go for the pilot', [dns, licences])],
  },
  { phase: 'after', title: 'After', items: [item('decom', 'Decommission', [])] },
];

function Stateful({ initial = [] as string[] }) {
  const [ticked, setTicked] = useState(initial);
  return (
    <RunbookChecklist
      phases={phases}
      ticked={ticked}
      onToggle={(id, done) => setTicked((t) => (done ? [...t, id] : t.filter((x) => x !== id)))}
    />
  );
}

describe('RunbookChecklist', () => {
  it('shows progress and reports ticks by item id', () => {
    const onToggle = vi.fn<(id: string, done: boolean) => void>();
    render(<RunbookChecklist phases={phases} ticked={['dns']} onToggle={onToggle} />);
    expect(screen.getByText('1 of 4 done')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Lower the MX TTL' })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Assign licences' }));
    expect(onToggle).toHaveBeenCalledWith('licences', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lower the MX TTL' }));
    expect(onToggle).toHaveBeenCalledWith('dns', false);
  });

  it('groups items by phase under headings', () => {
    render(<RunbookChecklist phases={phases} ticked={[]} onToggle={() => {}} />);
    const after = screen.getByRole('region', { name: 'After' });
    expect(within(after).getAllByRole('checkbox')).toHaveLength(1);
  });

  it('keeps a gate closed until every deciding check is ticked', () => {
    render(<Stateful />);
    const gateBox = () => screen.getByRole('checkbox', { name: /Go for the pilot/ });
    expect(gateBox()).toHaveProperty('disabled', true);
    expect(screen.getByText('Not ready: 2 of 2 checks still open.')).toBeTruthy();
    const decidedBy = screen.getByText(/Not ready/).closest('li');
    expect(decidedBy?.textContent).toContain('Lower the MX TTL');
    expect(decidedBy?.textContent).toContain('Assign licences');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Lower the MX TTL' }));
    expect(screen.getByText('Not ready: 1 of 2 checks still open.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Assign licences' }));
    expect(screen.getByText('Ready: every check below is done.')).toBeTruthy();
    expect(gateBox()).toHaveProperty('disabled', false);
    fireEvent.click(gateBox());
    expect(screen.getByText('3 of 4 done')).toBeTruthy();
  });

  it('lets a gate ticked earlier be unticked even when a check was reopened', () => {
    render(<Stateful initial={['go', 'dns']} />);
    const gateBox = screen.getByRole('checkbox', { name: /Go for the pilot/ });
    expect(gateBox).toHaveProperty('disabled', false);
    expect(screen.getByText(/Ticked before its checks were done/)).toBeTruthy();
  });

  it('counts only the current method’s items, and links their sources', () => {
    const real = runbook('cutover');
    const total = real.flatMap((p) => p.items).length;
    render(<RunbookChecklist phases={real} ticked={['not-an-item']} onToggle={() => {}} />);
    expect(screen.getByText(`0 of ${total} done`)).toBeTruthy();
    for (const link of screen.getAllByRole('link', { name: /^Source:/ })) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
  });
});
