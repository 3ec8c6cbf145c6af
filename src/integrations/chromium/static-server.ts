/**
 * A tiny static file server over a built site, on loopback, for build-time rendering with Chromium, the
 * bench and the Firefox tests: it answers as a static host does. Why not sirv (3.0, tried): it gives a
 * charset to HTML only (CSS, JS, CSV and JSON would arrive without `charset=utf-8`, which static
 * hosts send), and it sends files without a precompressed sibling uncompressed, so the bench would
 * count bytes no host sends.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface StaticServerOptions {
  /** Headers for every response, or per site path (e.g. those of public/_headers, as a host sends them). */
  headers?: Record<string, string> | ((path: string) => Record<string, string>);
  /**
   * Content codings of the build's precompressed siblings (`file.br`, `file.gz`) to serve, in order of
   * preference, when the request accepts them. Without a sibling, text is gzipped per request.
   */
  encodings?: Array<'br' | 'gzip'>;
  /**
   * Whether to gzip text that has no sibling, as a host would (default); the build's Chromium pass reads
   * over loopback, where compressing every response only costs time.
   */
  compress?: boolean;
}

const SIBLING = { br: 'br', gzip: 'gz' } as const;

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveStatic(
  root: string,
  { headers = {}, encodings = ['br', 'gzip'], compress = true }: StaticServerOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const out: Record<string, string> = {
      ...(typeof headers === 'function' ? headers(path) : headers),
      'Content-Type': type,
    };
    const coding = encodings.find(
      (e) => new RegExp(`\\b${e}\\b`).test(accepted) && existsSync(`${file}.${SIBLING[e]}`),
    );
    let body: Buffer;
    if (coding) {
      body = readFileSync(`${file}.${SIBLING[coding]}`);
      out['Content-Encoding'] = coding;
      out['Vary'] = 'Accept-Encoding';
    } else {
      body = readFileSync(file);
      // Compress text as a host would.
      if (compress && /text|json|xml|svg/.test(type) && /\bgzip\b/.test(accepted)) {
        body = gzipSync(body);
        out['Content-Encoding'] = 'gzip';
        out['Vary'] = 'Accept-Encoding';
      }
    }
    res.writeHead(200, out).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
