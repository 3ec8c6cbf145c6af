/**
 * Reads a content folder from disk into the shape `checkContent()` takes, the way Astro's glob loaders
 * would (entry id = path without extension; references resolved to { collection, id }). For unit tests of
 * the content itself and of the check; the build runs the same check over Astro's own collections.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentInput } from '../../src/lib/content/integrity.ts';

export const projectRoot = new URL('../..', import.meta.url).pathname;
export const contentDir = join(projectRoot, 'content');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .sort();
}

function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: (parse(m[1]!) ?? {}) as Record<string, unknown>, body: m[2]! };
}

const ref = (collection: string, id: unknown) => ({ collection, id: String(id) });

export function loadContent(root = contentDir): ContentInput {
  const rel = (p: string) => relative(projectRoot, p);
  const yamlEntries = (sub: string) =>
    files(join(root, sub), '.yaml').map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      filePath: rel(join(root, sub, f)),
      data: parse(readFileSync(join(root, sub, f), 'utf8')),
    }));
  const mdxEntries = (sub: string) =>
    files(join(root, sub), '.mdx').map((f) => {
      const { data, body } = splitFrontmatter(readFileSync(join(root, sub, f), 'utf8'));
      return { id: f.replace(/\.mdx$/, ''), filePath: rel(join(root, sub, f)), data, body };
    });
  return {
    reports: yamlEntries('reports'),
    experts: yamlEntries('experts'),
    sections: mdxEntries('sections').map((e) => ({
      ...e,
      data: { ...e.data, report: ref('reports', e.data.report) } as never,
    })),
    opinions: mdxEntries('opinions').map((e) => ({
      ...e,
      data: {
        ...e.data,
        expert: ref('experts', e.data.expert),
        section: ref('sections', e.data.section),
      } as never,
    })),
    events: yamlEntries('events'),
    figures: yamlEntries('figures').map((e) => ({
      ...e,
      data: {
        ...e.data,
        section: ref('sections', e.data.section),
        events: ((e.data.events ?? []) as unknown[]).map((id) => ref('events', id)),
      } as never,
    })),
    readSource: (path) => {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** A scratch copy of the content folder, to break on purpose. */
export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-content-'));
  cpSync(contentDir, dir, { recursive: true });
  return dir;
}
