/**
 * How dist/ is delivered: year-long caching only for content-hashed names, one value per header and path,
 * precompressed siblings of the text files, and the nginx config (deploy/nginx/) declaring what _headers
 * declares. tests/e2e/headers.spec.ts checks the same on a running nginx.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '../../src/integrations/delivery/headers.ts';
import { COMPRESSIBLE_EXTENSIONS, isCompressible } from '../../src/integrations/delivery/compressible.ts';
import { cspEmbedHeader, cspHeader } from '../../src/lib/security.ts';
import { dist } from '../helpers/dist.ts';

const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(join(dist, f)).isFile())
  .map((f) => `/${f}`);
const served = files.filter((f) => !/\.(br|gz)$/.test(f) && f !== '/_headers');
/** A content hash before the extension, as Vite names assets (`name.<8 characters>.ext`). */
const HASHED = /[.-][A-Za-z0-9_-]{8}\.[a-z0-9]+(\.br|\.gz)?$/;

describe('caching', () => {
  const immutable = rules.filter((r) =>
    r.headers.some(([n, v]) => n.toLowerCase() === 'cache-control' && /immutable|max-age=31536000/.test(v)),
  );

  it('declares year-long caching for /_astro/ and /fonts/', () => {
    expect(immutable.map((r) => r.pattern).sort()).toEqual(['/_astro/*', '/fonts/*']);
  });

  it.each(immutable.map((r) => [r.pattern]))('every file under %s has a content hash in its name', (p) => {
    const matched = files.filter((f) => patternMatches(p, f));
    expect(matched.length).toBeGreaterThan(0);
    expect(matched.filter((f) => !HASHED.test(f))).toEqual([]);
  });

  it('names each header once for every path (hosts would join two values)', () => {
    for (const f of [...served, '/', '/no-such-page/']) expect(() => headersFor(rules, f), f).not.toThrow();
  });
});

describe('precompressed siblings', () => {
  const text = served.filter(isCompressible);

  it('cover every text format the site has', () => {
    const formats = new Set(text.map((f) => f.slice(f.lastIndexOf('.') + 1)));
    for (const ext of ['html', 'js', 'svg', 'json', 'csv', 'txt']) expect(formats).toContain(ext);
    // The sitemap (XML) is built only once content/site.yaml has a public `url`; the site has no
    // stylesheet file (the page styles and the print sheet are inside each page).
    expect(COMPRESSIBLE_EXTENSIONS).toContain('xml');
    expect(COMPRESSIBLE_EXTENSIONS).toContain('css');
  });

  it.each(text.filter((f) => statSync(join(dist, f)).size > 1024).map((f) => [f]))(
    '%s has .gz and .br siblings with the same content',
    (f) => {
      const body = readFileSync(join(dist, f));
      expect(gunzipSync(readFileSync(join(dist, `${f}.gz`))).equals(body)).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(dist, `${f}.br`))).equals(body)).toBe(true);
      expect(statSync(join(dist, `${f}.br`)).size).toBeLessThan(body.length);
    },
  );

  it('are not made for formats that are compressed already (fonts, images, PDF)', () => {
    const siblings = files.filter((f) => /\.(br|gz)$/.test(f)).map((f) => f.replace(/\.(br|gz)$/, ''));
    expect(siblings.filter((f) => !isCompressible(f))).toEqual([]);
    expect(siblings.filter((f) => !existsSync(join(dist, f)))).toEqual([]);
  });
});

describe('the nginx config (deploy/nginx/) declares what _headers declares', () => {
  const root = new URL('../../deploy/nginx/', import.meta.url).pathname;
  const snippet = readFileSync(join(root, 'snippets/report-site-headers.conf'), 'utf8');
  const embedSnippet = readFileSync(join(root, 'snippets/report-site-embed-headers.conf'), 'utf8');
  const site = readFileSync(join(root, 'sites-available/report-site.conf'), 'utf8');
  const addHeaders = (conf: string) =>
    [...conf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;/gm)].map((m) => [m[1]!, m[2]!]);

  it('the headers of every path, CSP included, in the snippet', () => {
    const all = rules.find((r) => r.pattern === '/*')!;
    expect(addHeaders(snippet)).toEqual(all.headers.filter(([n]) => n !== 'Cache-Control'));
    expect(Object.fromEntries(addHeaders(snippet))['Content-Security-Policy']).toBe(cspHeader());
  });

  it('the headers of the embed pages (their own CSP, no X-Frame-Options) in their snippet', () => {
    for (const path of ['/embed/fig-a/', '/reports/r/embed/fig-a/']) {
      const expected = [...headersFor(rules, path)].filter(([n]) => n !== 'cache-control');
      expect(
        addHeaders(embedSnippet)
          .map(([n, v]) => [n!.toLowerCase(), v])
          .sort(),
      ).toEqual(expected.sort());
    }
    expect(Object.fromEntries(addHeaders(embedSnippet))['Content-Security-Policy']).toBe(cspEmbedHeader());
    expect(Object.fromEntries(addHeaders(embedSnippet))['X-Frame-Options']).toBeUndefined();
  });

  it('Cache-Control and Content-Type per location, each location with the snippet', () => {
    // `location /x/ {…}`, `location = /x {…}` or `location ~ ^/x/[^/]+/y/ {…}`, its body with at most one
    // nested block (`types { }`).
    const locations = new Map(
      [...site.matchAll(/location (?:= |~ \^)?(\/[^\s{]*) \{((?:[^{}]|\{[^{}]*\})*)\}/g)].map(
        (m) => [m[1]!, m[2]!] as const,
      ),
    );
    for (const rule of rules.filter((r) => r.pattern !== '/*')) {
      // A :placeholder of _headers is one path segment, [^/]+ in nginx's regular expression.
      const body = locations.get(rule.pattern.replace(/\*$/, '').replace(/:[A-Za-z]\w*/g, '[^/]+'));
      expect(body, `location for ${rule.pattern}`).toBeDefined();
      // A rule that detaches the site-wide headers (the embeds) has a snippet of its own.
      expect(body).toContain(
        rule.detach
          ? 'include snippets/report-site-embed-headers.conf;'
          : 'include snippets/report-site-headers.conf;',
      );
      // nginx sets a Content-Type from its types, not with add_header (that would send two): the location
      // empties the types, names the media type as its default and adds the charset to it.
      const type = rule.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
      // Headers that replace a detached one come from the location's own snippet.
      const others = rule.headers.filter(
        ([n]) => n.toLowerCase() !== 'content-type' && !rule.detach?.includes(n),
      );
      if (type) {
        const [mime, charset] = type.split(/;\s*charset=/);
        expect(body).toMatch(/^\s*types \{ \}$/m);
        expect(body).toContain(`default_type ${mime};`);
        expect(charset).toBe('utf-8');
        expect(body).toContain(`charset_types ${mime};`);
      }
      // Without a Cache-Control of its own, the hosts' default, said explicitly as in `location /`.
      const cache = others.some(([n]) => n === 'Cache-Control')
        ? []
        : [['Cache-Control', 'public, max-age=0, must-revalidate']];
      expect(addHeaders(body!)).toEqual([...others, ...cache]);
    }
    expect(site).toMatch(/^\s*charset utf-8;$/m);
    expect(locations.get('/')).toContain('include snippets/report-site-headers.conf;');
    expect(site).toMatch(/^\s*gzip_static on;$/m);
    expect(site).toMatch(/^\s*brotli_static on;$/m);
  });
});
