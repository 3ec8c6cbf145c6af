/**
 * Deliberately broken content: each case is one edit of a scratch copy of content/ and what the message
 * must say about it (file and field named). The same cases are proven in-process, through the disk loader,
 * the schemas and the content check (tests/unit/bad-content.test.ts), and a few through a real
 * `astro build` (tests/build/bad-content.test.ts), which proves the build runs the same checks and stops.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Replaces `from` in a file, failing when the edit does not apply (the content changed under the test). */
export function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, next);
}

const wj = (dir: string, path: string) => join(dir, 'reports/wechat-jd', path);

export interface BadContentCase {
  name: string;
  /** Breaks one thing in a copy of content/. */
  edit: (dir: string) => void;
  /** What the messages (all of them, one a line) must say. */
  check: (output: string) => void;
}

/** One fault per case: a schema fault or a content-check fault. */
export const BAD_CONTENT: BadContentCase[] = [
  {
    name: 'wrong type: a section order that is not a number',
    edit: (d) => replaceIn(wj(d, 'sections/coopetition.mdx'), 'order: 4', 'order: four'),
    check: (out) => {
      expect(out).toMatch(/coopetition\.mdx/);
      expect(out).toMatch(/order/);
    },
  },
  {
    name: 'a date that is not a calendar day',
    edit: (d) => replaceIn(wj(d, 'report.yaml'), 'start: 2025-09-30', 'start: "2025-02-30"'),
    check: (out) => {
      expect(out).toMatch(/wechat-jd\/report\.yaml|reports → wechat-jd/);
      expect(out).toMatch(/dates\.0\.start/);
      expect(out).toMatch(/not a calendar day/);
    },
  },
  {
    name: 'a misspelt field',
    edit: (d) => replaceIn(wj(d, 'opinions/fan-xifeng-1.mdx'), 'excerpts:', 'perpsective: jd\nexcerpts:'),
    check: (out) => {
      expect(out).toMatch(/fan-xifeng-1\.mdx/);
      expect(out).toMatch(/perpsective/);
    },
  },
  {
    name: 'an unknown expert (Astro itself only logs a broken reference)',
    edit: (d) => replaceIn(wj(d, 'opinions/guo-tao-2.mdx'), 'expert: guo-tao', 'expert: guo-tao-x'),
    check: (out) => expect(out).toContain('/opinions/guo-tao-2.mdx → expert: unknown expert "guo-tao-x"'),
  },
  {
    name: 'an unknown section',
    edit: (d) => replaceIn(wj(d, 'opinions/chen-hudong-1.mdx'), /section: .*/, 'section: epilogue'),
    check: (out) =>
      expect(out).toContain(
        '/opinions/chen-hudong-1.mdx → section: unknown section "epilogue" of report wechat-jd',
      ),
  },
  {
    name: 'a duplicate anchor id',
    // An opinion whose anchor collides with a paragraph of another opinion: opinion-gao-pan-1-p1.
    edit: (d) =>
      writeFileSync(wj(d, 'opinions/gao-pan-1-p1.mdx'), readFileSync(wj(d, 'opinions/gao-pan-1.mdx'))),
    check: (out) => expect(out).toMatch(/anchor id "opinion-gao-pan-1-p1" is already used/),
  },
  {
    name: 'a published anchor id gone without an alias',
    edit: (d) =>
      replaceIn(wj(d, 'report.yaml'), '  event-2014-06-18-618-orders: event-2014-06-618-orders\n', ''),
    check: (out) =>
      expect(out).toMatch(
        /reports\/wechat-jd\/anchors\.json → ids\[\d+\]: "event-2014-06-18-618-orders" was published and is gone/,
      ),
  },
  {
    name: 'a quote that is not in the source',
    edit: (d) => replaceIn(wj(d, 'opinions/zhao-shaohui-3.mdx'), '12亿微信用户', '13亿微信用户'),
    check: (out) =>
      expect(out).toContain('/opinions/zhao-shaohui-3.mdx → body (block 1): not verbatim from the source'),
  },
  {
    name: 'a percentage over 100',
    edit: (d) => replaceIn(wj(d, 'figures/fig-stake.yaml'), 'value: 18.1', 'value: 118.1'),
    check: (out) => {
      expect(out).toMatch(/fig-stake\.yaml/);
      expect(out).toMatch(/118\.1% is outside 0–100/);
    },
  },
  {
    name: 'a point without a source',
    edit: (d) =>
      replaceIn(
        wj(d, 'figures/fig-gmv.yaml'),
        /        source: \*itonline\n(?=  - id: mobile-share-quarter)/,
        '',
      ),
    check: (out) => {
      expect(out).toMatch(/fig-gmv\.yaml/);
      expect(out).toMatch(/source/);
    },
  },
  {
    name: 'a figure citing an unknown paragraph',
    edit: (d) =>
      replaceIn(
        wj(d, 'figures/fig-valuation.yaml'),
        'paragraph: cooperation-history-p1',
        'paragraph: cooperation-history-p9',
      ),
    check: (out) =>
      expect(out).toMatch(
        /fig-valuation\.yaml → series\[4\]\.points\[0\]\.source\.paragraph: unknown paragraph "cooperation-history-p9"/,
      ),
  },
  {
    name: 'a source named with an internal note',
    edit: (d) =>
      replaceIn(
        wj(d, 'events/2019-10-31-jingxi.yaml'),
        /titleFromUrl: JD spins off.*/,
        "titleFromUrl: '[URL slug] JD spins off group-buying platform'",
      ),
    check: (out) => {
      expect(out).toMatch(/2019-10-31-jingxi\.yaml/);
      expect(out).toMatch(/reads as an internal note: square brackets mark an editorial note/);
    },
  },
  {
    name: 'a dated report claim without the report’s time words',
    edit: (d) => replaceIn(wj(d, 'figures/fig-valuation.yaml'), /\n +when: 2014年3月入股时/, ''),
    check: (out) => {
      expect(out).toMatch(/fig-valuation\.yaml/);
      expect(out).toMatch(/a dated report-claim carries the report’s own time words/);
    },
  },
  {
    name: 'a published value changed without a correction',
    edit: (d) => replaceIn(wj(d, 'figures/fig-stake.yaml'), 'value: 17.8', 'value: 17.9'),
    check: (out) =>
      expect(out).toContain(
        'reports/wechat-jd/published.json → values.fig-stake-stake-post-ipo-2020-06: "fig-stake-stake-post-ipo-2020-06" was published as 17.8 percent, 2020-06 (month) and is now 17.9 percent, 2020-06 (month)',
      ),
  },
  {
    name: 'a correction naming an anchor the report does not have',
    edit: (d) =>
      replaceIn(
        wj(d, 'report.yaml'),
        'anchors: [event-2021-12-dividend]',
        'anchors: [event-2021-12-dividends]',
      ),
    check: (out) =>
      expect(out).toMatch(
        /reports\/wechat-jd\/report\.yaml → corrections\[\d+\]\.anchors\[0\]: "event-2021-12-dividends" is not an anchor id of the report/,
      ),
  },
  {
    name: 'a correction dated to a day that does not exist',
    edit: (d) => replaceIn(wj(d, 'report.yaml'), "date: '2026-12-02'", "date: '2026-11-31'"),
    check: (out) =>
      expect(out).toMatch(
        /wechat-jd\/report\.yaml → corrections\.\d+\.date: "2026-11-31" is not a valid date of precision "day"/,
      ),
  },
  {
    name: 'a date that does not parse',
    edit: (d) => replaceIn(wj(d, 'figures/fig-stake.yaml'), "date: '2020-06'", "date: '2020-13'"),
    check: (out) => {
      expect(out).toMatch(/fig-stake\.yaml/);
      expect(out).toMatch(/"2020-13" is not a valid date of precision "month"/);
    },
  },
];

/**
 * Content that says more than its sources: one copy with one fault of each kind (the content check
 * reports them all at once), and what the messages must say of each.
 */
export function overstate(d: string): void {
  // A period (618大促期间) dated to a day.
  replaceIn(
    wj(d, 'events/2014-06-618-orders.yaml'),
    "date: '2014-06'\nprecision: month",
    "date: '2014-06-18'\nprecision: day",
  );
  // Time words that are not the report's.
  replaceIn(wj(d, 'figures/fig-valuation.yaml'), 'when: 至2015年4月\n', 'when: 2015年4月底\n');
  // An undated claim given a year.
  replaceIn(
    wj(d, 'figures/fig-gmv.yaml'),
    '      - precision: undated\n        value: 5\n',
    "      - date: '2014'\n        precision: year\n        value: 5\n",
  );
  replaceIn(
    wj(d, 'figures/fig-gmv.yaml'),
    '          quote: 累计为京东主站导流超过5亿用户\n',
    '          quote: 累计为京东主站导流超过5亿用户\n          when: 累计\n',
  );
  // 25%以上 told as 超过25%.
  replaceIn(
    wj(d, 'figures/fig-gmv.yaml'),
    '        bound: at-least\n        label: 微信渠道订单占比（报告）',
    '        bound: over\n        label: 微信渠道订单占比（报告）',
  );
  // The report's 约 dropped from a key figure.
  replaceIn(wj(d, 'report.yaml'), 'value: 约2.15亿美元', 'value: 2.15亿美元');
  // A number in an event summary that no source states.
  replaceIn(wj(d, 'events/2014-05-22-ipo.yaml'), '按发行价计市值约260亿美元', '按发行价计市值约280亿美元');
  // An excerpt that gives only the good side.
  replaceIn(
    wj(d, 'opinions/guo-tao-1.mdx'),
    /text: 从京东视角看，不再续约有一定好处.*\n/,
    'text: 从京东视角看，不再续约有一定好处\n',
  );
}

/** Each fault of `overstate`, and the message that must name it. */
export const OVERSTATED: Array<[string, RegExp]> = [
  [
    'a date finer than its sources',
    /2014-06-618-orders\.yaml → precision: precision "day" is finer than its sources/,
  ],
  [
    'time words that are not in the cited paragraph',
    /fig-valuation\.yaml → series\[\d\]\.points\[\d\]\.source\.when: "2015年4月底" is not in paragraph cooperation-history-p3/,
  ],
  [
    'a year for a claim the report leaves undated',
    /fig-gmv\.yaml → series\[4\]\.points\[2\]\.precision: precision \\?"year\\?" is finer than its sources/,
  ],
  [
    'a qualifier that is not the report’s',
    /fig-gmv\.yaml → series\[4\]\.points\[0\]\.bound: the quote qualifies the value as at-least/,
  ],
  [
    'a key figure without the report’s 约',
    /wechat-jd\/report\.yaml → keyFigures\[0\]\.value: the report says "约2\.15"/,
  ],
  [
    'a number in an event summary without a source',
    /2014-05-22-ipo\.yaml → summary: 280亿美元 has no source/,
  ],
  [
    'an excerpt that cuts a contrast',
    /guo-tao-1\.mdx → excerpts\[0\]\.text: gives one side of a “好处…弊端” contrast/,
  ],
];
