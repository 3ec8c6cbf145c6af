/** The built site: its HTML pages and what they link to. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const dist = new URL('../../dist/', import.meta.url).pathname;

/** The site path of every built HTML page, sorted (`/`, `/404.html`, `/experts/cao-lei/`, …). */
export const pagePaths = (): string[] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `/${f.replace(/index\.html$/, '')}`);

/** Every built HTML page, as a site path (`/`, `/experts/cao-lei/`, `/404.html`). */
export function htmlPages(): Array<{ path: string; file: string; html: string }> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run npm run build first');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      path: `/${f.replace(/index\.html$/, '')}`,
      file: join(dist, f),
      html: readFileSync(join(dist, f), 'utf8'),
    }));
}

/** The ids in a page. */
export const idsOf = (html: string): Set<string> =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** The href/src values in a page (attributes only, not text). */
export const linksOf = (html: string): string[] =>
  [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

/** Whether a site path exists in dist/ as a file or a directory with index.html. */
export function existsInDist(path: string): boolean {
  const file = join(dist, decodeURIComponent(path));
  if (!relative(dist, file).startsWith('..') && existsSync(file)) {
    return statSync(file).isFile() || existsSync(join(file, 'index.html'));
  }
  return false;
}
