/**
 * Reading QR codes as a phone's camera does, from pixels: jsQR over a PNG — a browser's screenshot, or a
 * PDF's page rendered by poppler's pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** A code read from an image: its text, and the box of the code in the image's pixels. */
export interface ReadQr {
  data: string;
  /** The code's corners, quiet zone (4 modules each side) left out. */
  box: { left: number; top: number; right: number; bottom: number };
  /** How many modules wide the code is (17 + 4 × its version), quiet zone left out. */
  modules: number;
}

/** The QR code in a PNG image, or null when there is none that reads. */
export function readQr(png: Uint8Array): ReadQr | null {
  const { data, width, height } = PNG.sync.read(Buffer.from(png));
  const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width, height);
  if (!code) return null;
  const {
    topLeftCorner: tl,
    topRightCorner: tr,
    bottomLeftCorner: bl,
    bottomRightCorner: br,
  } = code.location;
  return {
    data: code.data,
    box: {
      left: Math.min(tl.x, bl.x),
      top: Math.min(tl.y, tr.y),
      right: Math.max(tr.x, br.x),
      bottom: Math.max(bl.y, br.y),
    },
    modules: 17 + 4 * code.version,
  };
}

/** The text of the QR code in a PNG image, or null. */
export const decodeQr = (png: Uint8Array): string | null => readQr(png)?.data ?? null;

/** A page of a PDF (1-based), rendered by pdftoppm at `dpi` to a PNG. */
export const pdfPagePng = (pdf: string, page = 1, dpi = 200): Buffer =>
  execFileSync('pdftoppm', ['-png', '-r', `${dpi}`, '-f', `${page}`, '-l', `${page}`, '-singlefile', pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
