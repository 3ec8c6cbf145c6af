/**
 * Bad content must stop the real build with a message naming the file and the field. Each case copies
 * content/, breaks one thing, and runs `astro build` on the copy.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, projectRoot } from '../helpers/content.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Copies content/, applies `edit` (path → new text) and builds; returns the exit code and the output. */
function buildWith(edit: (dir: string) => void): { status: number | null; output: string } {
  const dir = copyContent();
  scratch.push(dir);
  edit(dir);
  const astro = join(projectRoot, 'node_modules/.bin/astro');
  const r = spawnSync(astro, ['build', '--outDir', join(dir, '.dist')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      REPORT_CONTENT_DIR: dir,
      REPORT_SKIP_CHROMIUM: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

function replaceIn(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, next);
}

describe('a build over bad content fails with a clear message', () => {
  it('wrong type: a section order that is not a number', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'reports/wechat-jd/sections/coopetition.mdx'), 'order: 4', 'order: four'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/coopetition\.mdx/);
    expect(r.output).toMatch(/order/);
  });

  it('a date that is not a calendar day', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'reports/wechat-jd/report.yaml'), 'start: 2025-09-30', 'start: "2025-02-30"'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/wechat-jd\/report\.yaml|reports → wechat-jd/);
    expect(r.output).toMatch(/dates\.0\.start/);
    expect(r.output).toMatch(/not a calendar day/);
  });

  it('a misspelt field', () => {
    const r = buildWith((d) =>
      replaceIn(
        join(d, 'reports/wechat-jd/opinions/fan-xifeng-1.mdx'),
        'excerpts:',
        'perpsective: jd\nexcerpts:',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fan-xifeng-1\.mdx/);
    expect(r.output).toMatch(/perpsective/);
  });

  it('an unknown expert (Astro itself only logs a broken reference)', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'reports/wechat-jd/opinions/guo-tao-2.mdx'), 'expert: guo-tao', 'expert: guo-tao-x'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('/opinions/guo-tao-2.mdx → expert: unknown expert "guo-tao-x"');
  });

  it('an unknown section', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'reports/wechat-jd/opinions/chen-hudong-1.mdx'), /section: .*/, 'section: epilogue'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      '/opinions/chen-hudong-1.mdx → section: unknown section "epilogue" of report wechat-jd',
    );
  });

  it('a duplicate anchor id', () => {
    const r = buildWith((d) => {
      // An opinion whose anchor collides with a paragraph of another opinion: opinion-gao-pan-1-p1.
      writeFileSync(
        join(d, 'reports/wechat-jd/opinions/gao-pan-1-p1.mdx'),
        readFileSync(join(d, 'reports/wechat-jd/opinions/gao-pan-1.mdx')),
      );
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/anchor id "opinion-gao-pan-1-p1" is already used/);
  });

  it('a published anchor id gone without an alias', () => {
    const r = buildWith((d) =>
      replaceIn(
        join(d, 'reports/wechat-jd/report.yaml'),
        '  event-2014-06-18-618-orders: event-2014-06-618-orders\n',
        '',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /reports\/wechat-jd\/anchors\.json → ids\[\d+\]: "event-2014-06-18-618-orders" was published and is gone/,
    );
  });

  it('a quote that is not in the source', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'reports/wechat-jd/opinions/zhao-shaohui-3.mdx'), '12亿微信用户', '13亿微信用户'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('/opinions/zhao-shaohui-3.mdx → body (block 1): not verbatim from the source');
  });

  it('a percentage over 100', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'reports/wechat-jd/figures/fig-stake.yaml'), 'value: 18.1', 'value: 118.1'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fig-stake\.yaml/);
    expect(r.output).toMatch(/118\.1% is outside 0–100/);
  });

  it('a point without a source', () => {
    const r = buildWith((d) =>
      replaceIn(
        join(d, 'reports/wechat-jd/figures/fig-gmv.yaml'),
        /        source: \*itonline\n(?=  - id: mobile-share-quarter)/,
        '',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fig-gmv\.yaml/);
    expect(r.output).toMatch(/source/);
  });

  it('a figure citing an unknown paragraph', () => {
    const r = buildWith((d) =>
      replaceIn(
        join(d, 'reports/wechat-jd/figures/fig-valuation.yaml'),
        'paragraph: cooperation-history-p1',
        'paragraph: cooperation-history-p9',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /fig-valuation\.yaml → series\[4\]\.points\[0\]\.source\.paragraph: unknown paragraph "cooperation-history-p9"/,
    );
  });

  it('a source named with an internal note', () => {
    const r = buildWith((d) =>
      replaceIn(
        join(d, 'reports/wechat-jd/events/2019-10-31-jingxi.yaml'),
        /titleFromUrl: JD spins off.*/,
        "titleFromUrl: '[URL slug] JD spins off group-buying platform'",
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/2019-10-31-jingxi\.yaml/);
    expect(r.output).toMatch(/reads as an internal note: square brackets mark an editorial note/);
  });

  it('a dated report claim without the report’s time words', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'reports/wechat-jd/figures/fig-valuation.yaml'), /\n +when: 2014年3月入股时/, ''),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fig-valuation\.yaml/);
    expect(r.output).toMatch(/a dated report-claim carries the report’s own time words/);
  });

  it('a date that does not parse', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'reports/wechat-jd/figures/fig-stake.yaml'), "date: '2020-06'", "date: '2020-13'"),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fig-stake\.yaml/);
    expect(r.output).toMatch(/"2020-13" is not a valid date of precision "month"/);
  });
});

/**
 * The content check's rules that say no more than the sources: one build over content with one fault of
 * each kind, then a test per rule that the build names it with file and field.
 */
describe('a build over content that says more than its sources fails, naming each fault', () => {
  let r: { status: number | null; output: string };
  beforeAll(() => {
    r = buildWith((d) => {
      // A period (618大促期间) dated to a day.
      replaceIn(
        join(d, 'reports/wechat-jd/events/2014-06-618-orders.yaml'),
        "date: '2014-06'\nprecision: month",
        "date: '2014-06-18'\nprecision: day",
      );
      // Time words that are not the report's.
      replaceIn(
        join(d, 'reports/wechat-jd/figures/fig-valuation.yaml'),
        'when: 至2015年4月\n',
        'when: 2015年4月底\n',
      );
      // An undated claim given a year.
      replaceIn(
        join(d, 'reports/wechat-jd/figures/fig-gmv.yaml'),
        '      - precision: undated\n        value: 5\n',
        "      - date: '2014'\n        precision: year\n        value: 5\n",
      );
      replaceIn(
        join(d, 'reports/wechat-jd/figures/fig-gmv.yaml'),
        '          quote: 累计为京东主站导流超过5亿用户\n',
        '          quote: 累计为京东主站导流超过5亿用户\n          when: 累计\n',
      );
      // 25%以上 told as 超过25%.
      replaceIn(
        join(d, 'reports/wechat-jd/figures/fig-gmv.yaml'),
        '        bound: at-least\n        label: 微信渠道订单占比（报告）',
        '        bound: over\n        label: 微信渠道订单占比（报告）',
      );
      // The report's 约 dropped from a key figure.
      replaceIn(join(d, 'reports/wechat-jd/report.yaml'), 'value: 约2.15亿美元', 'value: 2.15亿美元');
      // A number in an event summary that no source states.
      replaceIn(
        join(d, 'reports/wechat-jd/events/2014-05-22-ipo.yaml'),
        '按发行价计市值约260亿美元',
        '按发行价计市值约280亿美元',
      );
      // An excerpt that gives only the good side.
      replaceIn(
        join(d, 'reports/wechat-jd/opinions/guo-tao-1.mdx'),
        /text: 从京东视角看，不再续约有一定好处.*\n/,
        'text: 从京东视角看，不再续约有一定好处\n',
      );
    });
  });

  it('fails', () => expect(r.status).not.toBe(0));
  it('a date finer than its sources', () =>
    expect(r.output).toMatch(
      /2014-06-618-orders\.yaml → precision: precision "day" is finer than its sources/,
    ));
  it('time words that are not in the cited paragraph', () =>
    expect(r.output).toMatch(
      /fig-valuation\.yaml → series\[\d\]\.points\[\d\]\.source\.when: "2015年4月底" is not in paragraph cooperation-history-p3/,
    ));
  it('a year for a claim the report leaves undated', () =>
    expect(r.output).toMatch(
      /fig-gmv\.yaml → series\[4\]\.points\[2\]\.precision: precision \\?"year\\?" is finer than its sources/,
    ));
  it('a qualifier that is not the report’s', () =>
    expect(r.output).toMatch(
      /fig-gmv\.yaml → series\[4\]\.points\[0\]\.bound: the quote qualifies the value as at-least/,
    ));
  it('a key figure without the report’s 约', () =>
    expect(r.output).toMatch(/wechat-jd\/report\.yaml → keyFigures\[0\]\.value: the report says "约2\.15"/));
  it('a number in an event summary without a source', () =>
    expect(r.output).toMatch(/2014-05-22-ipo\.yaml → summary: 280亿美元 has no source/));
  it('an excerpt that cuts a contrast', () =>
    expect(r.output).toMatch(
      /guo-tao-1\.mdx → excerpts\[0\]\.text: gives one side of a “好处…弊端” contrast/,
    ));
});
