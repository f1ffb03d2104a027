import { describe, expect, it } from 'vitest';
import { mergeFieldsOf, renderMessage } from './render-message.ts';

describe('renderMessage', () => {
  it('fills fields, tolerating spaces inside the braces', () => {
    expect(
      renderMessage('Hi {{name}}, on {{ batchDate }}', { name: 'Zoë', batchDate: '2025-03-14' }),
    ).toBe('Hi Zoë, on 2025-03-14');
  });

  it('leaves unknown fields visible', () => {
    expect(renderMessage('Hi {{name}} {{unknown}}', { name: 'A' })).toBe('Hi A {{unknown}}');
  });

  it('does not expand a value that itself looks like a field', () => {
    expect(
      renderMessage('{{name}} / {{batchDate}}', { name: '{{batchDate}}', batchDate: 'X' }),
    ).toBe('{{batchDate}} / X');
  });

  it('does not take inherited properties for fields', () => {
    expect(renderMessage('{{constructor}}', {})).toBe('{{constructor}}');
  });

  it('lists the fields a template uses', () => {
    expect(mergeFieldsOf('{{a}} {{b}} {{a}}')).toEqual(['a', 'b']);
  });
});
