import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '../../src/integrations/delivery/headers.ts';
import { isCompressible } from '../../src/integrations/delivery/compressible.ts';

const FILE = `# comment
/*
  X-Frame-Options: DENY
  Content-Security-Policy: default-src 'none'; script-src 'self'

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe('the _headers file', () => {
  it('parses blocks of a pattern and indented headers, skipping comments', () => {
    expect(parseHeadersFile(FILE)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Frame-Options', 'DENY'],
          ['Content-Security-Policy', "default-src 'none'; script-src 'self'"],
        ],
      },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    ]);
  });

  it('matches * against any characters, and literal dots', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/_astro/*', '/_astro/a.b.js')).toBe(true);
    expect(patternMatches('/_astro/*', '/fonts/a.woff2')).toBe(false);
    expect(patternMatches('/a.css', '/abcss')).toBe(false);
  });

  it('gives a path the headers of every matching rule', () => {
    const h = headersFor(parseHeadersFile(FILE), '/_astro/x.js');
    expect(h.get('x-frame-options')).toBe('DENY');
    expect(h.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(parseHeadersFile(FILE), '/').has('cache-control')).toBe(false);
  });

  it('fails when two matching rules name the same header', () => {
    const rules = parseHeadersFile(`${FILE}\n/_astro/x.js\n  X-Frame-Options: SAMEORIGIN\n`);
    expect(() => headersFor(rules, '/_astro/x.js')).toThrow(/X-Frame-Options is set twice/);
  });

  it('fails on a line it cannot read', () => {
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/cannot read/);
  });
});

describe('precompressed formats', () => {
  it('are the text formats', () => {
    for (const f of [
      'index.html',
      '_astro/a.css',
      'a.js',
      'favicon.svg',
      'd.json',
      'd.csv',
      'sitemap.xml',
      'robots.txt',
    ])
      expect(isCompressible(f), f).toBe(true);
    for (const f of ['a.woff2', 'og/a.png', 'r.pdf', '_headers', 'index.html.gz'])
      expect(isCompressible(f), f).toBe(false);
  });
});

describe('a rule that detaches headers (Cloudflare Pages: `! Name`)', () => {
  const rules = parseHeadersFile(`${FILE}
/embed/*
  ! X-Frame-Options
  ! Content-Security-Policy
  Content-Security-Policy: frame-ancestors *

/reports/:report/embed/*
  ! X-Frame-Options
`);

  it('removes what earlier matching rules set, and may set its own value', () => {
    const h = headersFor(rules, '/embed/fig-a/');
    expect(h.has('x-frame-options')).toBe(false);
    expect(h.get('content-security-policy')).toBe('frame-ancestors *');
    expect(headersFor(rules, '/s/fig-a/').get('x-frame-options')).toBe('DENY');
  });

  it('matches a :placeholder against one path segment', () => {
    expect(patternMatches('/reports/:report/embed/*', '/reports/r1/embed/fig-a/')).toBe(true);
    expect(patternMatches('/reports/:report/embed/*', '/reports/r1/x/embed/fig-a/')).toBe(false);
    expect(patternMatches('/reports/:report/embed/*', '/reports/r1/')).toBe(false);
    expect(headersFor(rules, '/reports/r1/embed/fig-a/').has('x-frame-options')).toBe(false);
    expect(headersFor(rules, '/reports/r1/').get('x-frame-options')).toBe('DENY');
  });
});
