/**
 * How the built files are delivered, in one folder: this step (precompressed siblings), which files get
 * them (compressible.ts), and the `_headers` rules hosts read (headers.ts, for the tests and the bench).
 *
 * Last step of the build: a `.gz` (gzip by Zopfli) and a `.br` (Brotli, quality 11) sibling next to every
 * text file in dist/, for hosts that serve precompressed files as they are (nginx `gzip_static` /
 * `brotli_static`, see deploy/nginx/). A sibling is written only when it is smaller than the file.
 *
 * Zopfli writes ordinary gzip that every client reads, about 5 % smaller than zlib's level 9 (the HTML
 * of / : 34.0 KB instead of 35.9 KB). The files are compressed in worker threads, one per core
 * (./compress-worker.mjs, with the settings), and each file's siblings are kept in the build cache under
 * the hash of its bytes: an unchanged file costs no compression on the next build.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { codeVersion } from '../cache/inputs.ts';
import { buildJobs, runLimited } from '../cache/parallel.ts';
import { hashOf, type BuildCache } from '../cache/store.ts';
import { isCompressible } from './compressible.ts';

const WORKER = fileURLToPath(new URL('./compress-worker.mjs', import.meta.url));

/** Which siblings a file has (a sibling is kept only when smaller than the file). */
interface Siblings {
  gz: boolean;
  br: boolean;
}

/** Compresses files on `n` worker threads. */
function compressors(n: number) {
  const workers = Array.from({ length: n }, () => new Worker(WORKER));
  let id = 0;
  const compress = (w: number, body: Buffer) =>
    new Promise<{ gzip: Uint8Array; brotli: Uint8Array }>((resolve, reject) => {
      const worker = workers[w]!;
      const mine = id++;
      const done = (m: { id: number; gzip: Uint8Array; brotli: Uint8Array }) => {
        if (m.id !== mine) return;
        worker.off('message', done).off('error', reject);
        resolve(m);
      };
      worker.on('message', done).once('error', reject);
      worker.postMessage({ id: mine, body });
    });
  return { compress, close: () => Promise.all(workers.map((w) => w.terminate())) };
}

export default function precompress(cache: BuildCache): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const start = Date.now();
        const code = `${codeVersion(fileURLToPath(import.meta.url))} brotli ${process.versions.brotli ?? '?'}`;
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(isCompressible);
        let raw = 0;
        let gz = 0;
        let br = 0;
        const write = (
          f: string,
          body: Buffer,
          siblings: Siblings,
          gzip?: Uint8Array,
          brotli?: Uint8Array,
        ) => {
          raw += body.length;
          gz += siblings.gz ? gzip!.length : body.length;
          br += siblings.br ? brotli!.length : body.length;
          if (siblings.gz) writeFileSync(join(root, `${f}.gz`), gzip!);
          if (siblings.br) writeFileSync(join(root, `${f}.br`), brotli!);
        };
        const misses: Array<{ f: string; body: Buffer; key: string }> = [];
        for (const f of files) {
          const body = readFileSync(join(root, f));
          const key = hashOf(code, body);
          const hit = cache.lookup<Siblings>('precompress', key);
          if (!hit) misses.push({ f, body, key });
          else
            write(
              f,
              body,
              hit.meta,
              hit.meta.gz ? hit.file('gz') : undefined,
              hit.meta.br ? hit.file('br') : undefined,
            );
        }
        // The largest first, so that no worker is left with a big file at the end.
        misses.sort((a, b) => b.body.length - a.body.length);
        const jobs = Math.min(buildJobs(), misses.length);
        if (misses.length) {
          const pool = compressors(jobs);
          try {
            await runLimited(misses, jobs, async ({ f, body, key }, w) => {
              const { gzip, brotli } = await pool.compress(w, body);
              const siblings = { gz: gzip.length < body.length, br: brotli.length < body.length };
              write(f, body, siblings, gzip, brotli);
              cache.store('precompress', key, siblings, {
                ...(siblings.gz ? { gz: gzip } : {}),
                ...(siblings.br ? { br: brotli } : {}),
              });
            });
          } finally {
            await pool.close();
          }
        }
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        const took = `${((Date.now() - start) / 1000).toFixed(1)} s`;
        logger.info(
          `precompressed ${files.length} text files in ${took} (${files.length - misses.length} from the build cache, ` +
            `${misses.length} compressed${misses.length ? ` on ${jobs} thread(s)` : ''}): ${kb(raw)} → gzip ${kb(gz)}, brotli ${kb(br)}`,
        );
      },
    },
  };
}
