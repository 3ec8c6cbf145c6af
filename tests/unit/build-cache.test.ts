/**
 * The build cache's parts (src/integrations/cache/): the store (entries written whole, reused only when
 * valid, counted, pruned by age), the code version its keys carry (every imported module of the project
 * and the locked version of every imported package), its folder, and the limit on tasks run at once.
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCacheDir } from '../../src/integrations/cache/index.ts';
import { codeVersion, importsOf, packageOf } from '../../src/integrations/cache/inputs.ts';
import { buildJobs, runLimited } from '../../src/integrations/cache/parallel.ts';
import { BuildCache, hashOf } from '../../src/integrations/cache/store.ts';
import { projectRoot } from '../helpers/content.ts';

const scratch: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
  scratch.push(dir);
  return dir;
};
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('hashOf', () => {
  it('hashes lists of parts, never two lists alike', () => {
    expect(hashOf('ab', 'c')).not.toBe(hashOf('a', 'bc'));
    expect(hashOf('a')).toBe(hashOf(Buffer.from('a')));
    expect(hashOf('a')).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('the store', () => {
  it('gives back what was stored, files and metadata, and counts hits and misses', () => {
    const cache = new BuildCache(tmp());
    expect(cache.lookup('pdf', 'k1')).toBeUndefined();
    cache.store('pdf', 'k1', { pages: 3 }, { pdf: Buffer.from('%PDF-1.7') });
    const hit = cache.lookup<{ pages: number }>('pdf', 'k1');
    expect(hit?.meta).toEqual({ pages: 3 });
    expect(hit?.file('pdf').toString()).toBe('%PDF-1.7');
    expect(cache.countOf('pdf')).toEqual({ hits: 1, misses: 1 });
    expect([...cache.summary().keys()]).toEqual(['pdf']);
  });

  it('reuses an entry only when `valid` accepts it, and a new store replaces it', () => {
    const cache = new BuildCache(tmp());
    cache.store('heights', 'k', { deps: { '/a.js': 'old' } });
    expect(
      cache.lookup<{ deps: Record<string, string> }>('heights', 'k', (m) => m.deps['/a.js'] === 'new'),
    ).toBe(undefined);
    cache.store('heights', 'k', { deps: { '/a.js': 'new' } });
    expect(
      cache.lookup<{ deps: Record<string, string> }>('heights', 'k', (m) => m.deps['/a.js'] === 'new'),
    ).toBeTruthy();
  });

  it('leaves no half entry: a folder without meta.json is a miss, and nothing temporary stays', () => {
    const dir = tmp();
    const cache = new BuildCache(dir);
    cache.store('png', 'k', {}, { png: 'x' });
    expect(readdirSync(join(dir, 'png'))).toEqual(['k']);
    rmSync(join(dir, 'png/k/meta.json'));
    expect(cache.lookup('png', 'k')).toBeUndefined();
  });

  it('does nothing when off', () => {
    const cache = new BuildCache(null);
    cache.store('pdf', 'k', {});
    expect(cache.lookup('pdf', 'k')).toBeUndefined();
    expect(cache.prune(0)).toBe(0);
  });

  it('prunes entries unused for the given days; using one keeps it', () => {
    const dir = tmp();
    const cache = new BuildCache(dir);
    cache.store('gz', 'old', {});
    cache.store('gz', 'used', {});
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    for (const k of ['old', 'used']) utimesSync(join(dir, 'gz', k), longAgo, longAgo);
    expect(cache.lookup('gz', 'used')).toBeTruthy();
    expect(cache.prune(30)).toBe(1);
    expect(existsSync(join(dir, 'gz/old'))).toBe(false);
    expect(existsSync(join(dir, 'gz/used'))).toBe(true);
  });
});

describe('codeVersion', () => {
  it('reads the imports a module runs with, not its type-only ones', () => {
    const source = [
      "import { a } from './a.ts';",
      'import {\n  b,\n  c,\n} from "../b.ts";',
      "import type { T } from './types.ts';",
      "import './side-effect.css';",
      "export { d } from './d.ts';",
      "import subsetFont from 'subset-font';",
      "const m = await import('playwright-core');",
      "import { readFileSync } from 'node:fs';",
      "const worker = new Worker(new URL('./compress-worker.mjs', import.meta.url));",
      "/** An example, not an import: `import { x } from './doc.ts'` */",
      "// import { y } from './commented.ts';",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      './a.ts',
      '../b.ts',
      './side-effect.css',
      './d.ts',
      'subset-font',
      'node:fs',
      'playwright-core',
      './compress-worker.mjs',
    ]);
    expect(
      [
        '@expo-google-fonts/noto-sans-sc/package.json',
        'pdfjs-dist/legacy/build/pdf.mjs',
        'node:fs',
        './x.ts',
      ].map(packageOf),
    ).toEqual(['@expo-google-fonts/noto-sans-sc', 'pdfjs-dist', null, null]);
  });

  it('changes when a module the entry imports, even indirectly, changes', () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'package-lock.json'),
      JSON.stringify({ packages: { 'node_modules/pdf-lib': { version: '1.0.0' } } }),
    );
    writeFileSync(
      join(dir, 'entry.ts'),
      "import { x } from './mid.ts';\nimport type { T } from './types.ts';",
    );
    writeFileSync(
      join(dir, 'mid.ts'),
      "import { y } from './leaf.ts';\nimport { PDFDocument } from 'pdf-lib';",
    );
    writeFileSync(join(dir, 'leaf.ts'), 'export const y = 1;');
    writeFileSync(join(dir, 'types.ts'), 'export type T = 1;');
    const entry = join(dir, 'entry.ts');
    const before = codeVersion(entry);
    // codeVersion reads each entry once per build: a fresh copy of the files stands for the next build.
    const again = (edit: (d: string) => void) => {
      const next = tmp();
      for (const f of readdirSync(dir)) writeFileSync(join(next, f), readFileSync(join(dir, f)));
      edit(next);
      return codeVersion(join(next, 'entry.ts'));
    };
    expect(again(() => {})).toBe(before);
    expect(again((d) => writeFileSync(join(d, 'leaf.ts'), 'export const y = 2;'))).not.toBe(before);
    expect(
      again((d) =>
        writeFileSync(
          join(d, 'package-lock.json'),
          JSON.stringify({ packages: { 'node_modules/pdf-lib': { version: '1.0.1' } } }),
        ),
      ),
    ).not.toBe(before);
    expect(again((d) => writeFileSync(join(d, 'types.ts'), 'export type T = 2;'))).toBe(before);
  });

  it('covers the Chromium pass’s own code: the PDF’s modules are in its closure', () => {
    expect(codeVersion(join(projectRoot, 'src/integrations/chromium/chromium-assets.ts'))).toMatch(
      /^[0-9a-f]{40}$/,
    );
  });
});

describe('buildCacheDir', () => {
  const root = '/site';
  it('is report-build/ in Astro’s cache folder, or REPORT_BUILD_CACHE', () => {
    expect(buildCacheDir({}, { root })).toBe('/site/node_modules/.astro/report-build');
    expect(buildCacheDir({}, { root, astroCacheDir: '/tmp/c/.astro-cache' })).toBe(
      '/tmp/c/.astro-cache/report-build',
    );
    expect(buildCacheDir({ REPORT_BUILD_CACHE: '.cache/site' }, { root, astroCacheDir: '/tmp/c' })).toBe(
      '/site/.cache/site',
    );
    expect(buildCacheDir({ REPORT_BUILD_CACHE: 'off' }, { root })).toBeNull();
  });
});

describe('runLimited', () => {
  it('runs every task, never more than the limit at once, each worker one task at a time', async () => {
    let running = 0;
    let most = 0;
    const busy = new Set<number>();
    const done: number[] = [];
    await runLimited([5, 1, 4, 2, 3], 2, async (n, worker) => {
      expect(busy.has(worker)).toBe(false);
      busy.add(worker);
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, n * 5));
      running--;
      busy.delete(worker);
      done.push(n);
    });
    expect(most).toBe(2);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('fails with the first failure', async () => {
    await expect(
      runLimited([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('two');
      }),
    ).rejects.toThrow('two');
  });

  it('takes its limit from REPORT_BUILD_JOBS, else the cores there are', () => {
    expect(buildJobs({ REPORT_BUILD_JOBS: '3' })).toBe(3);
    expect(buildJobs({})).toBeGreaterThanOrEqual(1);
    expect(() => buildJobs({ REPORT_BUILD_JOBS: '0' })).toThrow(/REPORT_BUILD_JOBS/);
  });
});
