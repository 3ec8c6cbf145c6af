/**
 * A page of another site that embeds one of ours: a tiny HTTP server on its own port (another origin than
 * the site's http://127.0.0.1:<E2E_PORT>, reached as http://localhost:<port>, another site too), whose
 * one page frames a path of the site with the iframe code the site offers (its oEmbed answer's, moved to
 * the local site) and, like a host that listens, sets the iframe's height from the embed's height
 * message. For the embed tests (tests/e2e/embed.spec.ts, headers.spec.ts under nginx).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { EMBED_HEIGHT_MESSAGE } from '../../src/lib/embed.ts';
import { dist } from './dist.ts';

/** The iframe code the site offers for an embed page (`/…/embed/<figure>/`), pointing at `site`. */
export function iframeCode(embedPath: string, site: string): string {
  const m = /^(\/(?:reports\/[^/]+\/)?)embed\/([^/]+)\/$/.exec(embedPath);
  const oembed = m && join(dist, `${m[1]}oembed/${m[2]}.json`);
  if (oembed && existsSync(oembed)) {
    // Built with a public address: the code readers copy, its address moved to the local site.
    const { html } = JSON.parse(readFileSync(oembed, 'utf8')) as { html: string };
    return html.replace(/src="https?:\/\/[^/"]+\//, `src="${site}/`);
  }
  return `<iframe src="${site}${embedPath}" title="embed" width="680" height="300" style="width:100%;max-width:680px;border:0"></iframe>`;
}

export interface EmbedHost {
  /** The host page's address (http://localhost:<port>/?path=<site path>). */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Starts the host server; its page at `/?path=/embed/x/` frames that path of `site`. */
export async function startEmbedHost(site: string): Promise<EmbedHost> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').searchParams.get('path') ?? '/';
    const listener = `
      window.heights = [];
      addEventListener('message', (e) => {
        const frame = document.querySelector('iframe');
        if (e.source !== frame.contentWindow || !e.data || e.data.type !== ${JSON.stringify(EMBED_HEIGHT_MESSAGE)}) return;
        window.heights.push({ origin: e.origin, height: e.data.height, url: e.data.url });
        frame.style.height = e.data.height + 'px';
      });`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>宿主页面</title><script>${listener}</script>` +
        `<body style="margin:0"><p>另一个网站的文章。</p>${iframeCode(path, site)}<p>文章继续。</p></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://localhost:${port}/?path=${encodeURIComponent(path)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
