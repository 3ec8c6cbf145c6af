/**
 * The content as committed: the article, read in order, is the report's text; every quote, title and
 * reference checks out. A content edit that changes the report's words fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/lib/content/blocks.ts';
import {
  checkContent,
  formatContentError,
  paragraphTexts,
  sourceLines,
} from '../../src/lib/content/integrity.ts';
import { quoteNumber, type UnitId } from '../../src/lib/units.ts';
import { comparableText, findHalfWidthPunctuation } from '../../src/lib/text/typography.ts';
import { contentDir, loadContent } from '../helpers/content.ts';

const content = loadContent();
const source = readFileSync(join(contentDir, 'sources/wechat-jd-report.zh.txt'), 'utf8');

describe('the committed content', () => {
  it('passes the content check', () => {
    expect(checkContent(content).map(formatContentError)).toEqual([]);
  });

  it('is the byte-for-byte copy of the report as received', () => {
    const shared = new URL('../../../shared/source/wechat-jd-report.zh.txt', import.meta.url);
    let original: string | undefined;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      return; // ../shared is not beside every checkout; content/sources is the project's own copy
    }
    expect(source).toBe(original);
  });

  it('quotes every paragraph of the source, in order, and nothing else', () => {
    const sections = [...content.sections].sort((a, b) => a.data.order - b.data.order);
    const opinions = new Map(content.opinions.map((o) => [o.id, o]));
    const article: string[] = [];
    for (const s of sections) {
      if (s.data.title) article.push(s.data.title);
      for (const b of parseBlocks(s.body ?? '')) {
        if (b.kind === 'paragraph') article.push(b.text);
        if (b.kind === 'omitted-image') article.push(b.caption);
        if (b.kind === 'opinion') {
          for (const ob of parseBlocks(opinions.get(b.id)!.body ?? ''))
            if (ob.kind === 'paragraph') article.push(ob.text);
        }
      }
    }
    const credits = content.reports[0]!.data.credits.map((c) => `${c.role} | ${c.name}`);
    const expected = sourceLines(source).filter((l) => !credits.includes(l));
    expect(article.map(comparableText)).toEqual(expected.map(comparableText));
    expect(article).toHaveLength(34);
  });

  it('has eight experts and sixteen opinions, each expert with at least one', () => {
    expect(content.experts.map((e) => e.id).sort()).toEqual([
      'cao-lei',
      'chen-hudong',
      'fan-xifeng',
      'gao-pan',
      'guo-tao',
      'jiang-zihua',
      'liu-junbin',
      'zhao-shaohui',
    ]);
    expect(content.opinions).toHaveLength(16);
    for (const e of content.experts)
      expect(content.opinions.some((o) => o.data.expert.id === e.id)).toBe(true);
  });

  it('uses full-width punctuation inside Chinese text', () => {
    for (const entry of [...content.sections, ...content.opinions]) {
      const texts = parseBlocks(entry.body ?? '').flatMap((b) =>
        b.kind === 'paragraph' ? [b.text] : b.kind === 'omitted-image' ? [b.caption] : [],
      );
      expect(texts.flatMap(findHalfWidthPunctuation), entry.filePath).toEqual([]);
    }
  });

  it('states every report-claim figure in the paragraph it cites', () => {
    const paragraphs = paragraphTexts(content.sections, content.opinions);
    let claims = 0;
    for (const f of content.figures) {
      for (const series of f.data.series) {
        for (const p of series.points) {
          if (!('paragraph' in p.source)) continue;
          claims += 1;
          const text = paragraphs.get(p.source.paragraph);
          expect(text, `${f.id}: ${p.source.paragraph}`).toBeDefined();
          expect(comparableText(text!)).toContain(comparableText(p.source.quote));
          expect(
            quoteNumber(p.source.quote, p.value, p.unit as UnitId),
            `${f.id}: ${p.value} in "${p.source.quote}"`,
          ).toBe(true);
        }
      }
    }
    expect(claims).toBe(7);
  });

  it('publishes no unsourced figure: every sourced point has a public source with a status', () => {
    for (const f of content.figures) {
      for (const p of f.data.series.flatMap((s) => s.points)) {
        if (p.kind !== 'sourced') continue;
        expect(p.source).toMatchObject({ url: expect.stringMatching(/^https?:\/\//) });
        expect(['verified', 'reported', 'derived']).toContain(
          (p.source as unknown as { status: string }).status,
        );
      }
    }
  });

  it('quotes every grid excerpt verbatim from the source, within its own opinion', () => {
    const whole = comparableText(source);
    for (const o of content.opinions) {
      for (const e of o.data.excerpts) {
        for (const fragment of e.text.split('……')) {
          expect(whole, o.id).toContain(comparableText(fragment));
          expect(comparableText(o.body ?? ''), o.id).toContain(comparableText(fragment));
        }
      }
    }
  });

  it('excerpts the opinions that speak to both companies under both (曹磊, 刘俊斌)', () => {
    for (const id of ['cao-lei-1', 'liu-junbin-1']) {
      const perspectives = content.opinions.find((o) => o.id === id)!.data.excerpts.map((e) => e.perspective);
      expect(perspectives, id).toEqual(expect.arrayContaining(['jd', 'tencent']));
    }
  });
});
