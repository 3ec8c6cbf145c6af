/**
 * Bad content must stop the real build with a message naming the file and the field. Each case copies
 * content/, breaks one thing, and runs `astro build` on the copy.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
      replaceIn(join(d, 'sections/wechat-jd/coopetition.mdx'), 'order: 4', 'order: four'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/coopetition\.mdx/);
    expect(r.output).toMatch(/order/);
  });

  it('a date that is not a calendar day', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'reports/wechat-jd.yaml'), 'eventDate: 2025-09-30', 'eventDate: "2025-02-30"'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/wechat-jd\.yaml/);
    expect(r.output).toMatch(/eventDate/);
    expect(r.output).toMatch(/not a calendar day/);
  });

  it('a misspelt field', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'opinions/fan-xifeng-1.mdx'), 'perspective: jd', 'perspective: jd\nperpsective: jd'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fan-xifeng-1\.mdx/);
    expect(r.output).toMatch(/perpsective/);
  });

  it('an unknown expert (Astro itself only logs a broken reference)', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'opinions/guo-tao-2.mdx'), 'expert: guo-tao', 'expert: guo-tao-x'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('/opinions/guo-tao-2.mdx → expert: unknown expert "guo-tao-x"');
  });

  it('an unknown section', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'opinions/chen-hudong-1.mdx'), /section: .*/, 'section: wechat-jd/epilogue'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('/opinions/chen-hudong-1.mdx → section: unknown section "wechat-jd/epilogue"');
  });

  it('a duplicate anchor id', () => {
    const r = buildWith((d) => {
      // An opinion whose anchor collides with a paragraph of another opinion: opinion-gao-pan-1-p1.
      writeFileSync(join(d, 'opinions/gao-pan-1-p1.mdx'), readFileSync(join(d, 'opinions/gao-pan-1.mdx')));
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/anchor id "opinion-gao-pan-1-p1" is already used/);
  });

  it('a quote that is not in the source', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'opinions/zhao-shaohui-3.mdx'), '12亿微信用户', '13亿微信用户'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('/opinions/zhao-shaohui-3.mdx → body (block 1): not verbatim from the source');
  });

  it('a percentage over 100', () => {
    const r = buildWith((d) => replaceIn(join(d, 'figures/fig-stake.yaml'), 'value: 18.1', 'value: 118.1'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fig-stake\.yaml/);
    expect(r.output).toMatch(/118\.1% is outside 0–100/);
  });

  it('a point without a source', () => {
    const r = buildWith((d) =>
      replaceIn(
        join(d, 'figures/fig-gmv.yaml'),
        /        source: \*itonline\n(?=  - id: wechat-new-customers)/,
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
        join(d, 'figures/fig-valuation.yaml'),
        'paragraph: cooperation-history-p1',
        'paragraph: cooperation-history-p9',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /fig-valuation\.yaml → series\[1\]\.points\[0\]\.source\.paragraph: unknown paragraph "cooperation-history-p9"/,
    );
  });

  it('a date that does not parse', () => {
    const r = buildWith((d) =>
      replaceIn(join(d, 'figures/fig-stake.yaml'), "date: '2020-06'", "date: '2020-13'"),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fig-stake\.yaml/);
    expect(r.output).toMatch(/"2020-13" is not a valid date of precision "month"/);
  });
});
