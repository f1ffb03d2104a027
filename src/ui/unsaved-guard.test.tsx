import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { UnsavedGuard } from './unsaved-guard.tsx';
import { unsavedEdits } from './unsaved-edits.ts';

function page(dirty: boolean) {
  return createMemoryRouter([
    { path: '/', element: <UnsavedGuard dirty={dirty} what="The schedule settings" /> },
  ]);
}

describe('UnsavedGuard', () => {
  it('reports its unsaved changes while they last', () => {
    const { rerender, unmount } = render(<RouterProvider router={page(true)} />);
    expect(unsavedEdits()).toEqual(['The schedule settings']);
    rerender(<RouterProvider router={page(false)} />);
    expect(unsavedEdits()).toEqual([]);
    rerender(<RouterProvider router={page(true)} />);
    unmount();
    expect(unsavedEdits()).toEqual([]);
  });
});
