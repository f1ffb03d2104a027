import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects make the domain's "usable from Node" rule structural: domain tests
// run without a DOM, so any reach for window/document fails them.
export default defineConfig({
  plugins: [react()],
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          include: ['src/domain/**/*.test.ts', 'src/workers/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/domain/**', 'src/workers/**'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setup-ui.ts'],
        },
      },
    ],
  },
});
