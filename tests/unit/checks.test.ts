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

/** The content (or the content with the fixture), edited, then parsed and checked. */
function broken(edit: (c: ContentEntries) => void, root = contentDir): string[] {
  const { content, errors } = loadContentFromDisk(root);
  expect(errors).toEqual([]);
  edit(content);
  return checkContent(parseContent(content)).map(formatContentError);
}

const opinion = (c: ContentEntries, id: string) => c.opinions.find((o) => o.id === `wechat-jd/${id}`)!;
const section = (c: ContentEntries, id: string) => c.sections.find((s) => s.id === `wechat-jd/${id}`)!;
const figure = (c: ContentEntries, id: string) => c.figures.find((f) => f.id === `wechat-jd/${id}`)!;
const event = (c: ContentEntries, id: string) => c.events.find((e) => e.id === `wechat-jd/${id}`)!;

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
      (c) => (c.experts.find((e) => e.id === 'gao-pan')!.data.titles[1] = '网经社电子商务研究中心特约研究员'),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /experts\/gao-pan\.yaml → titles: the source of wechat-jd never introduces the expert as "江南北商学院院长、网经社电子商务研究中心特约研究员高攀"/,
      ),
    ]);
  });

  it('reports a missing source file and a credit not in the source', () => {
    let errors = broken((c) => (c.reports[0]!.data.credits[1]!.name = '某人'));
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
      const k = c.reports[0]!.data.keyFigures;
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
      post.date = '2017-03-31';
      post.precision = 'day';
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /events\/2014-06-618-orders\.yaml → precision: precision "day" is finer than its sources \(the report's “2014年618大促期间”\)/,
      ),
      expect.stringMatching(
        /fig-gmv\.yaml → series\[4\]\.points\[1\]\.precision: 2014-07 is not what the report's words "2014年618大促期间" say/,
      ),
      expect.stringMatching(
        /fig-stake\.yaml → series\[1\]\.points\[0\]\.precision: precision "day" is finer than its sources \(public sources at month\)/,
      ),
      // A row id follows its datum's date, so the old numbered ids aliased to these rows lose their target.
      expect.stringMatching(
        /report\.yaml → anchorAliases\.fig-gmv-11: "fig-gmv-report-channel-2014-06" is not an anchor id/,
      ),
      expect.stringMatching(
        /report\.yaml → anchorAliases\.fig-stake-2: "fig-stake-stake-post-ipo-2017-03" is not an anchor id/,
      ),
      // And the published ids (anchors.json) of those rows, and of the ids aliased to them, are gone.
      ...[
        'fig-gmv-11',
        'fig-gmv-report-channel-2014-06',
        'fig-stake-2',
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
    const errors = broken((c) => (c.reports[0]!.data.keyFigures[0]!.value = '2.15亿美元'));
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

describe('checkContent with a second report (the test fixture)', () => {
  const qh = (c: ContentEntries, kind: 'sections' | 'opinions' | 'events', id: string) =>
    (c[kind] as Array<{ id: string }>).find((e) => e.id === `qinghe-xinghe/${id}`)! as never;

  it('accepts both reports, each checked against its own source', () => {
    expect(broken(() => {}, withFixture)).toEqual([]);
  });

  it('reports an opinion of one report placed in the other’s section', () => {
    const errors = broken((c) => {
      const s = qh(c, 'sections', 'history') as { body: string };
      s.body = s.body.replace(
        '<Opinion id="lin-zhiyuan-1" />',
        '<Opinion id="lin-zhiyuan-1" />\n\n<Opinion id="gao-pan-3" />',
      );
    }, withFixture);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /qinghe-xinghe\/sections\/history\.mdx → body \(block \d\): <Opinion id="gao-pan-3" \/> is an opinion of report wechat-jd: a report places only its own opinions/,
      ),
    );
  });

  it('reports an event of one report citing the other’s paragraph', () => {
    const errors = broken((c) => {
      const e = qh(c, 'events', '2019-03-01-launch') as { data: { report: { paragraph: string } } };
      e.data.report.paragraph = 'cooperation-history-p2';
    }, withFixture);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /qinghe-xinghe\/events\/2019-03-01-launch\.yaml → report\.paragraph: "cooperation-history-p2" is a paragraph of report wechat-jd, not of qinghe-xinghe/,
      ),
    );
  });

  it('reports terms outside the report’s own vocabularies', () => {
    const errors = broken((c) => {
      (qh(c, 'events', '2024-06-30-end') as { data: { category: string } }).data.category = 'capital';
      (
        qh(c, 'opinions', 'cao-lei-1') as { data: { excerpts: Array<{ perspective: string }> } }
      ).data.excerpts[0]!.perspective = 'jd';
    }, withFixture);
    expect(errors).toEqual([
      expect.stringMatching(
        /2024-06-30-end\.yaml → category: "capital" is not a category of report qinghe-xinghe \(known: end, launch\)/,
      ),
      expect.stringMatching(
        /qinghe-xinghe\/opinions\/cao-lei-1\.mdx → excerpts\[0\]\.perspective: "jd" is not a perspective of report qinghe-xinghe/,
      ),
    ]);
  });
});
