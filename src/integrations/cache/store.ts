/**
 * The build cache's store: results of the heavy steps after `astro build` (share images, reserved
 * heights, PDFs, print-font subsets, precompressed siblings) kept between builds, each under a key that
 * hashes every input the result depends on, so a hit is the very file a miss would write.
 *
 * Layout: `<dir>/<kind>/<key>/` holds `meta.json` (what the step needs besides its files, e.g. the files a
 * page loaded and their hashes) and the result's files. An entry is written into a temporary folder and
 * renamed into place, so an interrupted build or two builds at once never leave half an entry; a folder
 * without `meta.json` is no entry. Reading an entry touches it; `prune` removes entries unused for a while.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** SHA-256 of the parts (each length-prefixed, so no two lists of parts hash alike), as 40 hex digits. */
export function hashOf(...parts: Array<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    h.update(`${bytes.length}:`).update(bytes);
  }
  return h.digest('hex').slice(0, 40);
}

/** A stored result: its metadata and its files. */
export interface CacheEntry<M> {
  meta: M;
  file(name: string): Buffer;
}

/** Hits and misses of one kind of result in this build. */
export interface CacheCount {
  hits: number;
  misses: number;
}

export class BuildCache {
  /** The cache folder, or null when the cache is off (every step then does its work). */
  readonly dir: string | null;
  private readonly counts = new Map<string, CacheCount>();

  constructor(dir: string | null) {
    this.dir = dir;
  }

  /**
   * The entry of `kind` under `key`, counted as a hit, if there is one and `valid` accepts its metadata
   * (e.g. the files it was made from are unchanged); otherwise undefined, counted as a miss.
   */
  lookup<M>(kind: string, key: string, valid: (meta: M) => boolean = () => true): CacheEntry<M> | undefined {
    const folder = this.dir && join(this.dir, kind, key);
    let entry: CacheEntry<M> | undefined;
    if (folder && existsSync(join(folder, 'meta.json'))) {
      try {
        const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as M;
        if (valid(meta)) {
          const now = new Date();
          utimesSync(folder, now, now);
          entry = { meta, file: (name) => readFileSync(join(folder, name)) };
        }
      } catch {
        entry = undefined; // an unreadable entry is a miss; the next store replaces it
      }
    }
    this.count(kind, entry !== undefined);
    return entry;
  }

  /** Stores a result (replacing any entry under the same key). Does nothing when the cache is off. */
  store<M>(kind: string, key: string, meta: M, files: Record<string, Uint8Array | string> = {}): void {
    if (!this.dir) return;
    const parent = join(this.dir, kind);
    const tmp = join(parent, `.tmp-${randomBytes(6).toString('hex')}`);
    mkdirSync(tmp, { recursive: true });
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(tmp, name), bytes);
    writeFileSync(join(tmp, 'meta.json'), JSON.stringify(meta));
    const folder = join(parent, key);
    rmSync(folder, { recursive: true, force: true });
    try {
      renameSync(tmp, folder);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another build stored the same entry first
    }
  }

  /** Hits and misses so far, by kind. */
  summary(): Map<string, CacheCount> {
    return new Map(this.counts);
  }

  /** One kind's hits and misses so far. */
  countOf(kind: string): CacheCount {
    return { ...(this.counts.get(kind) ?? { hits: 0, misses: 0 }) };
  }

  /** Removes the entries (and stray temporary folders) not used for `days` days; returns how many. */
  prune(days: number, now = Date.now()): number {
    if (!this.dir || !existsSync(this.dir)) return 0;
    const before = now - days * 24 * 60 * 60 * 1000;
    let removed = 0;
    for (const kind of readdirSync(this.dir)) {
      const parent = join(this.dir, kind);
      if (!statSync(parent).isDirectory()) continue;
      for (const name of readdirSync(parent)) {
        const folder = join(parent, name);
        if (statSync(folder).mtimeMs >= before) continue;
        rmSync(folder, { recursive: true, force: true });
        removed++;
      }
    }
    return removed;
  }

  private count(kind: string, hit: boolean): void {
    const c = this.counts.get(kind) ?? { hits: 0, misses: 0 };
    if (hit) c.hits++;
    else c.misses++;
    this.counts.set(kind, c);
  }
}
