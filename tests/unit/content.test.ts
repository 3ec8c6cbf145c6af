/**
 * The content as committed, and with the test fixture's real article added: every report's article, read
 * in order, is its source text; every quote, title and reference checks out. Nothing here assumes which
 * or how many reports there are: each check runs over every report.
 */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkContent,
  formatContentError,
  paragraphTexts,
  sourceLines,
} from '../../src/model/checks/index.ts';
import { articleTexts, headerLines } from '../../src/model/checks/verbatim.ts';
import { comparableText, findHalfWidthPunctuation } from '../../src/lib/text/typography.ts';
import { quoteNumber } from '../../src/lib/units.ts';
import { contentDir, contentWithFixture, loadParsed } from '../helpers/content.ts';

const withFixture = contentWithFixture();
afterAll(() => rmSync(withFixture, { recursive: true, force: true }));

describe.each([
  ['content/', contentDir],
  ['content/ with the fixture', withFixture],
])('%s', (_name, root) => {
  const content = loadParsed(root);

  it('passes the content check, with a home report among its reports', () => {
    expect(checkContent(content).map(formatContentError)).toEqual([]);
    expect(content.reports.map((r) => r.id)).toContain(content.site.home);
  });

  it('quotes no expert who is not in a report, and gives every quoted expert a report title', () => {
    const quoted = new Set(
      content.reports.flatMap((r) => [...r.opinions.values()].map((o) => o.data.expert)),
    );
    for (const id of content.experts.keys()) expect(quoted, `content/experts/${id}.yaml`).toContain(id);
    for (const r of content.reports)
      for (const o of r.opinions.values())
        expect(Object.keys(r.entry.data.experts), o.file).toContain(o.data.expert);
  });

  describe.each(content.reports.map((r) => [r.id, r] as const))('report %s', (_id, report) => {
    const source = report.source!;
    const opinions = [...report.opinions.values()];

    it('quotes every line of its source, in order, and nothing else (header lines aside)', () => {
      const header = headerLines(source, report.entry.data);
      const expected = sourceLines(source).filter((l) => !header.has(comparableText(l)));
      const article = articleTexts(report).map((a) => a.text);
      expect(article.map(comparableText)).toEqual(expected.map(comparableText));
      expect(article.length).toBeGreaterThan(0);
    });

    it('uses full-width punctuation inside Chinese text', () => {
      for (const part of [...report.sections, ...opinions]) {
        const texts = part.blocks.flatMap((b) =>
          b.kind === 'paragraph' ? [b.text] : b.kind === 'omitted-image' ? [b.caption] : [],
        );
        expect(texts.flatMap(findHalfWidthPunctuation), part.file).toEqual([]);
      }
    });

    it('states every report-claim figure in the paragraph it cites', () => {
      const paragraphs = paragraphTexts(report);
      for (const f of report.figures.values()) {
        for (const p of f.data.series.flatMap((s) => s.points)) {
          if (!('paragraph' in p.source)) continue;
          const text = paragraphs.get(p.source.paragraph);
          expect(text, `${f.slug}: ${p.source.paragraph}`).toBeDefined();
          expect(comparableText(text!)).toContain(comparableText(p.source.quote));
          expect(
            quoteNumber(p.source.quote, p.value, p.unit),
            `${f.slug}: ${p.value} in "${p.source.quote}"`,
          ).toBe(true);
        }
      }
    });

    it('publishes no unsourced figure: every sourced point has a public source with a status', () => {
      for (const f of report.figures.values()) {
        for (const p of f.data.series.flatMap((s) => s.points)) {
          if (p.kind !== 'sourced') continue;
          expect(p.source).toMatchObject({ url: expect.stringMatching(/^https?:\/\//) });
          expect(['verified', 'reported', 'derived']).toContain((p.source as { status: string }).status);
        }
      }
    });

    it('quotes every grid excerpt verbatim from the source, within its own opinion', () => {
      const whole = comparableText(source);
      for (const o of opinions) {
        for (const e of o.data.excerpts) {
          for (const fragment of e.text.split('……')) {
            expect(whole, o.slug).toContain(comparableText(fragment));
            expect(comparableText(o.paragraphs.join('')), o.slug).toContain(comparableText(fragment));
          }
        }
      }
    });
  });
});

describe('the first report’s own data', () => {
  const report = loadParsed().reports.find((r) => r.id === 'wechat-jd');

  it('keeps its source as received (../shared/source, where it stands beside the checkout)', () => {
    if (!report) return;
    let original: string | undefined;
    try {
      original = readFileSync(
        new URL('../../../shared/source/wechat-jd-report.zh.txt', import.meta.url),
        'utf8',
      );
    } catch {
      return; // ../shared is not beside every checkout; source.txt is the project's own copy
    }
    expect(report.source).toBe(original);
  });

  it('excerpts the opinions that speak to both companies under both (曹磊, 刘俊斌)', () => {
    if (!report) return;
    for (const id of ['cao-lei-1', 'liu-junbin-1']) {
      const perspectives = report.opinions.get(id)!.data.excerpts.map((e) => e.perspective);
      expect(perspectives, id).toEqual(expect.arrayContaining(['jd', 'tencent']));
    }
  });
});
