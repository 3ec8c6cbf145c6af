// @ts-check
/**
 * A worker thread of the precompression step (./precompress.ts): gzip by Zopfli and Brotli at quality 11
 * for each file it is sent, so that the files of a build are compressed on every core at once. Plain
 * JavaScript so that Node starts it as it is, whatever runs the build.
 */
import { parentPort } from 'node:worker_threads';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/**
 * Zopfli's iterations: 5 instead of its default 15 take half the time for 34 bytes more over the whole
 * site (the 32 text files of the first report's build: 348,904 against 348,870 bytes of gzip). Block
 * splitting is off: on these files it gains another 1 % and costs five times the time.
 */
const ZOPFLI = { numiterations: 5, blocksplitting: false };

parentPort?.on('message', async (/** @type {{ id: number, body: Uint8Array }} */ { id, body }) => {
  const gzip = await gzipAsync(body, ZOPFLI);
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  parentPort?.postMessage({ id, gzip, brotli });
});
