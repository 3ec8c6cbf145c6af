/**
 * Every built page is valid HTML to the Nu Html Checker (`vnu.jar` from the npm package vnu-jar, run
 * with the machine's Java 17+): one run over all pages, any error fails its page. Warnings are printed,
 * not failed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const pages = htmlPages();

/**
 * Errors that are the checker's, not the page's. Its CSS checker predates CSS container queries (Baseline
 * since 2023; the figures use them to pick the wide or the phone drawing), so it reports the property and
 * the at-rule as unknown. Only those exact messages are dropped; any other CSS error still fails.
 */
const FALSE_POSITIVES: ((m: NuMessage) => boolean)[] = [
  (m) =>
    /^CSS: “container-(?:type|name)”: Property “container-(?:type|name)” doesn't exist\.$/.test(m.message),
  (m) => /^CSS: Unrecognized at-rule “@container”\.?$/.test(m.message),
  // The same lag in its HTML checker: `blocking="render"` on `<link rel="expect">` is in the HTML Standard
  // (https://html.spec.whatwg.org/multipage/links.html#link-type-expect; Chromium since 124, Safari since
  // 18.2), but the checker still allows `blocking` on stylesheet links only. Dropped only for that link.
  (m) =>
    m.message ===
      'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.' &&
    /<link rel="expect" href="#[\w-]+" blocking="render">/.test(m.extract ?? ''),
];

/**
 * A page with the fault the site once had (a script after </html>), and a `blocking` attribute where it is
 * not allowed: the checker must catch both.
 */
const canary = join(mkdtempSync(join(tmpdir(), 'nu-')), 'canary.html');
writeFileSync(
  canary,
  '<!doctype html><html lang="en"><head><title>x</title>' +
    // `blocking` on a link that is neither a stylesheet nor rel=expect: still an error.
    '<link rel="icon" href="/x.svg" blocking="render"></head><body><p>x</p></body></html>' +
    '<script type="module" src="/x.js"></script>',
);

let messages: NuMessage[] = [];
const errorsOf = (file: string) =>
  messages
    .filter((m) => m.type === 'error' && m.url && new URL(m.url).pathname === file)
    .filter((m) => !FALSE_POSITIVES.some((isFalse) => isFalse(m)));

beforeAll(async () => {
  // Exits non-zero when it finds errors; the JSON report (on stderr) is what counts.
  const { stderr } = await promisify(execFile)(
    'java',
    ['-jar', jar, '--format', 'json', '--exit-zero-always', canary, ...pages.map((p) => p.file)],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: NodeJS.ErrnoException & { stderr?: string }) => {
    if (error.code === 'ENOENT')
      throw new Error(
        'java not found: the Nu Html Checker needs Java 17+ (apt-get install default-jre-headless)',
      );
    throw error;
  });
  messages = (JSON.parse(stderr) as { messages: NuMessage[] }).messages;
  // The checker reads the pages as file: URLs, where no same-origin resource matches the CSP's 'self': its
  // "violates Content Security Policy" warnings are about that, not the site (the CSP is tested in the
  // browser, tests/e2e/quality.spec.ts). The other warnings are listed.
  const warnings = messages.filter(
    (m) =>
      m.type === 'info' && m.subType === 'warning' && !/violates Content Security Policy/.test(m.message),
  );
  if (warnings.length) {
    const counts = new Map<string, number>();
    for (const w of warnings) counts.set(w.message, (counts.get(w.message) ?? 0) + 1);
    console.log(
      `Nu Html Checker: ${warnings.length} warning(s)\n${[...counts]
        .map(([m, n]) => `  ${n} × ${m}`)
        .join('\n')}`,
    );
  }
}, 180_000);

it('ran over every page, and catches a stray script', () => {
  expect(messages.filter((m) => m.type === 'non-document-error')).toEqual([]);
  const canaryErrors = errorsOf(canary).map((m) => m.message);
  expect(canaryErrors).toContain('Stray start tag “script”.');
  expect(canaryErrors).toContain(
    'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.',
  );
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  it('has no Nu Html Checker errors', () => {
    const errors = errorsOf(page.file).map(
      (m) => `line ${m.lastLine}: ${m.message} [${m.extract?.trim().slice(0, 80)}]`,
    );
    expect(errors).toEqual([]);
  });
});
