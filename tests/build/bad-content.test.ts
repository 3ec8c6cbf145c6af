/**
 * Bad content must stop the real build with a message naming the file and the field. Every case of
 * tests/helpers/bad-content.ts is proven in-process (tests/unit/bad-content.test.ts: the disk loader with
 * the same schemas, then the same content check); here real builds prove the wiring, once for each way a
 * fault reaches the build: a schema fault (Astro's content layer validates the entry) and a content-check
 * fault (an unknown expert: Astro alone would only log the broken reference, src/model/index.ts stops it;
 * a published value changed without a correction, read from the report's published.json).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_CONTENT } from '../helpers/bad-content.ts';
import { astroBuild } from '../helpers/build.ts';
import { copyContent } from '../helpers/content.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

const WIRED = [
  'a date that is not a calendar day',
  'an unknown expert (Astro itself only logs a broken reference)',
  'a published value changed without a correction',
];

describe('a build over bad content fails with a clear message', () => {
  it.each(BAD_CONTENT.filter((c) => WIRED.includes(c.name)).map((c) => [c.name, c] as const))(
    '%s',
    (_name, c) => {
      const dir = copyContent();
      scratch.push(dir);
      c.edit(dir);
      const r = astroBuild({ content: dir });
      expect(r.status).not.toBe(0);
      c.check(r.output);
    },
  );

  it('builds both of them', () =>
    expect(BAD_CONTENT.filter((c) => WIRED.includes(c.name)).map((c) => c.name)).toEqual(WIRED));
});
