/**
 * The print font cut to a set of characters, in a worker thread of its own (./subset-worker.mjs): the
 * site's subsets (print-assets.ts) and each PDF's (report-print-font.ts).
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { printFontFile } from './print-font-source.ts';
import type { PrintWeight } from './print-fonts.ts';

const WORKER = fileURLToPath(new URL('./subset-worker.mjs', import.meta.url));

/** The full print font of `weight` cut to `chars`, as WOFF2 or as TrueType (`sfnt`). */
export function subsetPrintFont(
  weight: PrintWeight,
  chars: string,
  format: 'woff2' | 'sfnt',
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { file: printFontFile(weight), chars, format } });
    worker.once('message', (font: Uint8Array) => {
      resolve(Buffer.from(font.buffer, font.byteOffset, font.byteLength));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code && reject(new Error(`the font subset worker stopped (${code})`)));
  });
}
