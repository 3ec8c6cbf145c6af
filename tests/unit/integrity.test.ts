/** The content check, over deliberately broken copies of the real content. */
import { describe, expect, it } from 'vitest';
import { checkContent, formatContentError, type ContentInput } from '../../src/lib/content/integrity.ts';
import { loadContent } from '../helpers/content.ts';

function broken(edit: (c: ContentInput) => void): string[] {
  const c = structuredClone({ ...loadContent(), readSource: undefined }) as unknown as ContentInput;
  c.readSource = loadContent().readSource;
  edit(c);
  return checkContent(c).map(formatContentError);
}

const opinion = (c: ContentInput, id: string) => c.opinions.find((o) => o.id === id)!;
const section = (c: ContentInput, id: string) => c.sections.find((s) => s.id === id)!;

describe('checkContent', () => {
  it('reports an unknown expert with file and field', () => {
    const errors = broken((c) => (opinion(c, 'guo-tao-2').data.expert.id = 'li-si'));
    expect(errors).toContainEqual(
      expect.stringMatching(/^content\/opinions\/guo-tao-2\.mdx → expert: unknown expert "li-si"/),
    );
  });

  it('reports an unknown section', () => {
    const errors = broken((c) => (opinion(c, 'cao-lei-1').data.section.id = 'wechat-jd/epilogue'));
    expect(errors).toContainEqual(
      expect.stringMatching(/cao-lei-1\.mdx → section: unknown section "wechat-jd\/epilogue"/),
    );
  });

  it('reports an unknown report', () => {
    const errors = broken((c) => (section(c, 'wechat-jd/about').data.report.id = 'alibaba'));
    expect(errors).toContainEqual(expect.stringMatching(/about\.mdx → report: unknown report "alibaba"/));
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
      const s = section(c, 'wechat-jd/cooperation-history');
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
      const s = section(c, 'wechat-jd/overview');
      s.body = s.body!.replace('（网经社讯）9月30日，', '(网经社讯)9月30日,');
    });
    expect(errors).toEqual([]);
  });

  it('reports paragraphs out of order', () => {
    const errors = broken((c) => {
      const s = section(c, 'wechat-jd/coopetition');
      s.body = s.body!.replace(
        '<Opinion id="zhao-shaohui-4" />\n\n<Opinion id="guo-tao-3" />',
        '<Opinion id="guo-tao-3" />\n\n<Opinion id="zhao-shaohui-4" />',
      );
    });
    expect(errors).toEqual([expect.stringMatching(/guo-tao-3\.mdx → body \(block 1\): out of order/)]);
  });

  it('reports an opinion that is missing from the article', () => {
    const errors = broken((c) => {
      const s = section(c, 'wechat-jd/coopetition');
      s.body = s.body!.replace('<Opinion id="gao-pan-3" />', '');
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/gao-pan-3\.mdx → section: the opinion is never placed/),
    );
  });

  it('reports an opinion placed twice, and one placed in the wrong section', () => {
    const errors = broken((c) => {
      const s = section(c, 'wechat-jd/about');
      s.body = `${s.body}\n<Opinion id="cao-lei-1" />\n`;
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/\.mdx → body \(block \d+\): opinion "cao-lei-1" is placed twice/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/cao-lei-1\.mdx → section: says "wechat-jd\/cooperation-history" but/),
    );
  });

  it('reports an unknown opinion placeholder and stray markup', () => {
    const errors = broken((c) => {
      const s = section(c, 'wechat-jd/about');
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
      const copy = structuredClone(section(c, 'wechat-jd/about'));
      copy.id = 'second-report/about';
      copy.filePath = 'content/sections/second-report/about.mdx';
      c.sections.push(copy);
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /second-report\/about\.mdx → id \(file name\): anchor id "about" is already used/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/second-report\/about\.mdx → order: 5 is also the order of/),
    );
  });

  it('reports an expert title that the report does not give', () => {
    const errors = broken(
      (c) => (c.experts.find((e) => e.id === 'gao-pan')!.data.titles[1] = '网经社电子商务研究中心特约研究员'),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /experts\/gao-pan\.yaml → titles: the source never introduces the expert as "江南北商学院院长、网经社电子商务研究中心特约研究员高攀"/,
      ),
    ]);
  });

  it('reports a missing source file and a credit not in the source', () => {
    const errors = broken((c) => {
      c.reports[0]!.data.credits[1]!.name = '某人';
      c.reports[0]!.data.source = 'sources/missing.txt';
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /reports\/wechat-jd\.yaml → source: file content\/sources\/missing\.txt not found/,
      ),
    );
  });

  it('reports a figure value that its report quote does not state', () => {
    const errors = broken((c) => {
      const f = c.figures.find((x) => x.id === 'fig-valuation')!;
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
      const f = c.figures.find((x) => x.id === 'fig-gmv')!;
      const claim = f.data.series.find((s) => s.id === 'report-channel')!.points[0]!.source as {
        paragraph: string;
      };
      claim.paragraph = 'cooperation-history-p42';
      f.data.events.push({ collection: 'events', id: '2030-01-01-nothing' });
      const e = c.events.find((x) => x.id === '2014-05-27-entry')!;
      e.data.report!.quote = '2014年5月28日';
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /fig-gmv\.yaml → series\[\d\]\.points\[0\]\.source\.paragraph: unknown paragraph "cooperation-history-p42"/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/fig-gmv\.yaml → events\[1\]: unknown event "2030-01-01-nothing"/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/2014-05-27-entry\.yaml → report\.quote: "2014年5月28日" is not in paragraph/),
    );
  });

  it('reports a figure that is never placed', () => {
    const errors = broken((c) => {
      const s = section(c, 'wechat-jd/cooperation-history');
      s.body = s.body!.replace('<Figure id="fig-stake" />', '');
    });
    expect(errors).toEqual([expect.stringMatching(/fig-stake\.yaml → section: the figure is never placed/)]);
  });

  it('reports a key figure whose number the cited words do not state, or whose link goes nowhere', () => {
    const errors = broken((c) => {
      const k = c.reports[0]!.data.keyFigures!;
      k[2]!.value = '17%→2.5%';
      k[0]!.href = 'fig-nothing';
    });
    expect(errors).toEqual([
      expect.stringMatching(/wechat-jd\.yaml → keyFigures\[0\]\.href: "fig-nothing" is not an anchor id/),
      expect.stringMatching(
        /wechat-jd\.yaml → keyFigures\[2\]\.value: 2\.5 not stated in "持股比例从17%降至2\.3%"/,
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
      const ev = c.events.find((e) => e.id === '2014-06-618-orders')!;
      ev.data.date = '2014-06-18';
      ev.data.precision = 'day';
      const gmv = c.figures.find((f) => f.id === 'fig-gmv')!;
      const times = gmv.data.series.find((s) => s.id === 'report-channel')!.points[1]!;
      times.date = '2014-07';
      const stake = c.figures.find((f) => f.id === 'fig-stake')!;
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
    ]);
  });

  it('reports a claim dated although the report gives it no time', () => {
    const errors = broken((c) => {
      const gmv = c.figures.find((f) => f.id === 'fig-gmv')!;
      const share = gmv.data.series.find((s) => s.id === 'report-channel')!.points[0]!;
      share.date = '2014';
      share.precision = 'year';
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /fig-gmv\.yaml → series\[4\]\.points\[0\]\.precision: precision "year" is finer than its sources/,
      ),
    ]);
  });

  it('reports a qualifier other than the report’s words (25%以上 is not 超过25%)', () => {
    const errors = broken((c) => {
      const gmv = c.figures.find((f) => f.id === 'fig-gmv')!;
      gmv.data.series.find((s) => s.id === 'report-channel')!.points[0]!.bound = 'over';
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /fig-gmv\.yaml → series\[4\]\.points\[0\]\.bound: the quote qualifies the value as at-least/,
      ),
    ]);
  });

  it('reports a key figure that drops the report’s 约', () => {
    const errors = broken((c) => (c.reports[0]!.data.keyFigures![0]!.value = '2.15亿美元'));
    expect(errors).toEqual([
      expect.stringMatching(/wechat-jd\.yaml → keyFigures\[0\]\.value: the report says "约2\.15"/),
    ]);
  });

  it('reports a number in an event summary that no source states', () => {
    const errors = broken((c) => {
      const ev = c.events.find((e) => e.id === '2014-05-22-ipo')!;
      ev.data.summary = ev.data.summary.replace('约260亿美元', '约280亿美元');
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/2014-05-22-ipo\.yaml → summary: 280亿美元 has no source/),
    );
  });

  it('reports a figure placed twice and outside the section it names, through the same placement check', () => {
    const errors = broken((c) => {
      const s = section(c, 'wechat-jd/coopetition');
      s.body = `${s.body}\n<Figure id="fig-gmv" />\n`;
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/\.mdx → body \(block \d+\): figure "fig-gmv" is placed twice/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /fig-gmv\.yaml → section: says "wechat-jd\/cooperation-history" but the figure is placed in/,
      ),
    );
  });
});
