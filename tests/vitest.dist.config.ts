import { defineConfig } from 'vitest/config';

/** Checks over the built site (dist/), run after `npm run build`. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/dist/**/*.test.ts'],
  },
});
