/**
 * Last step of the build: a `.gz` (gzip -9) and a `.br` (Brotli, quality 11) sibling next to every text
 * file in dist/, for hosts that serve precompressed files as they are (nginx `gzip_static` /
 * `brotli_static`, see deploy/nginx/). A sibling is written only when it is smaller than the file.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { isCompressible } from '../lib/precompress.ts';

export default function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let files = 0;
        let raw = 0;
        let gz = 0;
        let br = 0;
        for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!isCompressible(f)) continue;
          const body = readFileSync(join(root, f));
          const gzip = gzipSync(body, { level: 9 });
          const brotli = brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          });
          files++;
          raw += body.length;
          if (gzip.length < body.length) {
            writeFileSync(join(root, `${f}.gz`), gzip);
            gz += gzip.length;
          } else gz += body.length;
          if (brotli.length < body.length) {
            writeFileSync(join(root, `${f}.br`), brotli);
            br += brotli.length;
          } else br += body.length;
        }
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        logger.info(`precompressed ${files} text files: ${kb(raw)} → gzip ${kb(gz)}, brotli ${kb(br)}`);
      },
    },
  };
}
