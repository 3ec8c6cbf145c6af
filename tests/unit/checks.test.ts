/**
 * The content check (src/model/checks/), over deliberately broken copies of the real content read through
 * the real schemas, and of the content with the test fixture's second report.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatContentError } from '../../src/model/checks/index.ts';
import { loadContentFromDisk } from '../../src/model/disk.ts';
import { parseContent, type ContentEntries } from '../../src/model/parse.ts';
import { contentDir, contentWithFixture } from '../helpers/content.ts';

const withFixture = contentWithFixture();
afterAll(() => rmSync(withFixture, { recursive: true, force: true }));

/**
 * The content (or the content with the fixture), edited, then parsed and checked. Read without the reports'
 * published-values records: these edits prove other rules, and each changed value would also be named as
 * changed without a correction (that rule: tests/unit/corrections.test.ts).
 */
function broken(edit: (c: ContentEntries) => void, root = contentDir): string[] {
  const { content, errors } = loadContentFromDisk(root);
  expect(errors).toEqual([]);
  const read = content.readReportFile;
  content.readReportFile = (id, name) => (name === 'published.json' ? undefined : read(id, name));
  edit(content);
  return checkContent(parseContent(content)).map(formatContentError);
}

const opinion = (c: ContentEntries, id: string) => c.opinions.find((o) => o.id === `wechat-jd/${id}`)!;
const section = (c: ContentEntries, id: string) => c.sections.find((s) => s.id === `wechat-jd/${id}`)!;
const figure = (c: ContentEntries, id: string) => c.figures.find((f) => f.id === `wechat-jd/${id}`)!;
const event = (c: ContentEntries, id: string) => c.events.find((e) => e.id === `wechat-jd/${id}`)!;
const report = (c: ContentEntries, id: string) => c.reports.find((r) => r.id === id)!;

describe('checkContent', () => {
  it('reports an unknown expert with file and field', () => {
    const errors = broken((c) => (opinion(c, 'guo-tao-2').data.expert = 'li-si'));
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^content\/reports\/wechat-jd\/opinions\/guo-tao-2\.mdx → expert: unknown expert "li-si"/,
      ),
    );
  });

  it('reports an unknown section', () => {
    const errors = broken((c) => (opinion(c, 'cao-lei-1').data.section = 'epilogue'));
    expect(errors).toContainEqual(
      expect.stringMatching(/cao-lei-1\.mdx → section: unknown section "epilogue" of report wechat-jd/),
    );
  });

  it('reports an entry in a folder without report.yaml, and a home report that does not exist', () => {
    const errors = broken((c) => {
      section(c, 'about').id = 'alibaba/about';
      c.site = { ...c.site, home: 'alibaba' };
    });
    expect(errors).toContainEqual(expect.stringMatching(/^content\/site\.yaml → home: no report "alibaba"/));
    expect(errors).toContainEqual(
      expect.stringMatching(/about\.mdx → \(file\): content\/reports\/alibaba\/ has no report\.yaml/),
    );
  });

  it('reports a word that is not the source', () => {
    const errors = broken((c) => {
      const o = opinion(c, 'gao-pan-3');
      o.body = o.body!.replace('深刻的范式变革', '深刻的模式变革');
    });
    expect(errors).toEqual([
      expect.stringMatching(/gao-pan-3\.mdx → body \(block 1\): not verbatim from the source/),
    ]);
  });

  it('reports a changed number', () => {
    const errors = broken((c) => {
      const s = section(c, 'cooperation-history');
      s.body = s.body!.replace('从17%降至2.3%', '从17%降至3.2%');
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/cooperation-history\.mdx → body \(block 8\): not verbatim/),
    );
    // …and the timeline event that quotes the paragraph no longer finds its words there.
    expect(errors).toContainEqual(
      expect.stringMatching(
        /events\/2021-12-dividend\.yaml → report\.quote: ".*" is not in paragraph cooperation-history-p5/,
      ),
    );
  });

  it('accepts a change of punctuation width only', () => {
    const errors = broken((c) => {
      const s = section(c, 'overview');
      s.body = s.body!.replace('（网经社讯）9月30日，', '(网经社讯)9月30日,');
    });
    expect(errors).toEqual([]);
  });

  it('reports paragraphs out of order', () => {
    const errors = broken((c) => {
      const s = section(c, 'coopetition');
      s.body = s.body!.replace(
        '<Opinion id="zhao-shaohui-4" />\n\n<Opinion id="guo-tao-3" />',
        '<Opinion id="guo-tao-3" />\n\n<Opinion id="zhao-shaohui-4" />',
      );
    });
    expect(errors).toEqual([expect.stringMatching(/guo-tao-3\.mdx → body \(block 1\): out of order/)]);
  });

  it('reports an opinion that is missing from the article', () => {
    const errors = broken((c) => {
      const s = section(c, 'coopetition');
      s.body = s.body!.replace('<Opinion id="gao-pan-3" />', '');
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/gao-pan-3\.mdx → section: the opinion is never placed/),
    );
  });

  it('reports an opinion placed twice, and one placed in the wrong section', () => {
    const errors = broken((c) => {
      const s = section(c, 'about');
      s.body = `${s.body}\n<Opinion id="cao-lei-1" />\n`;
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/\.mdx → body \(block \d+\): opinion "cao-lei-1" is placed twice/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/cao-lei-1\.mdx → section: says "cooperation-history" but/),
    );
  });

  it('reports an unknown opinion placeholder and stray markup', () => {
    const errors = broken((c) => {
      const s = section(c, 'about');
      s.body = `${s.body}\n<Opinion id="nobody-1" />\n\n## 附录\n`;
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/<Opinion id="nobody-1" \/> names an unknown opinion/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/about\.mdx → body \(block \d+\): unexpected heading/),
    );
  });

  it('reports duplicate anchor ids and duplicate section order', () => {
    const errors = broken((c) => {
      // A section named like an opinion's paragraph: two elements would share the id opinion-gao-pan-1-p1.
      const copy = structuredClone(section(c, 'about'));
      copy.id = 'wechat-jd/opinion-gao-pan-1-p1';
      copy.filePath = 'content/reports/wechat-jd/sections/opinion-gao-pan-1-p1.mdx';
      c.sections.push(copy);
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /opinions\/gao-pan-1\.mdx → paragraph 1: anchor id "opinion-gao-pan-1-p1" is already used/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/sections\/opinion-gao-pan-1-p1\.mdx → order: 5 is also the order of/),
    );
  });

  it('reports an expert title that the report does not give', () => {
    const errors = broken(
      (c) => (report(c, 'wechat-jd').data.experts['gao-pan']!.titles[1] = '网经社电子商务研究中心特约研究员'),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /wechat-jd\/report\.yaml → experts\.gao-pan\.titles: the source never introduces the expert as "江南北商学院院长、网经社电子商务研究中心特约研究员高攀" \(it writes: "江南北商学院院长、网经社电子商务研究中心特约研究院高攀"/,
      ),
    ]);
  });

  it('reports a title that is only part of the source’s longer title', () => {
    const errors = broken(
      (c) => (report(c, 'wechat-jd').data.experts['cao-lei']!.titles = ['电子商务研究中心主任']),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /wechat-jd\/report\.yaml → experts\.cao-lei\.titles: "电子商务研究中心主任曹磊" is only part of a longer title in the source \("网经社电子商务研究中心主任曹磊"\)/,
      ),
    ]);
  });

  it('reports a quoted expert the report does not introduce, and one it lists but never quotes', () => {
    const errors = broken((c) => {
      const r = report(c, 'wechat-jd');
      delete r.data.experts['guo-tao'];
      r.data.experts['fan-xifeng'] = { titles: [], sic: [] };
      for (const o of c.opinions) if (o.data.expert === 'fan-xifeng') o.data.expert = 'chen-hudong';
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /wechat-jd\/report\.yaml → experts\.guo-tao: the report quotes 郭涛 \(content\/reports\/wechat-jd\/opinions\/guo-tao-1\.mdx\): give the titles/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /wechat-jd\/report\.yaml → experts\.fan-xifeng: 樊西峰 is not quoted by any opinion/,
      ),
    );
  });

  it('reports a missing source file and a credit not in the source', () => {
    let errors = broken((c) => (report(c, 'wechat-jd').data.credits[1]!.name = '某人'));
    expect(errors).toContainEqual(
      expect.stringMatching(
        /reports\/wechat-jd\/report\.yaml → credits\[1\]: "撰写 \| 某人" is not a line of the source/,
      ),
    );
    errors = broken((c) => (c.readReportFile = () => undefined));
    expect(errors).toContainEqual(
      expect.stringMatching(
        /reports\/wechat-jd\/report\.yaml → source: file content\/reports\/wechat-jd\/source\.txt not found/,
      ),
    );
  });

  it('reports a figure value that its report quote does not state', () => {
    const errors = broken((c) => {
      const f = figure(c, 'fig-valuation');
      f.data.series[0]!.points[1]!.value = 45;
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /fig-valuation\.yaml → series\[0\]\.points\[1\]\.value: 45 USD_bn is not what the quote/,
      ),
    ]);
  });

  it('reports an unknown paragraph, a quote not in its paragraph, and an unknown event', () => {
    const errors = broken((c) => {
      const f = figure(c, 'fig-gmv');
      const claim = f.data.series.find((s) => s.id === 'report-channel')!.points[0]!.source as {
        paragraph: string;
      };
      claim.paragraph = 'cooperation-history-p42';
      f.data.events.push('2030-01-01-nothing');
      const e = event(c, '2014-05-27-entry');
      e.data.report!.quote = '2014年5月28日';
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /fig-gmv\.yaml → series\[\d\]\.points\[0\]\.source\.paragraph: unknown paragraph "cooperation-history-p42"/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /fig-gmv\.yaml → events\[1\]: unknown event "2030-01-01-nothing" of report wechat-jd/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/2014-05-27-entry\.yaml → report\.quote: "2014年5月28日" is not in paragraph/),
    );
  });

  it('reports a figure that is never placed', () => {
    const errors = broken((c) => {
      const s = section(c, 'cooperation-history');
      s.body = s.body!.replace('<Figure id="fig-stake" />', '');
    });
    expect(errors).toEqual([expect.stringMatching(/fig-stake\.yaml → section: the figure is never placed/)]);
  });

  it('reports a key figure whose number the cited words do not state, or whose link goes nowhere', () => {
    const errors = broken((c) => {
      const k = report(c, 'wechat-jd').data.keyFigures;
      k[2]!.value = '17%→2.5%';
      k[0]!.href = 'fig-nothing';
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /wechat-jd\/report\.yaml → keyFigures\[0\]\.href: "fig-nothing" is not an anchor id/,
      ),
      expect.stringMatching(
        /wechat-jd\/report\.yaml → keyFigures\[2\]\.value: 2\.5 not stated in "持股比例从17%降至2\.3%"/,
      ),
    ]);
  });

  it('reports a header date that is not the date of the events it names', () => {
    const errors = broken((c) => {
      const dates = report(c, 'wechat-jd').data.dates;
      const span = dates.find((d) => d.end)!;
      span.start = '2014-03-10';
      span.events[1] = 'no-such-event';
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /wechat-jd\/report\.yaml → dates\[1\]\.events\[0\]: "2014-05-27-entry" is dated 2014-05-27, the header's start 2014-03-10/,
      ),
      expect.stringMatching(/wechat-jd\/report\.yaml → dates\[1\]\.events\[1\]: no event "no-such-event"/),
    ]);
  });

  it('reports a page that calls itself 全文 of a report longer than the text it carries', () => {
    const errors = broken((c) => {
      const data = report(c, 'wechat-jd').data;
      data.description = '《微信京东十年“联姻”落幕》全文：京东与微信的十年。';
      data.carries = '网经社这份报告的全文，逐字收录。';
      data.edition = '本版逐字收录网经社发布这份报告的文章（文章全文），报告全文见原文地址。';
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /wechat-jd\/report\.yaml → description: “…年“联姻”落幕》全文：京东与…” calls the page 全文, but the original is 14000 characters/,
      ),
      expect.stringMatching(/wechat-jd\/report\.yaml → carries: .* calls the page 全文/),
    ]);
  });

  it('reports an excerpt that is not the expert’s words', () => {
    const errors = broken(
      (c) => (opinion(c, 'guo-tao-2').data.excerpts[0]!.text = '腾讯这是“拆墙行动”的重要举措'),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /guo-tao-2\.mdx → excerpts\[0\]\.text: "腾讯这是“拆墙行动”的重要举措" is not the opinion's words/,
      ),
    ]);
  });

  it('reports an excerpt that cuts one side of a contrast', () => {
    const errors = broken(
      (c) => (opinion(c, 'guo-tao-1').data.excerpts[0]!.text = '从京东视角看，不再续约有一定好处'),
    );
    expect(errors).toEqual([
      expect.stringMatching(/guo-tao-1\.mdx → excerpts\[0\]\.text: gives one side of a “好处…弊端” contrast/),
    ]);
  });

  it('reports a date finer than its sources, and report time words that contradict the date', () => {
    const errors = broken((c) => {
      const ev = event(c, '2014-06-618-orders');
      ev.data.date = '2014-06-18';
      ev.data.precision = 'day';
      const gmv = figure(c, 'fig-gmv');
      const times = gmv.data.series.find((s) => s.id === 'report-channel')!.points[1]!;
      times.date = '2014-07';
      const stake = figure(c, 'fig-stake');
      const post = stake.data.series[1]!.points[0]!;
      post.date = '2017-06';
      post.precision = 'month';
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /events\/2014-06-618-orders\.yaml → precision: precision "day" is finer than its sources \(the report's “2014年618大促期间”\)/,
      ),
      expect.stringMatching(
        /fig-gmv\.yaml → series\[4\]\.points\[1\]\.precision: 2014-07 is not what the report's words "2014年618大促期间" say/,
      ),
      expect.stringMatching(
        /fig-stake\.yaml → series\[1\]\.points\[0\]\.precision: precision "month" is finer than its sources \(public sources at year\)/,
      ),
      // A row id follows its datum's date, so the old numbered ids aliased to these rows lose their target.
      expect.stringMatching(
        /report\.yaml → anchorAliases\.fig-gmv-11: "fig-gmv-report-channel-2014-06" is not an anchor id/,
      ),
      expect.stringMatching(
        /report\.yaml → anchorAliases\.fig-stake-2: "fig-stake-stake-post-ipo-2017" is not an anchor id/,
      ),
      expect.stringMatching(
        /report\.yaml → anchorAliases\.fig-stake-stake-post-ipo-2017-03: "fig-stake-stake-post-ipo-2017" is not an anchor id/,
      ),
      // The correction that names the 2017 row names an id that is gone too.
      expect.stringMatching(
        /report\.yaml → corrections\[0\]\.anchors\[0\]: "fig-stake-stake-post-ipo-2017" is not an anchor id of the report/,
      ),
      // And the published ids (anchors.json) of those rows, and of the ids aliased to them, are gone.
      ...[
        'fig-gmv-11',
        'fig-gmv-report-channel-2014-06',
        'fig-stake-2',
        'fig-stake-stake-post-ipo-2017',
        'fig-stake-stake-post-ipo-2017-03',
      ].map((id) =>
        expect.stringMatching(
          new RegExp(`anchors\\.json → ids\\[\\d+\\]: "${id}" was published and is gone`),
        ),
      ),
    ]);
  });

  it('reports a claim dated although the report gives it no time', () => {
    const errors = broken((c) => {
      const gmv = figure(c, 'fig-gmv');
      const share = gmv.data.series.find((s) => s.id === 'report-channel')!.points[0]!;
      share.date = '2014';
      share.precision = 'year';
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /fig-gmv\.yaml → series\[4\]\.points\[0\]\.precision: precision "year" is finer than its sources/,
      ),
      // Its row id follows the date: the numbered id aliased to it loses its target.
      expect.stringMatching(
        /report\.yaml → anchorAliases\.fig-gmv-12: "fig-gmv-report-channel-undated-2" is not an anchor id/,
      ),
      ...['fig-gmv-12', 'fig-gmv-report-channel-undated-2'].map((id) =>
        expect.stringMatching(
          new RegExp(`anchors\\.json → ids\\[\\d+\\]: "${id}" was published and is gone`),
        ),
      ),
    ]);
  });

  it('reports a qualifier other than the report’s words (25%以上 is not 超过25%)', () => {
    const errors = broken((c) => {
      const gmv = figure(c, 'fig-gmv');
      gmv.data.series.find((s) => s.id === 'report-channel')!.points[0]!.bound = 'over';
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /fig-gmv\.yaml → series\[4\]\.points\[0\]\.bound: the quote qualifies the value as at-least/,
      ),
    ]);
  });

  it('reports a key figure that drops the report’s 约', () => {
    const errors = broken((c) => (report(c, 'wechat-jd').data.keyFigures[0]!.value = '2.15亿美元'));
    expect(errors).toEqual([
      expect.stringMatching(/wechat-jd\/report\.yaml → keyFigures\[0\]\.value: the report says "约2\.15"/),
    ]);
  });

  it('reports a number in an event summary that no source states', () => {
    const errors = broken((c) => {
      const ev = event(c, '2014-05-22-ipo');
      ev.data.summary = ev.data.summary.replace('约260亿美元', '约280亿美元');
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/2014-05-22-ipo\.yaml → summary: 280亿美元 has no source/),
    );
  });

  it('reports a figure placed twice and outside the section it names, through the same placement check', () => {
    const errors = broken((c) => {
      const s = section(c, 'coopetition');
      s.body = `${s.body}\n<Figure id="fig-gmv" />\n`;
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/\.mdx → body \(block \d+\): figure "fig-gmv" is placed twice/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /fig-gmv\.yaml → section: says "cooperation-history" but the figure is placed in/,
      ),
    );
  });
});

describe('checkContent with a second report (the real article of tests/fixtures/)', () => {
  const fx = 'jiaju-shuangshiyi-2017';
  const part = (c: ContentEntries, kind: 'sections' | 'opinions' | 'events' | 'figures', id: string) =>
    (c[kind] as Array<{ id: string }>).find((e) => e.id === `${fx}/${id}`)! as never;
  const history = 'yu-jie-shuangshiyi-jiasu-zhuanxing';

  it('accepts both reports, each checked against its own source', () => {
    expect(broken(() => {}, withFixture)).toEqual([]);
  });

  it('gives an expert each report’s own title: 曹磊 in 2017 and in 2025', () => {
    const errors = broken((c) => {
      report(c, fx).data.experts['cao-lei']!.titles = ['网经社电子商务研究中心主任'];
    }, withFixture);
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `${fx}/report\\.yaml → experts\\.cao-lei\\.titles: the source never introduces the expert as "网经社电子商务研究中心主任曹磊" \\(it writes: "中国电子商务研究中心主任曹磊"`,
        ),
      ),
    ]);
  });

  it('reports an opinion of one report placed in the other’s section', () => {
    const errors = broken((c) => {
      const s = part(c, 'sections', history) as { body: string };
      s.body = s.body.replace(
        '<Opinion id="zhu-changling-1" />',
        '<Opinion id="zhu-changling-1" />\n\n<Opinion id="gao-pan-3" />',
      );
    }, withFixture);
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `${fx}/sections/${history}\\.mdx → body \\(block \\d\\): <Opinion id="gao-pan-3" /> is an opinion of report wechat-jd: a report places only its own opinions`,
        ),
      ),
    );
  });

  it('reports an event of one report citing the other’s paragraph', () => {
    const errors = broken((c) => {
      const e = part(c, 'events', '2007-05-taobao') as { data: { report: { paragraph: string } } };
      e.data.report.paragraph = 'cooperation-history-p2';
    }, withFixture);
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `${fx}/events/2007-05-taobao\\.yaml → report\\.paragraph: "cooperation-history-p2" is a paragraph of report wechat-jd, not of ${fx}`,
        ),
      ),
    );
  });

  it('reports terms outside the report’s own vocabularies', () => {
    const errors = broken((c) => {
      (part(c, 'events', '2007-05-taobao') as { data: { category: string } }).data.category = 'capital';
      (
        part(c, 'opinions', 'cao-lei-1') as {
          data: { excerpts: Array<{ perspective: string; text: string }> };
        }
      ).data.excerpts = [{ perspective: 'jd', text: '理论上是要求半价的' }];
    }, withFixture);
    expect(errors).toEqual([
      expect.stringMatching(
        /2007-05-taobao\.yaml → category: "capital" is not a category of report jiaju-shuangshiyi-2017 \(known: linshi, luolai, meike\)/,
      ),
      expect.stringMatching(
        /jiaju-shuangshiyi-2017\/opinions\/cao-lei-1\.mdx → excerpts\[0\]\.perspective: "jd" is not a perspective of report jiaju-shuangshiyi-2017 \(known: \)/,
      ),
    ]);
  });

  it('dates 「11月初」 by the article’s year only with basis article-date, and only the article’s year', () => {
    const zest = (c: ContentEntries) =>
      part(c, 'events', '2017-11-zest-home') as { data: { date: string; basis: string[] } };
    expect(broken((c) => (zest(c).data.basis = []), withFixture)).toEqual([
      expect.stringMatching(
        /2017-11-zest-home\.yaml → precision: "11月初" names no year: add basis: article-date \(年份据文章日期\)/,
      ),
    ]);
    expect(broken((c) => (zest(c).data.date = '2016-11'), withFixture)).toContainEqual(
      expect.stringMatching(
        /2017-11-zest-home\.yaml → precision: 2016-11: the article's date gives the year 2017/,
      ),
    );
    // Without the article's own date there is no year to take.
    expect(broken((c) => delete report(c, fx).data.published, withFixture)).toContainEqual(
      expect.stringMatching(
        /2017-11-zest-home\.yaml → basis: article-date: the article's own date is not known/,
      ),
    );
  });

  it('refuses a basis the words do not need (the year is stated)', () => {
    const errors = broken((c) => {
      (part(c, 'events', '2007-05-taobao') as { data: { basis: string[] } }).data.basis = ['article-date'];
    }, withFixture);
    expect(errors).toEqual([
      expect.stringMatching(
        /2007-05-taobao\.yaml → basis: the report's words "2007年5月" state the year themselves: remove article-date/,
      ),
    ]);
  });

  it('gives listed values their periods in the order listed (四个季度……分别为)', () => {
    type Fig = {
      data: { series: Array<{ points: Array<{ date: string; value: number; basis: string[] }> }> };
    };
    const points = (c: ContentEntries) =>
      (part(c, 'figures', 'fig-luolai-quarterly') as Fig).data.series[0]!.points;
    // Two quarters swapped: each value is for the quarter its place in the list says.
    expect(
      broken((c) => {
        const [q1, q2] = points(c);
        [q1!.date, q2!.date] = [q2!.date, q1!.date];
      }, withFixture),
    ).toContainEqual(
      expect.stringMatching(
        /fig-luolai-quarterly\.yaml → series\[0\]\.points\[0\]\.precision: value 1 of the list \(7\.63亿元\) is for 2016年第一季度/,
      ),
    );
    // Without the basis a quarter is finer than the words (a year).
    expect(broken((c) => (points(c)[3]!.basis = []), withFixture)).toContainEqual(
      expect.stringMatching(
        /fig-luolai-quarterly\.yaml → series\[0\]\.points\[3\]\.precision: precision "quarter" is finer than its sources \(the report's “2016年罗莱生活年报”\)/,
      ),
    );
    // A value the list does not give.
    expect(broken((c) => (points(c)[2]!.value = 8.2), withFixture)).toContainEqual(
      expect.stringMatching(/points\[2\]\.value: 8\.2 RMB_100m is not what the quote/),
    );
  });

  it('takes a credit from a page’s byline (its address), or from a line of the source, never from elsewhere', () => {
    const byline = { role: '作者', name: '某记者', author: true, source: 'https://example.org/article' };
    expect(broken((c) => (report(c, fx).data.credits = [byline]), withFixture)).toEqual([]);
    expect(
      broken(
        (c) => (report(c, fx).data.credits = [{ role: '作者', name: '某记者', author: true }]),
        withFixture,
      ),
    ).toEqual([
      expect.stringMatching(
        /jiaju-shuangshiyi-2017\/report\.yaml → credits\[0\]: "作者 \| 某记者" is not a line of the source/,
      ),
    ]);
  });

  it('takes the headline and no credit line from an article that prints none', () => {
    // The headline is the source's first line: not article text, and not to be repeated in a section.
    const errors = broken((c) => {
      const s = part(c, 'sections', 'overview') as { body: string };
      s.body = `“双十一”成转型关键节点 家居企业战备升级\n\n${s.body}`;
    }, withFixture);
    expect(errors).toEqual([
      expect.stringMatching(
        /jiaju-shuangshiyi-2017\/sections\/overview\.mdx → body \(block 1\): not verbatim from the source/,
      ),
    ]);
  });
});
