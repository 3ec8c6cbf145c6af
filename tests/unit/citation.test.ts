/**
 * The citation styles against worked examples, one per kind of report: GB/T 7714-2015 (its own examples
 * of an electronic resource, an online report, an online newspaper article and a contribution to a larger
 * work), APA 7 (the APA Style examples of a report, a newspaper article and a web page, with and without
 * an author) and biblatex (the entry types and fields of its manual's examples), then this site's report,
 * a newspaper article like the test fixture, and a figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { accessDate, apa, bibtex, gbt7714, type CitedWork } from '../../src/lib/citation.ts';
import { reportCitation } from '../../src/lib/report-meta.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { fixturesDir } from '../helpers/content.ts';
import { encodeTextTerm, idFromHash, textFragment } from '../../src/lib/text-fragment.ts';

const report: CitedWork = {
  authors: ['无痕'],
  form: 'web',
  title: '微信京东十年“联姻”落幕',
  subtitle: '网经社独家解读报告',
  publisher: '网经社',
  date: { date: '2025-09', precision: 'month' },
  original: 'https://www.100ec.cn/zt//wjly5js/',
  note: '发布日期据同系列文章推定',
};
const figure: CitedWork = {
  authors: ['研报精读编辑部'],
  form: 'figure',
  title: '腾讯持有京东股份比例',
  subtitle: '《微信京东十年“联姻”落幕》附图1',
  publisher: '研报精读',
  date: { date: '2026-11', precision: 'month' },
  description: 'Figure',
};

describe('GB/T 7714-2015', () => {
  it('reproduces the standard’s example of an electronic bulletin', () => {
    expect(
      gbt7714(
        {
          authors: ['李强'],
          title: '化解医患矛盾需釜底抽薪',
          date: { date: '2012-05-03', precision: 'day' },
          url: 'http://wenku.baidu.com/view/47e4f206b52acfc789ebc92f.html',
        },
        '2013-03-25',
      ),
    ).toBe(
      '李强. 化解医患矛盾需釜底抽薪[EB/OL]. (2012-05-03)[2013-03-25]. http://wenku.baidu.com/view/47e4f206b52acfc789ebc92f.html.',
    );
  });

  it('reproduces the standard’s example of an online report, with its type code', () => {
    expect(
      gbt7714(
        {
          authors: ['中国互联网络信息中心'],
          title: '第29次中国互联网络发展现状统计报告',
          form: 'report',
          date: { date: '2012-01-16', precision: 'day' },
          url: 'http://www.cnnic.net.cn/hlwfzyj/hlwxzbg/201201/P020120709345264469680.pdf',
        },
        '2013-03-26',
      ),
    ).toBe(
      '中国互联网络信息中心. 第29次中国互联网络发展现状统计报告[R/OL]. (2012-01-16)[2013-03-26]. http://www.cnnic.net.cn/hlwfzyj/hlwxzbg/201201/P020120709345264469680.pdf.',
    );
  });

  it('reproduces the standard’s example of an online newspaper article (4.4), with its page', () => {
    expect(
      gbt7714(
        {
          authors: ['余建斌'],
          form: 'newspaper',
          title: '我们的科技一直在追赶',
          subtitle: '访中国工程院院长周济',
          publisher: '人民日报',
          date: { date: '2013-01-12', precision: 'day' },
          page: '2',
          url: 'http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm',
        },
        '2013-03-20',
      ),
    ).toBe(
      '余建斌. 我们的科技一直在追赶: 访中国工程院院长周济[N/OL]. 人民日报, 2013-01-12(2)[2013-03-20]. http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm.',
    );
  });

  it('cites an article without a byline or known address by its title, as printed: [N], no access date', () => {
    expect(
      gbt7714({
        authors: [],
        form: 'newspaper',
        title: '“双十一”成转型关键节点　家居企业战备升级',
        publisher: '中国经营报',
        date: { date: '2017-11', precision: 'month' },
      }),
    ).toBe('“双十一”成转型关键节点　家居企业战备升级[N]. 中国经营报, 2017-11.');
  });

  it('cites the test fixture, from its report.yaml, as its page does: [N] without a site address, [N/OL] with one', () => {
    // The fixture is built with a public address (tests/build/two-reports.test.ts); this is the form its page
    // prints without one: ReportPage.astro cites reportCitation(report.yaml, the page's public address).
    const file = join(fixturesDir, 'reports/jiaju-shuangshiyi-2017/report.yaml');
    const data = reportSchema.parse(parse(readFileSync(file, 'utf8')));
    expect(gbt7714(reportCitation(data, undefined))).toBe(
      '“双十一”成转型关键节点　家居企业战备升级[N]. 中国经营报, 2017-11.',
    );
    expect(gbt7714(reportCitation(data, 'https://reports.example.org/reports/jiaju-shuangshiyi-2017/'))).toBe(
      '“双十一”成转型关键节点　家居企业战备升级[N/OL]. 中国经营报, 2017-11[引用日期]. https://reports.example.org/reports/jiaju-shuangshiyi-2017/.',
    );
  });

  it('puts other-title information after “: ”, and the 析出 form (//) only for a part by others', () => {
    const part: CitedWork = {
      authors: ['程根伟'],
      title: '1998年长江洪水的成因与减灾对策',
      date: { date: '1999', precision: 'year' },
      url: 'https://example.org/flood',
    };
    expect(
      gbt7714(part, '2026-11-27', { authors: ['许厚泽', '赵其国'], title: '长江流域洪涝灾害与科技对策' }),
    ).toBe(
      '程根伟. 1998年长江洪水的成因与减灾对策[EB/OL]//许厚泽, 赵其国. 长江流域洪涝灾害与科技对策. (1999)[2026-11-27]. https://example.org/flood.',
    );
  });

  it('cites the report by its writer, at the precision of its date, at its original address', () => {
    expect(gbt7714(report)).toBe(
      '无痕. 微信京东十年“联姻”落幕: 网经社独家解读报告[EB/OL]. (2025-09)[引用日期]. https://www.100ec.cn/zt//wjly5js/.',
    );
    expect(gbt7714({ ...report, url: 'https://reports.example.org/' }, '2026-11-27')).toBe(
      '无痕. 微信京东十年“联姻”落幕: 网经社独家解读报告[EB/OL]. (2025-09)[2026-11-27]. https://reports.example.org/. 原文: https://www.100ec.cn/zt//wjly5js/.',
    );
  });

  it('cites a figure as the site’s work accompanying the report; no address without one', () => {
    expect(gbt7714(figure)).toBe(
      '研报精读编辑部. 腾讯持有京东股份比例: 《微信京东十年“联姻”落幕》附图1[EB/OL]. (2026-11)[引用日期].',
    );
    expect(gbt7714({ ...figure, url: 'https://reports.example.org/#fig-stake' })).toMatch(
      /\[引用日期\]\. https:\/\/reports\.example\.org\/#fig-stake\.$/,
    );
  });
});

describe('APA 7', () => {
  it('reproduces the APA example of a report by individual authors for an organisation', () => {
    expect(
      apa({
        authors: ['Fried, D.', 'Polyakova, A.'],
        title: 'Democratic defense against disinformation',
        publisher: 'Atlantic Council',
        date: { date: '2018', precision: 'year' },
        url: 'https://www.atlanticcouncil.org/wp-content/uploads/2018/03/Democratic_Defense_Against_Disinformation_FINAL.pdf',
      }),
    ).toBe(
      'Fried, D., & Polyakova, A. (2018). Democratic defense against disinformation. Atlantic Council. https://www.atlanticcouncil.org/wp-content/uploads/2018/03/Democratic_Defense_Against_Disinformation_FINAL.pdf',
    );
  });

  it('reproduces the APA example of a web page whose author is the site (publisher left out)', () => {
    expect(
      apa({
        authors: ['World Health Organization'],
        title: 'Questions and answers on immunization and vaccine safety',
        publisher: 'World Health Organization',
        date: { date: '2018-05-24', precision: 'day' },
        url: 'https://www.who.int/features/qa/84/en/',
      }),
    ).toBe(
      'World Health Organization. (2018, May 24). Questions and answers on immunization and vaccine safety. https://www.who.int/features/qa/84/en/',
    );
  });

  it('reproduces the APA example of a newspaper article, and starts with the title when there is no author', () => {
    expect(
      apa({
        authors: ['Carey, B.'],
        form: 'newspaper',
        title: 'Can we get better at forgetting?',
        publisher: 'The New York Times',
        date: { date: '2019-03-22', precision: 'day' },
        url: 'https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
      }),
    ).toBe(
      'Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
    );
    expect(
      apa({
        authors: [],
        form: 'newspaper',
        title: '“双十一”成转型关键节点　家居企业战备升级',
        publisher: '中国经营报',
        date: { date: '2017-11', precision: 'month' },
      }),
    ).toBe('“双十一”成转型关键节点　家居企业战备升级. (2017, November). 中国经营报.');
  });

  it('cites the report with a month-precision date, and a figure with its bracketed description', () => {
    expect(apa(report)).toBe(
      '无痕. (2025, September). 微信京东十年“联姻”落幕: 网经社独家解读报告. 网经社. https://www.100ec.cn/zt//wjly5js/',
    );
    expect(apa(figure)).toBe(
      '研报精读编辑部. (2026, November). 腾讯持有京东股份比例: 《微信京东十年“联姻”落幕》附图1 [Figure]. 研报精读.',
    );
    expect(apa({ authors: ['A'], title: 'T' })).toBe('A. (n.d.). T.');
  });
});

describe('BibTeX (biblatex)', () => {
  it('gives a report as @report with type and institution (biblatex manual: chiu)', () => {
    const entry = bibtex(
      {
        authors: ['Chiu, Willy W.', 'Chow, We Min'],
        form: 'report',
        title: 'A Hybrid Hierarchical Model of a Multiple Virtual Storage (MVS) Operating System',
        publisher: 'IBM',
        date: { date: '1978', precision: 'year' },
      },
      'chiu',
    );
    expect(entry).toMatch(/^@report\{chiu,\n/);
    expect(entry).toContain('  author = {{Chiu, Willy W.} and {Chow, We Min}},');
    expect(entry).toContain('  institution = {IBM},');
    expect(entry).toContain('  type = {研究报告},');
    expect(entry).toContain('  date = {1978},');
  });

  it('gives a newspaper article as @article with journaltitle and entrysubtype newspaper', () => {
    expect(
      bibtex(
        {
          authors: [],
          form: 'newspaper',
          title: '“双十一”成转型关键节点　家居企业战备升级',
          publisher: '中国经营报',
          date: { date: '2017-11', precision: 'month' },
          note: '发布日期据正文推定',
        },
        'jiaju-2017',
      ),
    ).toBe(
      [
        '@article{jiaju-2017,',
        '  title = {“双十一”成转型关键节点　家居企业战备升级},',
        '  journaltitle = {中国经营报},',
        '  entrysubtype = {newspaper},',
        '  date = {2017-11},',
        '  note = {发布日期据正文推定},',
        '  language = {chinese}',
        '}',
      ].join('\n'),
    );
  });

  it('gives a web article as @online with the month and the note on its date', () => {
    expect(bibtex(report, 'wechat-jd-2025')).toBe(
      [
        '@online{wechat-jd-2025,',
        '  author = {{无痕}},',
        '  title = {微信京东十年“联姻”落幕: 网经社独家解读报告},',
        '  organization = {网经社},',
        '  date = {2025-09},',
        '  url = {https://www.100ec.cn/zt//wjly5js/},',
        '  note = {发布日期据同系列文章推定},',
        '  language = {chinese}',
        '}',
      ].join('\n'),
    );
  });

  it('gives a figure as @misc by the site, and escapes TeX specials', () => {
    expect(bibtex(figure, 'wechat-jd-fig-stake')).toBe(
      [
        '@misc{wechat-jd-fig-stake,',
        '  author = {{研报精读编辑部}},',
        '  title = {腾讯持有京东股份比例: 《微信京东十年“联姻”落幕》附图1},',
        '  howpublished = {研报精读},',
        '  date = {2026-11},',
        '  language = {chinese}',
        '}',
      ].join('\n'),
    );
    expect(bibtex({ ...figure, title: 'A_B & 50%', subtitle: undefined }, 'k')).toContain(
      'title = {A\\_B \\& 50\\%}',
    );
  });
});

describe('the access date', () => {
  it('is the day in Beijing, whatever the clock’s time zone', () => {
    // 2026-11-27 17:30 UTC is already 2026-11-28 in Beijing (UTC+8).
    expect(accessDate(new Date('2026-11-27T17:30:00Z'))).toBe('2026-11-28');
    expect(accessDate(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
  });
});

describe('text fragments', () => {
  it('encodes Chinese text and the reserved characters', () => {
    expect(encodeTextTerm('发现-购物, A&B')).toBe('%E5%8F%91%E7%8E%B0%2D%E8%B4%AD%E7%89%A9%2C%20A%26B');
  });

  it('links a short passage whole and a long one by its ends', () => {
    expect(textFragment('overview-p1', '  电商入口 ')).toBe(
      `#overview-p1:~:text=${encodeURIComponent('电商入口')}`,
    );
    const long = '一个持续了十年的电商入口神话将在微信生态中终结。据“京东购物”公众号最新通知';
    expect(textFragment('overview-p1', long)).toBe(
      `#overview-p1:~:text=${encodeURIComponent('一个持续了十年的电商入口')},${encodeURIComponent('京东购物”公众号最新通知')}`,
    );
    expect(textFragment('overview-p1', '   ')).toBe('#overview-p1');
  });

  it('reads the element id from a hash with or without a directive', () => {
    expect(idFromHash('#overview-p1:~:text=abc')).toBe('overview-p1');
    expect(idFromHash('#fig-stake')).toBe('fig-stake');
  });
});
