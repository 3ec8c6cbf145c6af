/** Every built page is valid HTML and follows the security rules the site's headers promise. */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta } from '../../src/lib/security.ts';
import { htmlPages } from '../helpers/dist.ts';

const pages = htmlPages();

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's output is not hand-formatted; these are style rules, not validity.
    'no-trailing-whitespace': 'off',
    'attr-case': 'off',
    // ECharts' SVG carries inline styles; long lines are minified output.
    'attribute-allowed-values': 'error',
    'no-inline-style': 'off',
    'long-title': 'off',
    'prefer-native-element': ['error', { exclude: ['button'] }],
    'no-redundant-role': 'off',
    'valid-id': ['error', { relaxed: false }],
  },
  elements: [
    'html5',
    {
      // Our custom elements (src/client/*.ts) wrap flow content.
      'figure-chart': { flow: true, permittedContent: ['@flow'] },
      'filter-group': { flow: true, permittedContent: ['@flow'] },
    },
  ],
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  it('is valid HTML', async () => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`),
    );
    expect(messages).toEqual([]);
  });

  it('runs no inline script and no inline event handler, under a strict CSP', () => {
    const inline = [...page.html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]!);
    expect(inline.filter((attrs) => !/type="application\/json"/.test(attrs))).toEqual([]);
    expect(page.html).not.toMatch(/\son[a-z]+="/);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(page.html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(meta).toBe(cspMeta());
    expect(meta).not.toMatch(/script-src[^;]*unsafe/);
  });
});

describe('public/_headers', () => {
  const headers = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');
  const value = (name: string) => new RegExp(`^\\s+${name}: (.+)$`, 'm').exec(headers)?.[1];

  it('sends the same CSP as the pages, plus frame-ancestors and WebAssembly (for the search worker)', () => {
    expect(value('Content-Security-Policy')).toBe(cspHeader());
  });

  it('sets the security headers and long caching for hashed assets', () => {
    expect(value('Strict-Transport-Security')).toMatch(/max-age=\d{8,}/);
    expect(value('X-Content-Type-Options')).toBe('nosniff');
    expect(value('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(value('Permissions-Policy')).toMatch(/camera=\(\)/);
    expect(headers).toMatch(/^\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable$/m);
  });
});
