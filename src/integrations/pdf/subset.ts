/**
 * The print font cut to a set of characters, in worker threads (./subset-worker.mjs) that live for the
 * build, one per weight: the site's subsets (print-assets.ts) and each PDF's (report-print-font.ts).
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { printFontFile } from './print-font-source.ts';
import { PRINT_WEIGHTS, type PrintWeight } from './print-fonts.ts';

const WORKER = fileURLToPath(new URL('./subset-worker.mjs', import.meta.url));

type Reply = { id: number; font?: Uint8Array; error?: string };

const workers = new Map<PrintWeight, Worker>();
const waiting = new Map<
  number,
  { weight: PrintWeight; resolve: (font: Buffer) => void; reject: (error: Error) => void }
>();
let next = 0;

/** The worker of a weight, started on first use; idle, it does not keep the build's process alive. */
function workerFor(weight: PrintWeight): Worker {
  let worker = workers.get(weight);
  if (!worker) {
    const started = new Worker(WORKER);
    worker = started;
    started.on('message', ({ id, font, error }: Reply) => {
      const job = waiting.get(id);
      waiting.delete(id);
      if (![...waiting.values()].some((j) => j.weight === weight)) started.unref();
      if (font) job?.resolve(Buffer.from(font.buffer, font.byteOffset, font.byteLength));
      else job?.reject(new Error(`cutting the print font: ${error}`));
    });
    worker.on('error', (error) => {
      for (const job of waiting.values()) job.reject(error);
      waiting.clear();
      workers.delete(weight);
    });
    workers.set(weight, worker);
  }
  return worker;
}

/** The full print font of `weight` cut to `chars`, as WOFF2 or as TrueType (`sfnt`). */
export function subsetPrintFont(
  weight: PrintWeight,
  chars: string,
  format: 'woff2' | 'sfnt',
): Promise<Buffer> {
  if (!PRINT_WEIGHTS.includes(weight)) throw new Error(`no print font of weight ${weight}`);
  const id = next++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { weight, resolve, reject });
    const worker = workerFor(weight);
    worker.ref();
    worker.postMessage({ id, file: printFontFile(weight), chars, format });
  });
}
