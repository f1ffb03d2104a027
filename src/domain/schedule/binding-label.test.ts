import { describe, expect, it } from 'vitest';
import { bindingLabel, bindingSentence } from './binding-label.ts';

describe('bindingLabel', () => {
  it('names every limit the scheduler reports in words', () => {
    expect(bindingLabel('concurrency')).toBe('Concurrency');
    expect(bindingLabel('largest-mailbox')).toBe('Largest mailbox');
    expect(bindingLabel('batch-count')).toBe('Number of batches');
    expect(bindingLabel('cutover-size')).toBe('Cutover size');
  });
});

describe('bindingSentence', () => {
  it('gives the label, the explanation and the fix as a sentence', () => {
    expect(
      bindingSentence({
        limit: 'concurrency',
        explanation: 'The plan ends 2026-06-09: 20 concurrent moves copy too little per day.',
        fix: 'raise concurrency to 25',
      }),
    ).toBe(
      'Concurrency: The plan ends 2026-06-09: 20 concurrent moves copy too little per day. Fix: raise concurrency to 25.',
    );
  });

  it('leaves out an empty fix and does not double a full stop', () => {
    expect(bindingSentence({ limit: 'duration', explanation: 'Late.', fix: '' })).toBe(
      'Published durations: Late.',
    );
    expect(bindingSentence({ limit: 'bandwidth', explanation: 'Late.', fix: 'Add a line.' })).toBe(
      'Bandwidth: Late. Fix: Add a line.',
    );
  });
});
