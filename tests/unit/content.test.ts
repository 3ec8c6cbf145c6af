/**
 * The content as committed: the home report's article, read in order, is the report's text; every quote,
 * title and reference checks out. A content edit that changes the report's words fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkContent,
  formatContentError,
  paragraphTexts,
  sourceLines,
} from '../../src/model/checks/index.ts';
import { comparableText, findHalfWidthPunctuation } from '../../src/lib/text/typography.ts';
import { quoteNumber } from '../../src/lib/units.ts';
import { contentDir, loadParsed } from '../helpers/content.ts';

const content = loadParsed();
const report = content.reports.find((r) => r.id === content.site.home)!;
const source = readFileSync(join(contentDir, 'reports', report.id, 'source.txt'), 'utf8');
const opinions = [...report.opinions.values()];

describe('the committed content', () => {
  it('passes the content check', () => {
    expect(checkContent(content).map(formatContentError)).toEqual([]);
  });

  it('has its home report, with its source as received', () => {
    expect(report).toBeDefined();
    const shared = new URL('../../../shared/source/wechat-jd-report.zh.txt', import.meta.url);
    let original: string | undefined;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      return; // ../shared is not beside every checkout; source.txt is the project's own copy
    }
    expect(source).toBe(original);
  });

  it('quotes every paragraph of the source, in order, and nothing else', () => {
    const article: string[] = [];
    for (const s of report.sections) {
      if (s.data.title) article.push(s.data.title);
      for (const b of s.blocks) {
        if (b.kind === 'paragraph') article.push(b.text);
        if (b.kind === 'omitted-image') article.push(b.caption);
        if (b.kind === 'opinion') article.push(...report.opinions.get(b.id)!.paragraphs);
      }
    }
    const credits = report.entry.data.credits.map((c) => `${c.role} | ${c.name}`);
    const expected = sourceLines(source).filter((l) => !credits.includes(l));
    expect(article.map(comparableText)).toEqual(expected.map(comparableText));
    expect(article).toHaveLength(34);
  });

  it('has eight experts and sixteen opinions, each expert with at least one', () => {
    expect([...content.experts.keys()].sort()).toEqual([
      'cao-lei',
      'chen-hudong',
      'fan-xifeng',
      'gao-pan',
      'guo-tao',
      'jiang-zihua',
      'liu-junbin',
      'zhao-shaohui',
    ]);
    expect(opinions).toHaveLength(16);
    for (const id of content.experts.keys()) expect(opinions.some((o) => o.data.expert === id)).toBe(true);
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
    let claims = 0;
    for (const f of report.figures.values()) {
      for (const p of f.data.series.flatMap((s) => s.points)) {
        if (!('paragraph' in p.source)) continue;
        claims += 1;
        const text = paragraphs.get(p.source.paragraph);
        expect(text, `${f.slug}: ${p.source.paragraph}`).toBeDefined();
        expect(comparableText(text!)).toContain(comparableText(p.source.quote));
        expect(
          quoteNumber(p.source.quote, p.value, p.unit),
          `${f.slug}: ${p.value} in "${p.source.quote}"`,
        ).toBe(true);
      }
    }
    expect(claims).toBe(7);
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

  it('excerpts the opinions that speak to both companies under both (曹磊, 刘俊斌)', () => {
    for (const id of ['cao-lei-1', 'liu-junbin-1']) {
      const perspectives = report.opinions.get(id)!.data.excerpts.map((e) => e.perspective);
      expect(perspectives, id).toEqual(expect.arrayContaining(['jd', 'tencent']));
    }
  });
});
