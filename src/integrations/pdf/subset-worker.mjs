// @ts-check
/**
 * A worker thread that cuts the print font (subset-font: HarfBuzz, and WOFF2 packing, in WebAssembly) to
 * a set of characters, off the build's main thread, so that the two weights are cut at once and the main
 * thread keeps serving Chromium meanwhile (./subset.ts). Plain JavaScript so that Node starts it as it is.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import subsetFont from 'subset-font';

/** @type {{ file: string, chars: string, format: 'woff2' | 'sfnt' }} */
const { file, chars, format } = workerData;
const font = await subsetFont(await readFile(file), chars, { targetFormat: format });
parentPort?.postMessage(font);
