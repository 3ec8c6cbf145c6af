/**
 * The files of dist/ a page loads in Chromium (scripts, images, fonts…), recorded while Chromium renders
 * it and stored with the result in the build cache: on the next build the result is reused only if each
 * of them still has the same bytes (a missing file counts as such). The page's own HTML is part of the
 * cache key itself (./chromium-assets.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { hashOf } from '../cache/store.ts';

/** Site path → hash of the file served there (null: none). */
export type PageDeps = Record<string, string | null>;

/** The built site's files by site path, hashed once each (until `forget`). */
export class DistFiles {
  private readonly hashes = new Map<string, string | null>();

  constructor(private readonly root: string) {}

  /** The hash of the file served at a site path (a folder serves its index.html), or null. */
  hash(path: string): string | null {
    if (!this.hashes.has(path)) {
      let file = join(this.root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      this.hashes.set(path, existsSync(file) ? hashOf(readFileSync(file)) : null);
    }
    return this.hashes.get(path)!;
  }

  /** Forgets a path's hash (its file was rewritten). */
  forget(path: string): void {
    this.hashes.delete(path);
  }

  /** Whether every recorded file is as it was. */
  unchanged(deps: PageDeps): boolean {
    return Object.entries(deps).every(([path, hash]) => this.hash(path) === hash);
  }

  /** The current hashes of `paths`, sorted by path. */
  depsOf(paths: Iterable<string>): PageDeps {
    return Object.fromEntries([...new Set(paths)].sort().map((p) => [p, this.hash(p)]));
  }
}

/**
 * Runs `render` on `page` and records the paths it requests from `origin` (but `self`, the page's own
 * address, and those `ignore` accepts): the result with the files' current hashes.
 */
export async function recordingDeps<T>(
  page: Page,
  files: DistFiles,
  {
    origin,
    self,
    ignore = () => false,
  }: { origin: string; self: string; ignore?: (path: string) => boolean },
  render: () => Promise<T>,
): Promise<{ result: T; deps: PageDeps }> {
  const paths = new Set<string>();
  const listener = (request: Request) => {
    const url = new URL(request.url());
    const path = decodeURIComponent(url.pathname);
    if (url.origin === origin && path !== self && !ignore(path)) paths.add(path);
  };
  page.on('request', listener);
  try {
    const result = await render();
    return { result, deps: files.depsOf(paths) };
  } finally {
    page.off('request', listener);
  }
}
