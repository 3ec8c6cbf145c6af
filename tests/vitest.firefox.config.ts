import { defineConfig } from 'vitest/config';

/** The Firefox pass over the built site (dist/): Debian's firefox-esr over WebDriver BiDi. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/firefox/**/*.test.ts'],
    // One Firefox for the whole pass; starting it takes a few seconds on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // A folder for the builds the pass reads besides dist/ (the site with the fixture's second report,
    // for search: tests/helpers/build.ts), removed at the end.
    globalSetup: ['tests/helpers/build-setup.ts'],
  },
});
