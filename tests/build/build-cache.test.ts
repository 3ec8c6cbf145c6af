/**
 * The build cache (src/integrations/cache/): built again with nothing changed, the site with two reports
 * (tests/helpers/build.ts `siteWithFixture`, its cache in its content folder) takes every share image,
 * figure picture, reserved height, PDF, print font and precompressed file from the cache — Chromium is not launched —
 * and dist/ is the same, byte for byte. Then one report's content changes (the fixture gets an edition
 * note, printed on its PDF's cover, with a character no page had, so the site's print font and its
 * name in every page change too): only that report's page is measured and printed again; the other
 * report's PDF is the very file of the first build.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, PUBLIC_URL, siteWithFixture, type BuildResult } from '../helpers/build.ts';
import { run } from '../helpers/pdf.ts';
import { comparableText } from '../../src/lib/text/typography.ts';

const FX = 'jiaju-shuangshiyi-2017';
const FX_PDF = `reports/${FX}/${FX}.pdf`;
const HOME_PDF = 'wechat-jd-report.pdf';
/** The edition note the change adds; 夔 is a character no page of the site has (checked below). */
const NEW_CHAR = '夔';
const EDITION = `本版逐字收录这篇文章，另附数据图表、时间线与专家观点对照（${NEW_CHAR}）。`;

/** The build cache of a test build: in its content folder's Astro cache (astro.config.mjs). */
const CACHE = (content: string) => join(content, '.astro-cache/report-build');
const files = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(root, f)).isFile())
    .sort();
/** The build's line of a step: `[chromium-assets] …` */
const logLine = (build: BuildResult, step: string, has: string) =>
  build.output.split('\n').find((l) => l.includes(`[${step}]`) && l.includes(has)) ?? '';

describe('the build cache', () => {
  let first: BuildResult;
  let again: BuildResult;
  let changed: BuildResult;
  let dir = '';

  beforeAll(() => {
    first = siteWithFixture();
    expect(first.status, first.output).toBe(0);
    // The same content and build cache, copied, so that the change below leaves the shared build's alone
    // (not Astro's own cache beside it, whose content store names the original's files).
    dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    cpSync(first.content, join(dir, 'content'), {
      recursive: true,
      filter: (from) =>
        !from.startsWith(join(first.content, '.astro-cache/')) || from.startsWith(CACHE(first.content)),
    });
    const env = { SITE_URL: PUBLIC_URL };
    const content = join(dir, 'content');
    again = astroBuild({ content, outDir: join(dir, 'again'), chromium: true, env });
    const yaml = join(content, `reports/${FX}/report.yaml`);
    writeFileSync(yaml, `${readFileSync(yaml, 'utf8').trimEnd()}\nedition: ${EDITION}\n`);
    changed = astroBuild({ content, outDir: join(dir, 'changed'), chromium: true, env });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its cache in the Astro cache folder of a test build', () => {
    expect(existsSync(join(CACHE(first.content), 'pdf'))).toBe(true);
  });

  it('with nothing changed, takes every result from the cache and launches no Chromium', () => {
    expect(again.status, again.output).toBe(0);
    const chromium = logLine(again, 'chromium-assets', 'Chromium not launched');
    expect(chromium, again.output).toMatch(/(\d+) share image\(s\) \(\1 from the build cache\)/);
    expect(chromium).toMatch(/([1-9]\d*) figure picture\(s\) \(\1 from the build cache\)/);
    expect(chromium).toContain('2 report page(s) with reserved heights (2 from the build cache)');
    expect(chromium).toContain('2 PDF(s) (2 from the build cache)');
    expect(again.output).not.toContain('printed report:');
    expect(logLine(again, 'precompress', 'precompressed')).toMatch(
      /\(\d+ from the build cache, 0 compressed\)/,
    );
    expect(logLine(again, 'build-cache', 'reused')).toMatch(/print-font 2\/2/);
  });

  it('with nothing changed, writes the same dist/, byte for byte', () => {
    const names = files(first.out);
    expect(files(again.out)).toEqual(names);
    expect(names.filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    for (const f of names)
      expect(readFileSync(join(again.out, f)).equals(readFileSync(join(first.out, f))), f).toBe(true);
  });

  it('after one report changes, measures and prints that report alone', () => {
    expect(changed.status, changed.output).toBe(0);
    // The change brings a character new to the site: the print font is cut again, and every page's
    // print sheet names the new files.
    for (const f of files(first.out).filter((f) => f.endsWith('.html')))
      expect(readFileSync(join(first.out, f), 'utf8').includes(NEW_CHAR), f).toBe(false);
    expect(logLine(changed, 'build-cache', 'reused')).toMatch(/print-font 0\/2/);
    const index = (root: string) => readFileSync(join(root, 'index.html'), 'utf8');
    expect(index(changed.out)).not.toBe(index(first.out));

    const chromium = logLine(changed, 'chromium-assets', 'from the build cache');
    expect(chromium, changed.output).toMatch(/(\d+) share image\(s\) \(\1 from the build cache\)/);
    // Its figures are as they were: their pictures too.
    expect(chromium).toMatch(/([1-9]\d*) figure picture\(s\) \(\1 from the build cache\)/);
    expect(chromium).toContain('2 report page(s) with reserved heights (1 from the build cache)');
    expect(chromium).toContain('2 PDF(s) (1 from the build cache)');
    const printed = changed.output.split('\n').filter((l) => l.includes('printed report:'));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(`/${FX_PDF}`);
    expect(changed.output).toMatch(new RegExp(`reserved heights: \\d+ block\\(s\\) of /reports/${FX}/ `));
  });

  it('after one report changes, keeps the other report’s PDF, share images and pictures as they were', () => {
    const same = (f: string) => readFileSync(join(changed.out, f)).equals(readFileSync(join(first.out, f)));
    expect(same(HOME_PDF)).toBe(true);
    const pngs = files(first.out).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(10);
    for (const f of pngs) expect(same(f), f).toBe(true);
    for (const f of files(first.out).filter((f) => /(^|\/)data\/[^/]+\.svg$/.test(f)))
      expect(same(f), f).toBe(true);
    // The changed report's PDF is new, and its cover has the new note.
    expect(same(FX_PDF)).toBe(false);
    const cover = run('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', join(changed.out, FX_PDF), '-']);
    expect(comparableText(cover)).toContain(comparableText(EDITION));
  });
});
