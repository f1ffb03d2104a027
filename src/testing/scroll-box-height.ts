import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom has no layout: gives every element a height for the tests of the calling describe
 * block, so a virtualised scroll box shows a window of rows. Restored afterwards.
 */
export function withScrollBoxHeight(px: number): void {
  const height = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, value: px });
  });
  afterAll(() => {
    if (height) Object.defineProperty(Element.prototype, 'clientHeight', height);
  });
}
