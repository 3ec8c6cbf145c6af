import { defineConfig } from 'vitest/config';

/** The one unit test that needs a browser (Chromium draws every chart); it runs with the builds. */
const BROWSER_UNIT = 'tests/unit/chart-label-marks.test.ts';

/**
 * `npm run test:unit` runs both projects: `unit` (in-process: no build, no browser; also `npm run
 * test:quick`), then `build` (real `astro build`s and the Chromium unit test), one file at a time.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [BROWSER_UNIT],
          testTimeout: 60_000,
          // Two files at a time even on 2 cores: many wait on the processes they start (the import's
          // command, the system-deps script), and the project takes half as long (measured 40 s → 21 s).
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', BROWSER_UNIT],
          // Whole Astro builds: give them room (one with Chromium printing two reports takes minutes on a
          // busy 2-core machine), and run files one at a time, after the unit tests.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // A folder for the builds several files share (tests/helpers/build.ts), removed at the end.
          globalSetup: ['tests/helpers/build-setup.ts'],
        },
      },
    ],
  },
});
