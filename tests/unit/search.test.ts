/**
 * Search hits as passages (src/lib/search.ts) over a real Pagefind index: a page shaped like a report
 * page (its sections, paragraphs, figure, opinion, timeline, and the parts the index leaves out) is
 * indexed by Pagefind's Node API with the build's settings (src/integrations/search/search-index.ts),
 * and its fragment — what `result.data()` hands the browser — is cut into passages and matched.
 * The built site, in the browser, is tests/e2e/search.spec.ts and the Firefox pass.
 */
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_EXCLUDE } from '../../src/integrations/search/search-index.ts';
import {
  excerptOf,
  hitsOf,
  matchRanges,
  passagesOf,
  queryWords,
  type IndexedPage,
} from '../../src/lib/search.ts';

const PAGE = `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>
<header class="topbar"><a href="/">不该索引的顶栏</a></header>
<main id="main" data-pagefind-body>
  <header class="masthead"><h1>家居企业备战双十一</h1><p class="masthead__subtitle">副标题不在索引里</p>
    <dl class="masthead__credits"><div><dt>撰写</dt><dd>记者甲</dd></div></dl></header>
  <nav id="toc"><h2 id="toc-heading">目录</h2><a href="#overview">导语</a></nav>
  <section id="key-figures"><h2 id="key-figures-heading">关键数字</h2><p>约2.15亿美元关键数字</p></section>
  <article class="report">
    <section id="overview"><h2 id="overview-heading">导语</h2>
      <p id="overview-p1"><a class="anchor" href="#overview-p1" aria-label="复制本段链接"></a>今年“双十一”，家居企业提前备战，双方各有打算。</p>
      <p id="overview-p2">腾讯宣布以约2.15亿美元现金入股京东，GMV随之增长。<sup><a id="fnref-1" href="#fn-1">1</a></sup>脚注之后的话也在这一段。</p>
      <figure class="figure" id="fig-stake"><div class="figure__head"><h3 id="fig-stake-title">图1 腾讯持有京东股份比例</h3>
        <p class="figure__takeaway">图的要点：约2.15亿美元</p></div>
        <figure-chart><p id="fig-stake-desc">图1描述：约2.15亿美元</p></figure-chart>
        <details class="figure__data"><table id="fig-stake-table"><tr><td>2.15亿美元</td></tr></table></details>
        <figcaption class="figure__caption">来源：某公告</figcaption></figure>
      <div class="opinion" id="opinion-cao-lei-1"><div class="opinion__by"><a href="#expert-cao-lei">曹磊</a><span class="opinion__tag">京东</span></div>
        <p id="opinion-cao-lei-1-p1">电子商务研究中心主任曹磊认为，“双十一”是转型关键节点。</p>
        <p id="opinion-cao-lei-1-p2">他还指出，家居消费在升级。</p></div>
    </section>
  </article>
  <section id="timeline"><h2 id="timeline-heading">合作时间线</h2><p class="block__intro">时间线的说明</p>
    <filter-group><label><input type="radio" name="cat">资本</label></filter-group>
    <ol><li id="event-2014-03-10-stake"><div><time datetime="2014-03-10">2014年3月10日</time></div>
      <div><h3><span class="event__category">资本</span> 腾讯入股京东</h3><p>腾讯以约2.15亿美元现金入股。</p>
      <p class="event__sources"><a href="#overview-p2">报告“导语”第2段</a></p></div></li></ol></section>
  <section id="experts"><h2 id="experts-heading">专家观点一览</h2><p>曹磊：“双十一”是转型关键节点。</p></section>
  <section id="cite"><h2 id="cite-heading">引用</h2><p>曹磊 双十一 引文</p></section>
</main></body></html>`;

let page: IndexedPage;

beforeAll(async () => {
  const { index, errors } = await createIndex({ excludeSelectors: SEARCH_EXCLUDE });
  expect(errors).toEqual([]);
  await index!.addHTMLFile({ url: '/reports/r/', content: PAGE });
  const { files } = await index!.getFiles();
  const fragments = files.filter((f) => f.path.startsWith('fragment/'));
  expect(fragments).toHaveLength(1);
  // A fragment is gzip with a signature before its JSON; in the browser `data()` gives its segmented
  // `content` as `raw_content`.
  const json = gunzipSync(fragments[0]!.content).toString('utf8');
  const fragment = JSON.parse(json.slice(json.indexOf('{')));
  page = { ...fragment, raw_content: fragment.content };
}, 60_000);

afterAll(async () => {
  await close();
});

describe('the passages of a page', () => {
  it('are its paragraphs, headings, figure titles and events, each with its own link and section', () => {
    const passages = passagesOf(page);
    expect(passages.map((p) => [p.id, p.section])).toEqual([
      ['overview', '导语'],
      ['overview-p1', '导语'],
      ['overview-p2', '导语'],
      ['fig-stake', '导语'],
      ['opinion-cao-lei-1-p1', '导语'],
      ['opinion-cao-lei-1-p2', '导语'],
      ['timeline', '合作时间线'],
      ['event-2014-03-10-stake', '合作时间线'],
    ]);
    const text = Object.fromEntries(passages.map((p) => [p.id, p.text]));
    expect(text['overview']).toBe('导语');
    expect(text['fig-stake']).toBe('图1 腾讯持有京东股份比例');
    expect(text['overview-p1']).toBe('今年“双十一”，家居企业提前备战，双方各有打算。');
    // An id inside a paragraph (a footnote mark) does not cut it in two.
    expect(text['overview-p2']).toMatch(
      /^腾讯宣布以约2\.15亿美元现金入股京东，GMV随之增长。.*脚注之后的话也在这一段。$/,
    );
    expect(text['event-2014-03-10-stake']).toMatch(
      /^2014年3月10日.*腾讯入股京东.*腾讯以约2\.15亿美元现金入股。$/,
    );
  });

  it('leave out the page furniture and what repeats the report elsewhere on the page', () => {
    const all = passagesOf(page)
      .map((p) => p.text)
      .join('\n');
    for (const left of [
      '副标题',
      '记者甲',
      '目录',
      '关键数字',
      '图的要点',
      '图1描述',
      '某公告',
      '资本',
      '时间线的说明',
      '报告“导语”第2段',
      '专家观点一览',
      '引文',
    ])
      expect(all, left).not.toContain(left);
    // The opinion's by-line (曹磊 and its tag 京东) is not a passage; its paragraphs are.
    expect(all).not.toMatch(/^曹磊/m);
  });
});

describe('hits', () => {
  const marked = (q: string) =>
    hitsOf(page, queryWords(q)).map((h) => ({
      href: h.href,
      section: h.section,
      marks: h.excerpt.filter((p) => p.mark).map((p) => p.text),
    }));

  it('are the passages holding the query as typed, with exactly its words marked', () => {
    // Not 双方 (Pagefind's own excerpt marks 双 there), not the grid or the citations.
    expect(marked('「双十一」')).toEqual([
      { href: '/reports/r/#overview-p1', section: '导语', marks: ['双十一'] },
      { href: '/reports/r/#opinion-cao-lei-1-p1', section: '导语', marks: ['双十一'] },
    ]);
    expect(marked('曹磊')).toEqual([
      { href: '/reports/r/#opinion-cao-lei-1-p1', section: '导语', marks: ['曹磊'] },
    ]);
    expect(marked('2.15亿美元')).toEqual([
      { href: '/reports/r/#overview-p2', section: '导语', marks: ['2.15亿美元'] },
      { href: '/reports/r/#event-2014-03-10-stake', section: '合作时间线', marks: ['2.15亿美元'] },
    ]);
  });

  it('need every word of a query in one passage, and mark each', () => {
    expect(marked('腾讯 入股')).toEqual([
      { href: '/reports/r/#overview-p2', section: '导语', marks: ['腾讯', '入股'] },
      {
        href: '/reports/r/#event-2014-03-10-stake',
        section: '合作时间线',
        marks: ['腾讯', '入股', '腾讯', '入股'],
      },
    ]);
    // 家居 and 曹磊 are on the page, never in one passage.
    expect(marked('家居 曹磊')).toEqual([]);
  });

  it('fold full-width characters and case; find nothing that is not there', () => {
    expect(marked('ｇｍｖ')).toEqual([{ href: '/reports/r/#overview-p2', section: '导语', marks: ['GMV'] }]);
    expect(marked('２．１５亿')).toHaveLength(2);
    expect(marked('拼多多')).toEqual([]);
    expect(marked('  “” ')).toEqual([]);
  });

  it('carry the report title', () => {
    expect(hitsOf(page, ['曹磊'])[0]?.report).toBe('家居企业备战双十一');
  });
});

describe('query words, ranges and excerpts', () => {
  it('splits a query on spaces, without quotation marks, each word once', () => {
    expect(queryWords(' 「双十一」　家居 家居 “GMV” ')).toEqual(['双十一', '家居', 'gmv']);
  });

  it('merges overlapping matches (not adjacent ones) and needs every word', () => {
    expect(matchRanges('双十一双十一', ['双十', '十一'])).toEqual([
      [0, 3],
      [3, 6],
    ]);
    expect(matchRanges('双十一', ['双十一', '家居'])).toBeUndefined();
  });

  it('cuts a long passage around its first match at a clause, never through a match', () => {
    const text = `${'甲'.repeat(60)}，乙丙丁双十一${'戊'.repeat(200)}`;
    const parts = excerptOf(text, matchRanges(text, ['双十一'])!, 40);
    expect(parts[0]).toEqual({ text: '…' });
    expect(parts[1]).toEqual({ text: '乙丙丁' });
    expect(parts[2]).toEqual({ text: '双十一', mark: true });
    expect(parts.at(-1)).toEqual({ text: '…' });
    const whole = excerptOf('短句里的双十一。', matchRanges('短句里的双十一。', ['双十一'])!);
    expect(whole.map((p) => p.text).join('')).toBe('短句里的双十一。');
    // A character outside the BMP is never cut in half.
    const wide = `${'𠀀'.repeat(50)}双十一`;
    expect(
      excerptOf(wide, matchRanges(wide, ['双十一'])!, 20)
        .map((p) => p.text)
        .join(''),
    ).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
