/**
 * Bad content is named by file and field: each case copies content/, breaks one thing on disk, and reads
 * the copy as the build does — the disk loader with the real schemas, then the content check. The build
 * runs the same schemas and the same check and stops on any fault; tests/build/bad-content.test.ts proves
 * that wiring with real builds of two of these cases.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_CONTENT, OVERSTATED, overstate } from '../helpers/bad-content.ts';
import { contentErrors, copyContent } from '../helpers/content.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Copies content/, applies `edit`, and returns every fault found, one a line. */
function errorsWith(edit: (dir: string) => void): string {
  const dir = copyContent();
  scratch.push(dir);
  edit(dir);
  return contentErrors(dir);
}

it('the content as committed has no fault (so each fault below is the edit’s)', () => {
  expect(errorsWith(() => {})).toBe('');
});

describe('content with a fault is named by file and field', () => {
  it.each(BAD_CONTENT.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const output = errorsWith(c.edit);
    expect(output).not.toBe('');
    c.check(output);
  });
});

describe('content that says more than its sources: each fault named', () => {
  let output = '';
  beforeAll(() => {
    output = errorsWith(overstate);
  });
  it('fails', () => expect(output).not.toBe(''));
  it.each(OVERSTATED)('%s', (_name, message) => expect(output).toMatch(message));
});
