// @ts-check
/**
 * A worker thread that cuts the print font (subset-font: HarfBuzz, and WOFF2 packing, in WebAssembly) to
 * sets of characters, off the build's main thread, so that the two weights are cut at once and the main
 * thread keeps serving Chromium meanwhile (./subset.ts). It lives for the build: HarfBuzz loads once.
 * Plain JavaScript so that Node starts it as it is.
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import subsetFont from 'subset-font';

/** The full fonts read so far, by file. */
const fonts = new Map();

parentPort?.on(
  'message',
  async (/** @type {{ id: number, file: string, chars: string, format: 'woff2' | 'sfnt' }} */ job) => {
    try {
      if (!fonts.has(job.file)) fonts.set(job.file, await readFile(job.file));
      const font = await subsetFont(fonts.get(job.file), job.chars, { targetFormat: job.format });
      parentPort?.postMessage({ id: job.id, font });
    } catch (error) {
      parentPort?.postMessage({ id: job.id, error: String(error) });
    }
  },
);
