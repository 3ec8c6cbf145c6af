/**
 * The import (scripts/import/) on real articles: the test fixture's newspaper article of 2017 (as copied,
 * with its stray spaces and half-width marks; tests/fixtures/README.md), the first report's source with its
 * headline, the same article as a saved page, and a real dateline; then the command itself, on good and
 * bad input, writing nothing unless the draft passes the content check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enumeration, statedDate } from '../../src/lib/dates.ts';
import { comparableText } from '../../src/lib/text/typography.ts';
import { continues, findIntroductions, quotes } from '../../scripts/import/experts.ts';
import { creditsOf, datelineOf, looksLikeHeading, sortLines } from '../../scripts/import/lines.ts';
import { draftReport, expertIdOf, mdxText, slugOf, type KnownExpert } from '../../scripts/import/plan.ts';
import { readInput } from '../../scripts/import/read.ts';
import { contentDir, copyContent, fixturesDir, loadParsed, projectRoot } from '../helpers/content.ts';

const ARTICLE = join(fixturesDir, 'articles/jiaju-shuangshiyi-2017.txt');
const article = readFileSync(ARTICLE);
const known: KnownExpert[] = [...loadParsed().experts.values()].map((e) => ({
  id: e.id,
  name: e.data.name,
  titles: e.data.titles,
}));
/** Whether the site already has this expert (the import matches by name; content may hold the fixture's). */
const isKnown = (name: string) => known.some((e) => e.name === name);
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the draft of a real article (中国经营报, 2017)', () => {
  const draft = draftReport(readInput(article), { id: 'jiaju', experts: known });
  const file = (p: string) => draft.files.get(`reports/jiaju/${p}`);

  it('keeps source.txt exactly as given', () => {
    expect(file('source.txt')).toBe(article.toString('utf8'));
  });

  it('splits sections at the article’s headings, with readable pinyin ids', () => {
    expect([...draft.files.keys()].filter((f) => f.includes('/sections/'))).toEqual([
      'reports/jiaju/sections/overview.mdx',
      'reports/jiaju/sections/yu-jie-shuangshiyi-jiasu-zhuanxing.mdx',
      'reports/jiaju/sections/zhuazhu-cainian-weiba-na-xiaoliang-huan-shichang.mdx',
    ]);
    expect(file('sections/yu-jie-shuangshiyi-jiasu-zhuanxing.mdx')).toContain('title: 欲借“双十一”加速转型');
  });

  it('sets the text in Chinese typography without changing a word', () => {
    const overview = file('sections/overview.mdx')!;
    expect(overview).toContain('加速新零售布局；而罗莱家纺');
    expect(overview).toContain('的做法也屡见不鲜。');
    expect(overview).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });

  it('finds the quoted experts with the titles this article gives, matching one already on the site', () => {
    const yaml = file('report.yaml')!;
    expect(yaml).toMatch(/zhu-changling:\n\s+titles:\n\s+- 中国家具协会理事长\n\s+- 亚洲家具联合会会长/);
    expect(yaml).toMatch(/cao-lei:\n\s+titles:\n\s+- 中国电子商务研究中心主任/);
    expect(draft.files.has('experts/zhu-changling.yaml')).toBe(!isKnown('朱长岭'));
    expect(draft.files.has('experts/cao-lei.yaml')).toBe(!isKnown('曹磊'));
    expect(file('opinions/cao-lei-1.mdx')).toMatch(/^---\nexpert: cao-lei\n/);
    // Two paragraphs: the introduction, and the next one that quotes him again.
    expect(file('opinions/cao-lei-1.mdx')!.split('\n\n')).toHaveLength(3);
    expect(draft.review.join('\n')).toContain(
      isKnown('曹磊')
        ? 'expert 曹磊: already on the site as cao-lei'
        : 'expert 曹磊: new, content/experts/cao-lei.yaml',
    );
    expect(draft.review.join('\n')).toMatch(
      /expert 赵晶 \(美克国际家居用品股份有限公司副总经理\) speaks for a company/,
    );
  });

  it('writes what the text states and nothing it cannot know', () => {
    const yaml = file('report.yaml')!;
    expect(yaml).toContain('title: “双十一”成转型关键节点　家居企业战备升级');
    for (const field of [
      'publisher:',
      'published:',
      'credits:',
      'kind:',
      'subtitle:',
      'download:',
      'description:',
    ])
      expect(yaml, field).not.toContain(field);
    const review = draft.review.join('\n');
    expect(review).toContain('publisher: not stated — the text names 《中国经营报》记者');
    expect(review).toContain('credits: the text prints no credit line');
  });

  it('lists candidate events and number series with their sentences and precision', () => {
    const review = draft.review.join('\n');
    expect(review).toContain('“据了解，2007年5月，林氏木业正式在淘宝开张。” → 2007-05 (month)');
    expect(review).toContain(
      '“美克家居也在11月初推出了互联网定制品牌恣在家Zest Home。” → 11 without a year (month)',
    );
    expect(review).toContain(
      '→ 2016年第一季度 7.63亿元，2016年第二季度 5.80亿元，2016年第三季度 8.12亿元，2016年第四季度 9.97亿元 (quarter, basis list-order: 据原文列举顺序; year from “2016年”)',
    );
  });
});

describe('the draft of the first report’s source (its headline added)', () => {
  const source = `微信京东十年“联姻”落幕\n${readFileSync(join(contentDir, 'reports/wechat-jd/source.txt'), 'utf8')}`;
  const draft = draftReport(readInput(Buffer.from(source)), { id: 'again', experts: known });
  const published = loadParsed().reports.find((r) => r.id === 'wechat-jd');

  it('finds the credit lines, the publisher of （网经社讯）, the headings and the picture’s caption', () => {
    const yaml = draft.files.get('reports/again/report.yaml')!;
    expect(yaml).toContain('publisher: 网经社');
    expect(yaml).toMatch(/- role: 出品\n\s+name: 网经社\n\s+- role: 撰写\n\s+name: 无痕/);
    const sections = [...draft.files.keys()].filter((f) => f.includes('/sections/'));
    expect(sections).toHaveLength(5);
    const caption = '<OmittedImage caption="（京东在微信购物入口的小程序）" />';
    expect(sections.filter((f) => draft.files.get(f)!.includes(caption))).toHaveLength(1);
  });

  it('finds the same experts, with the same titles, as the hand-made report (typos included)', () => {
    if (!published) return;
    const yaml = draft.files.get('reports/again/report.yaml')!;
    for (const [id, intro] of Object.entries(published.entry.data.experts))
      expect(yaml, id).toContain(
        `${id}:\n    titles:\n${intro.titles.map((t) => `      - ${t}\n`).join('')}`,
      );
    const opinions = [...draft.files.keys()].filter((f) => f.includes('/opinions/'));
    expect(opinions).toHaveLength(published.opinions.size);
  });
});

describe('the parts', () => {
  it('reads credit lines and datelines as news pages print them (a real dateline of fangchan.com)', () => {
    expect(creditsOf('撰写 | 无痕')).toEqual([{ role: '撰写', name: '无痕', line: '撰写 | 无痕' }]);
    expect(creditsOf('本报记者 张三 李四')?.map((c) => c.name)).toEqual(['张三', '李四']);
    expect(creditsOf('（责任编辑：李四）')?.map((c) => [c.role, c.name])).toEqual([['责任编辑', '李四']]);
    expect(creditsOf('对此，京东方面回应称')).toBeUndefined();
    // http://www.fangchan.com/news/7/2026-03-06/7435539784128598542.html, its first line.
    expect(datelineOf('观点亚晨 2026-03-06 12:20:30 来源:中房网')).toMatchObject({
      date: '2026-03-06',
      precision: 'day',
    });
    expect(datelineOf('2007年5月，林氏木业正式在淘宝开张。')).toBeUndefined();
    const sorted = sortLines({
      format: 'text',
      source:
        '标题\n观点亚晨 2026-03-06 12:20:30 来源:中房网\n中房网讯 (亚晨/文)当前,我国家装市场规模已超3.2万亿元。\n',
    });
    expect(sorted.credits).toEqual([
      { role: '来源', name: '中房网', line: '观点亚晨 2026-03-06 12:20:30 来源:中房网' },
    ]);
    expect(sorted.publisher?.name).toBe('中房网');
  });

  it('finds introductions by titles ending in a position, and never half a title', () => {
    const found = findIntroductions(
      [
        '中国家具协会理事长、亚洲家具联合会会长朱长岭此前接受记者采访时指出，现在的林氏木业发生了巨大的变化。',
        '事实上，电商企业不满足网上销售的同时，传统家居企业也不满足仅仅掌握线下交易渠道。朱长岭表示，电商是家具销售的新方式。',
        '据了解，2007年5月，林氏木业正式在淘宝开张。',
      ],
      [],
    );
    expect(found).toEqual([
      { name: '朱长岭', titles: ['中国家具协会理事长', '亚洲家具联合会会长'], paragraph: 0, known: false },
    ]);
  });

  // The opening of a real page (http://www.fangchan.com/news/7/2026-03-06/7435539784128598542.html), as its
  // text stands: an expert introduced in a sentence of the reporter's and quoted in the next ones.
  const fangchan = [
    '然而,家装行业长期受困于“标准缺失、体验不佳、信任不足”等结构性矛盾,严重抑制了消费信心的释放。这也是全国政协委员、原北京国家会计学院院长秦荣生今年重点关注的方向之一。',
    '在秦荣生委员看来,尽管市场前景广阔,但家装行业“大而不强、散而不优”的问题依然突出。亟须从国家层面顶层设计,构建家装行业发展新范式,将万亿级潜在需求转化为现实经济增长点。',
    '他认为,目前我国家装行业存在五大痛点:一是,标准体系缺位,质量纠纷频发;二是,数字化程度低,协同效率低下;三是,资金监管缺失,消费风险突出;四是,人才供需失衡,专业服务匮乏;五是,行业集中度低,恶性竞争加剧。',
    '为破解上述难题,秦荣生委员提出四点建议:',
  ];

  it('finds an expert introduced in the reporter’s words and quoted later, and what the quote goes on with', () => {
    expect(findIntroductions(fangchan, [])).toEqual([
      { name: '秦荣生', titles: ['全国政协委员', '原北京国家会计学院院长'], paragraph: 0, known: false },
    ]);
    expect(fangchan.map((p) => quotes(p, '秦荣生'))).toEqual([false, true, false, true]);
    expect(continues(fangchan[2]!)).toBe(true);
    expect(looksLikeHeading('(一)强化顶层设计与标准引领,推动家装服务“产品化”')).toBe(true);
    expect(looksLikeHeading('为破解上述难题,秦荣生委员提出四点建议:')).toBe(false);
  });

  it('makes ids of pinyin: readable ASCII, words kept whole', () => {
    expect(expertIdOf('朱长岭')).toEqual({ id: 'zhu-changling', pinyin: 'Zhu Changling' });
    expect(expertIdOf('欧阳修')).toEqual({ id: 'ouyang-xiu', pinyin: 'Ouyang Xiu' });
    expect(slugOf('十年合作历程：从流量红利到战略分化')).toBe(
      'shinian-hezuo-licheng-cong-liuliang-hongli-dao',
    );
    expect(slugOf('一、竞合新生态')).toBe('jinghe-xin-shengtai');
  });

  it('escapes for MDX what would read as markup, and reads back the same', () => {
    expect(mdxText('1. 第一 *强调* {x} <a>')).toBe('1\\. 第一 \\*强调\\* \\{x\\} \\<a\\>');
  });

  it('reads the time words of news prose', () => {
    expect(statedDate('2016年天猫“双十一”大战中')).toEqual({ date: '2016-11', precision: 'month' });
    expect(statedDate('美克家居也在11月初')).toEqual({ date: '11', precision: 'month', yearless: true });
    expect(enumeration('四个季度营业额分别为7.63亿元、5.80亿元、8.12 亿元、9.97亿元。')).toEqual({
      periods: ['Q1', 'Q2', 'Q3', 'Q4'],
      precision: 'quarter',
      values: ['7.63亿元', '5.80亿元', '8.12亿元', '9.97亿元'],
    });
  });
});

describe('a saved page of the same article', () => {
  const lines = article.toString('utf8').trim().split('\n');
  const page = (heading: (l: string) => string) =>
    Buffer.from(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${lines[0]}</title>` +
        `<link rel="canonical" href="https://github.com/zzc1024/WeiShangFurniture/blob/3a690bd6844b2a3a554ec63e61cf05692283b559/zhu.sql">` +
        `</head><body><header><nav><a href="/">首页</a></nav></header><article><h1>${lines[0]}</h1>` +
        lines
          .slice(1)
          .map((l) => (l.length < 20 ? heading(l) : `<p>${l}</p>`))
          .join('\n') +
        `</article><footer><p>版权所有</p></footer></body></html>`,
    );

  it('gives the same source lines, sections and experts as the text, with headings in h2 or in plain p', () => {
    const text = draftReport(readInput(article), { id: 'x', experts: known });
    for (const heading of [(l: string) => `<h2>${l}</h2>`, (l: string) => `<p>${l}</p>`]) {
      const input = readInput(page(heading));
      expect(input.format).toBe('html');
      expect(input.source.trim().split('\n').map(comparableText)).toEqual(lines.map(comparableText));
      const html = draftReport(input, { id: 'x', experts: known });
      const sections = (d: typeof html) => [...d.files.keys()].filter((f) => /sections|opinions/.test(f));
      expect(sections(html)).toEqual(sections(text));
      expect(html.files.get('reports/x/report.yaml')).toContain('via:\n  name: github.com');
    }
  });
});

/** Runs the command against a scratch copy of content/. */
function runImport(args: string[], content: string) {
  const r = spawnSync(process.execPath, [join(projectRoot, 'scripts/import/cli.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, REPORT_CONTENT_DIR: content, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm run import', () => {
  const content = copyContent();
  scratch.push(content);
  const listing = () => readdirSync(content, { recursive: true, encoding: 'utf8' }).sort();
  const before = listing();
  const input = (name: string, bytes: string | Uint8Array) => {
    const dir = mkdtempSync(join(tmpdir(), 'import-input-'));
    scratch.push(dir);
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };

  it.each([
    ['an empty file', ['--id', 'empty', input('empty.txt', '')], /the file is empty/],
    [
      'a binary file',
      ['--id', 'bin', input('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))],
      /binary/,
    ],
    ['an id that exists', ['--id', 'wechat-jd', ARTICLE], /a report "wechat-jd" exists already/],
    [
      'a headline and no paragraphs',
      ['--id', 'bare', input('bare.txt', '“双十一”成转型关键节点\n\n')],
      /no paragraphs/,
    ],
    ['an id that is no URL segment', ['--id', 'Jiaju 2017', ARTICLE], /is not a report id/],
    ['no file', ['--id', 'none', '/nonexistent/article.txt'], /no file/],
  ])('refuses %s with one error and writes nothing', (_what, args, message) => {
    const r = runImport(args, content);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(message);
    expect(r.out).toContain('Nothing was written.');
    expect(r.out.trim().split('\n')).toHaveLength(2);
    expect(listing()).toEqual(before);
  });

  it('shows the plan with --dry-run and writes nothing', () => {
    const r = runImport(['--id', 'jiaju', '--dry-run', ARTICLE], content);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('Dry run — would write content/reports/jiaju/');
    expect(r.out).toContain('content check: the draft passes');
    expect(listing()).toEqual(before);
  });

  it('writes a draft that passes the content check at once, its anchor ids recorded', () => {
    const r = runImport(['--id', 'jiaju', ARTICLE], content);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('## Next');
    expect(readFileSync(join(content, 'reports/jiaju/source.txt'))).toEqual(article);
    expect(existsSync(join(content, 'reports/jiaju/anchors.json'))).toBe(true);
    const check = spawnSync(process.execPath, [join(projectRoot, 'scripts/check-content.ts')], {
      cwd: projectRoot,
      env: { ...process.env, REPORT_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
    expect(check.stdout).toContain('content check of report jiaju:');
  });
});
