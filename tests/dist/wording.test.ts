/**
 * What readers see says no more than its sources, in the built pages: dates no finer than their text, no
 * internal notes, labels that are true, and the wording corrections of the trust pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finerThan, formatChineseDate, precisionOf, statedDate } from '../../src/lib/dates.ts';
import { loadSite } from '../helpers/content.ts';
import { dist, htmlPages } from '../helpers/dist.ts';

const pages = htmlPages();
const home = pages.find((p) => p.path === '/')!;
/** A page's visible text, roughly: tags dropped, entities decoded enough for these checks. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<svg\b[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  it('dates every <time> no more precisely than its text', () => {
    for (const m of page.html.matchAll(/<time datetime="([^"]+)"[^>]*>([^<]+)<\/time>/g)) {
      const [, datetime, text] = m as unknown as [string, string, string];
      const stated = statedDate(text);
      expect(stated, text).toBeDefined();
      const machine = precisionOf(datetime);
      expect(machine, datetime).toBeDefined();
      expect(finerThan(machine!, stated!.precision), `${datetime} for “${text}”`).toBe(false);
    }
  });

  it('shows readers no internal notes and no untrue labels', () => {
    const text = textOf(page.html);
    for (const phrase of [
      '[URL slug', // editorial notes on titles
      'reprint of',
      'copy on ',
      'summarised by',
      '可信度', // a source type is not a credibility score
      '和/或',
      '行为专家', // reads as “behavioural experts”
      '上市发行价估值',
      '每股ADS',
      '派发京东股份作股息', // a distribution in specie, not a dividend of shares
      '超过25%', // the report says 25%以上
      '未就此发表评论', // an empty grid cell is not “no comment”
      '网经社（网页版）',
      '报告第', // paragraph references name their section
    ]) {
      expect(text, phrase).not.toContain(phrase);
    }
  });
});

describe('the report page', () => {
  it('describes itself without repeating the publisher', () => {
    const description = /<meta name="description" content="([^"]+)"/.exec(home.html)![1]!;
    expect(description.split('网经社').length - 1).toBeLessThanOrEqual(1);
  });

  it('shows the inferred publication date as what it is, the month only', () => {
    expect(home.html).toMatch(/<time datetime="2025-09"[^>]*>\s*2025年9月\s*<\/time>/);
    expect(textOf(home.html)).toContain('据同系列文章推定');
    expect(home.html).not.toContain('2025-09-24"');
  });

  it('keeps the report’s 约 on its numbers', () => {
    expect(textOf(home.html)).toContain('约2.15亿美元');
  });

  it('marks the report’s typo in the expert’s title as such, leaving the article verbatim', () => {
    expect(textOf(home.html)).toContain('特约研究院〔原文如此，应为“特约研究员”〕');
    expect(home.html).toMatch(/网经社电子商务研究中心特约研究院高攀也认为/);
  });

  it('uses the same words for the event marks in captions and text alternatives', () => {
    const text = textOf(home.html);
    expect(text).toContain('竖虚线标出');
    expect(text).not.toMatch(/(?<!竖)虚线标出/);
  });

  it('says in the footer everything the edition changes from the source', () => {
    const footer = /<footer class="site-footer[^"]*"[^>]*>([\s\S]*?)<\/footer>/.exec(home.html)![1]!;
    for (const change of ['署名行', '出品', '全角', '配图未收录', '锚点', '错字照录', '不属于网经社原文']) {
      expect(textOf(footer), change).toContain(change);
    }
  });
});

describe('the data downloads', () => {
  it('say 未注明时间 for undated claims in CSV and JSON', () => {
    const csv = readFileSync(join(dist, 'data/fig-gmv.csv'), 'utf8');
    expect(csv).toContain(',未注明时间,未注明时间,,25,%');
    const json = JSON.parse(readFileSync(join(dist, 'data/fig-gmv.json'), 'utf8'));
    const undated = json.series.flatMap(
      (s: { points: Array<{ precision: string; dateText: string; date?: string }> }) =>
        s.points.filter((p) => p.precision === 'undated'),
    );
    expect(undated).toHaveLength(2);
    for (const p of undated) {
      expect(p.dateText).toBe('未注明时间');
      expect(p.date).toBeUndefined();
    }
  });
});

/**
 * What every page says of itself, for every report of the build (from the model, never one report by
 * name): whose page it is, what it carries, its dates with their basis, counts that say what they count.
 */
describe('what the pages say of themselves', () => {
  const model = loadSite();
  const pageOf = (path: string) => pages.find((p) => p.path === path)!;
  const meta = (html: string, attr: string) =>
    new RegExp(`<meta ${attr} content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');

  it('ends every page’s title and og:title in the site’s name', () => {
    for (const p of pages) {
      const title = /<title>([^<]*)<\/title>/.exec(p.html)![1]!;
      expect(title, p.path).toMatch(new RegExp(`${model.site.name}$`));
      const og = meta(p.html, 'property="og:title"');
      if (og) expect(og, p.path).toMatch(new RegExp(`${model.site.name}$`));
    }
  });

  it.each(model.reports.map((r) => [r.id, r] as const))(
    '%s: credits the report to its byline, says in the footer what it carries, dates it with its basis',
    (_id, r) => {
      const page = pageOf(r.paths.page);
      expect(meta(page.html, 'name="author"')).toBe(r.byline);
      expect(meta(page.html, 'property="article:author"')).toBe(r.byline);
      const footer = /<footer class="site-footer[^"]*"[^>]*>([\s\S]*?)<\/footer>/.exec(page.html)![1]!;
      expect(textOf(footer)).toContain(r.data.carries);
      // Wherever a page names the report's date, its basis follows (the header, lists, expert pages).
      if (r.data.published?.basis) {
        const date = formatChineseDate(r.data.published.date, r.data.published.precision);
        for (const p of pages) {
          const text = textOf(p.html).replace(/\s+/g, '');
          for (const m of text.matchAll(new RegExp(`${r.data.publisher ?? ''}，${date}(?!\\d)`, 'g')))
            expect(text.slice(m.index, m.index + m[0].length + 12), p.path).toContain(r.data.published.basis);
        }
      }
    },
  );

  it.each(model.reports.map((r) => [r.id, r] as const))(
    '%s: credits each figure’s share page to the site, each section’s to the report',
    (_id, r) => {
      for (const t of r.shareTargets) {
        const share = pageOf(`${r.paths.share(t.id)}`);
        const author = meta(share.html, 'property="article:author"');
        expect(author, t.id).toBe(t.kind === 'figure' ? model.site.publisher : r.byline);
        if (t.kind === 'figure') expect(textOf(share.html), t.id).toContain(`${model.site.name}整理`);
      }
    },
  );

  it('counts in the filters say what they count', () => {
    for (const p of pages)
      for (const m of p.html.matchAll(/<span class="filter__count[^"]*">([\s\S]*?)<\/span>/g))
        expect(textOf(m[1]!).replace(/\s+/g, ''), p.path).toMatch(/^\d+(条摘录|个事件)$/);
  });
});
