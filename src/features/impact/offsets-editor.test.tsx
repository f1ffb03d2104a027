import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OffsetsEditor } from './offsets-editor.tsx';

function add(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: /Add a notice day/ }), {
    target: { value: text },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Add day' }));
}

describe('OffsetsEditor', () => {
  it('lists the days in calendar order with their T labels', () => {
    render(<OffsetsEditor offsets={[1, -14, 0, -7, -2]} onChange={() => {}} />);
    const items = within(screen.getByRole('list', { name: 'Notice days' }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);
    expect(items).toEqual(['T-14', 'T-7', 'T-2', 'T-0', 'T+1']);
  });

  it('adds a whole number of days, sorted', () => {
    const onChange = vi.fn<(offsets: number[]) => void>();
    render(<OffsetsEditor offsets={[-14, 0]} onChange={onChange} />);
    add(' -3 ');
    expect(onChange).toHaveBeenCalledWith([-14, -3, 0]);
    expect(screen.getByRole('textbox', { name: /Add a notice day/ })).toHaveProperty('value', '');
  });

  it('accepts T-notation', () => {
    const onChange = vi.fn<(offsets: number[]) => void>();
    render(<OffsetsEditor offsets={[]} onChange={onChange} />);
    add('T+2');
    expect(onChange).toHaveBeenCalledWith([2]);
  });

  it.each([
    ['1.5', /whole number/],
    ['abc', /whole number/],
    ['', /Enter a number/],
    ['-7', /already in the list/],
    ['999', /within 365 days/],
  ])('refuses %j and says why', (text, message) => {
    const onChange = vi.fn<(offsets: number[]) => void>();
    render(<OffsetsEditor offsets={[-7]} onChange={onChange} />);
    add(text);
    expect(onChange).not.toHaveBeenCalled();
    const input = screen.getByRole('textbox', { name: /Add a notice day/ });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(message)).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toContain(
      screen.getByText(message).getAttribute('id') ?? 'missing',
    );
  });

  it('removes a day', () => {
    const onChange = vi.fn<(offsets: number[]) => void>();
    render(<OffsetsEditor offsets={[-14, -7, 0]} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove T-7' }));
    expect(onChange).toHaveBeenCalledWith([-14, 0]);
  });

  it('offers the defaults back once changed', () => {
    const onChange = vi.fn<(offsets: number[]) => void>();
    const { rerender } = render(
      <OffsetsEditor offsets={[-14, -7, -2, 0, 1]} onChange={onChange} />,
    );
    expect(screen.queryByRole('button', { name: /Reset/ })).toBeNull();
    rerender(<OffsetsEditor offsets={[-3]} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(onChange).toHaveBeenCalledWith([-14, -7, -2, 0, 1]);
  });
});
