/**
 * The content as the site reads it, for tests: from disk through the real schemas (src/model/disk.ts),
 * parsed and built like the build does; and scratch copies of content/ to break on purpose or to extend
 * with the test fixture's second report (tests/fixtures/).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, type SiteModel } from '../../src/model/build.ts';
import { checkContent, formatContentError } from '../../src/model/checks/index.ts';
import { loadContentFromDisk } from '../../src/model/disk.ts';
import { parseContent, type ParsedContent } from '../../src/model/parse.ts';

export const projectRoot = new URL('../..', import.meta.url).pathname;
export const contentDir = join(projectRoot, 'content');
export const fixturesDir = join(projectRoot, 'tests/fixtures');

/** content/ (or a copy) parsed; throws on a schema fault (tests of the checks start from valid data). */
export function loadParsed(root = contentDir): ParsedContent {
  const { content, errors } = loadContentFromDisk(root);
  if (errors.length) throw new Error(errors.map((e) => `${e.file} → ${e.field}: ${e.message}`).join('\n'));
  return parseContent(content);
}

/** The site model of content/ (or a copy), checked. */
export function loadSite(root = contentDir): SiteModel {
  const parsed = loadParsed(root);
  const errors = checkContent(parsed);
  if (errors.length) throw new Error(errors.map((e) => `${e.file} → ${e.field}: ${e.message}`).join('\n'));
  return buildSite(parsed);
}

/**
 * Every fault the build would stop on, as `file → field: message`, one a line: the schemas' (through the
 * disk loader, which reads content/ as Astro's loaders do) and the content check's. Empty when the content
 * is sound.
 */
export function contentErrors(root: string): string {
  const { content, errors } = loadContentFromDisk(root);
  return [...errors, ...checkContent(parseContent(content))].map(formatContentError).join('\n');
}

/** A scratch copy of the content folder, to break on purpose (in a new temporary folder, or in `dir`). */
export function copyContent(dir = mkdtempSync(join(tmpdir(), 'report-content-'))): string {
  cpSync(contentDir, dir, { recursive: true });
  return dir;
}

/** A scratch copy of content/ with the test fixture's second report (and its new expert) added. */
export function contentWithFixture(dir?: string): string {
  const copy = copyContent(dir);
  cpSync(join(fixturesDir, 'reports'), join(copy, 'reports'), { recursive: true });
  cpSync(join(fixturesDir, 'experts'), join(copy, 'experts'), { recursive: true });
  return copy;
}
