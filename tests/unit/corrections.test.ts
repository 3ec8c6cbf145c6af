/**
 * Corrections and the published-values record: the pure logic (src/lib/published.ts,
 * src/lib/corrections.ts, the paragraph notes), the content check over a copy of content/ (a changed
 * published value fails without a correction naming its anchor and passes with one), and
 * `npm run anchors:update`, which rewrites a recorded value only when a correction names it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { correctionNote, correctionText, exportCorrections, liveAnchor } from '../../src/lib/corrections.ts';
import { feedDescription } from '../../src/lib/feed.ts';
import { figureCsv } from '../../src/lib/figures.ts';
import { addParagraphNotes } from '../../src/lib/markdown/paragraph-links.ts';
import {
  changedValues,
  formatPublished,
  isCorrected,
  parsePublished,
  publishedJson,
  publishedValues,
  unrecordedValues,
} from '../../src/lib/published.ts';
import { replaceIn } from '../helpers/bad-content.ts';
import { contentErrors, copyContent, loadSite, projectRoot } from '../helpers/content.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));
const scratchCopy = () => {
  const dir = copyContent();
  scratch.push(dir);
  return dir;
};

const stake = (date: string | undefined, precision: 'month' | 'year' | 'undated', value = 18.1) => ({
  figures: [
    {
      id: 'fig-x',
      series: [
        { id: 's', points: [{ value, unit: 'percent' as const, date, precision }] },
        {
          id: 'c',
          points: [
            { value: 17, unit: 'percent' as const, bound: 'about' as const, precision: 'undated' as const },
          ],
        },
      ],
    },
  ],
  events: [{ anchor: 'event-2014-05-27-entry', date: '2014-05-27', precision: 'day' as const }],
});

describe('the published-values record (src/lib/published.ts)', () => {
  it('records every point by its row id and every event by its anchor', () => {
    expect(publishedValues(stake('2017-03', 'month'))).toEqual({
      'fig-x-s-2017-03': { value: 18.1, unit: 'percent', date: '2017-03', precision: 'month' },
      'fig-x-c-undated': { value: 17, unit: 'percent', bound: 'about', precision: 'undated' },
      'event-2014-05-27-entry': { date: '2014-05-27', precision: 'day' },
    });
  });

  it('follows a retired row id to its alias and finds the new date; an unchanged value is no change', () => {
    const recorded = publishedValues(stake('2017-03', 'month'));
    const current = publishedValues(stake('2017', 'year'));
    const live = new Set(Object.keys(current));
    const aliases = { 'fig-x-s-2017-03': 'fig-x-s-2017' };
    const changes = changedValues(recorded, current, aliases, live);
    expect(changes).toEqual([
      {
        id: 'fig-x-s-2017-03',
        live: 'fig-x-s-2017',
        old: { value: 18.1, unit: 'percent', date: '2017-03', precision: 'month' },
        new: { value: 18.1, unit: 'percent', date: '2017', precision: 'year' },
      },
    ]);
    expect(formatPublished(changes[0]!.old)).toBe('18.1 percent, 2017-03 (month)');
    expect(formatPublished(recorded['fig-x-c-undated'])).toBe('about 17 percent, undated');
    // Covered by a correction naming the new id, or the old one; not by one naming something else.
    const naming = (...anchors: string[]) => [{ id: 'c1', anchors }];
    expect(isCorrected(changes[0]!, naming('fig-x-s-2017'), aliases)).toBe(true);
    expect(isCorrected(changes[0]!, naming('fig-x-s-2017-03'), aliases)).toBe(true);
    expect(isCorrected(changes[0]!, naming('event-2014-05-27-entry'), aliases)).toBe(false);
    // A correction the record was written with is spent: it cannot cover a later change of that value.
    const spent = { ...changes[0]!, old: { ...changes[0]!.old, corrections: ['c1'] } };
    expect(isCorrected(spent, naming('fig-x-s-2017'), aliases)).toBe(false);
    expect(
      isCorrected(spent, [...naming('fig-x-s-2017'), { id: 'c2', anchors: ['fig-x-s-2017'] }], aliases),
    ).toBe(true);
    expect(unrecordedValues(recorded, current)).toEqual(['fig-x-s-2017']);
    expect(changedValues(current, current, {}, live)).toEqual([]);
  });

  it('a value, its qualifier or its unit changing is a change; a value gone from its live id too', () => {
    const recorded = publishedValues(stake('2017', 'year'));
    const live = new Set(Object.keys(recorded));
    const changed = publishedValues(stake('2017', 'year', 18.2));
    expect(changedValues(recorded, changed, {}, live).map((c) => c.id)).toEqual(['fig-x-s-2017']);
    const noBound = {
      ...recorded,
      'fig-x-c-undated': { value: 17, unit: 'percent' as const, precision: 'undated' as const },
    };
    expect(changedValues(recorded, noBound, {}, live).map((c) => c.id)).toEqual(['fig-x-c-undated']);
    // A point deleted and its id aliased to the figure: no value any more.
    const gone = changedValues(
      recorded,
      { ...recorded, 'fig-x-s-2017': undefined! },
      { 'fig-x-s-2017': 'fig-x' },
      new Set(['fig-x']),
    );
    expect(gone).toEqual([expect.objectContaining({ id: 'fig-x-s-2017', live: 'fig-x', new: undefined })]);
    expect(formatPublished(undefined)).toBe('nothing (no such value any more)');
  });

  it('an event’s numbers and the key figures are published values too; a record without numbers is not compared on them', () => {
    const input = (summary: string[], keys: string[]) => ({
      figures: [],
      events: [{ anchor: 'event-x', date: '2021-12', precision: 'month' as const, numbers: summary }],
      keyFigures: { anchor: 'key-figures', values: keys },
    });
    const recorded = publishedValues(input(['约17%', '2.3%'], ['约2.15亿美元']));
    expect(recorded).toEqual({
      'event-x': { date: '2021-12', precision: 'month', numbers: ['约17%', '2.3%'] },
      'key-figures': { precision: 'undated', numbers: ['约2.15亿美元'] },
    });
    const live = new Set(Object.keys(recorded));
    const changed = changedValues(
      recorded,
      publishedValues(input(['17%', '2.3%'], ['2.15亿美元'])),
      {},
      live,
    );
    expect(changed.map((c) => c.id)).toEqual(['event-x', 'key-figures']);
    expect(formatPublished(changed[0]!.old)).toBe('2021-12 (month); numbers 约17%, 2.3%');
    // Recorded before numbers were kept: only the date is compared.
    const older = { 'event-x': { date: '2021-12', precision: 'month' as const } };
    expect(changedValues(older, publishedValues(input(['17%'], [])), {}, live)).toEqual([]);
  });

  it('writes and reads the file, sorted, and names a broken one', () => {
    const values = publishedValues(stake('2017', 'year'));
    const text = publishedJson(values);
    expect(Object.keys((JSON.parse(text) as { values: object }).values)).toEqual([
      'event-2014-05-27-entry',
      'fig-x-c-undated',
      'fig-x-s-2017',
    ]);
    expect(parsePublished(text)).toEqual({ values });
    // Written with the corrections that name a value now, which the record then holds as spent.
    const withCorrection = publishedJson(values, [{ id: 'c1', anchors: ['fig-x-s-2017-03'] }], {
      'fig-x-s-2017-03': 'fig-x-s-2017',
    });
    expect(parsePublished(withCorrection)).toEqual({
      values: { ...values, 'fig-x-s-2017': { ...values['fig-x-s-2017'], corrections: ['c1'] } },
    });
    expect(parsePublished('{"values": [1]}')).toHaveProperty('error');
    expect(parsePublished('{')).toHaveProperty('error', expect.stringMatching(/^not JSON/));
  });
});

describe('corrections as readers see them (src/lib/corrections.ts)', () => {
  const data = [
    {
      id: 'a',
      date: '2026-11',
      precision: 'month' as const,
      anchors: ['x'],
      what: '甲',
      before: '1',
      after: '2',
      why: '因为。',
    },
    {
      id: 'b',
      date: '2026-12-02',
      precision: 'day' as const,
      anchors: ['old', 'y'],
      what: '乙',
      before: '约17%',
      after: '17%',
      why: '与原文一致。',
    },
  ];
  const all = exportCorrections(data, { old: 'new' });

  it('newest first, dated at their precision, retired ids followed to live ones', () => {
    expect(all.map((c) => [c.anchor, c.dateText, c.anchors])).toEqual([
      ['correction-b', '2026年12月2日', ['new', 'y']],
      ['correction-a', '2026年11月', ['x']],
    ]);
    expect(liveAnchor('old', { old: 'new' })).toBe('new');
    expect(correctionNote(all[0]!)).toBe('更正（2026年12月2日）');
    expect(correctionText(all[0]!)).toBe('2026年12月2日更正：乙：约17% → 17%。与原文一致。');
  });

  it('a corrected paragraph is followed by its note, outside its text; others are untouched', () => {
    const html = '<p id="s-p1">一<a class="anchor anchor--para" href="#s-p1">¶</a></p><p id="s-p2">二</p>';
    expect(addParagraphNotes(html, new Map([['s-p2', '<p class="n">N</p>']]))).toBe(
      '<p id="s-p1">一<a class="anchor anchor--para" href="#s-p1">¶</a></p><p id="s-p2">二</p><p class="n">N</p>',
    );
    expect(addParagraphNotes(html, new Map())).toBe(html);
  });

  it('the feed entry ends with them; an entry without corrections says nothing of them', () => {
    const r = {
      data: { title: 't', publisher: 'p', credits: [], kind: undefined, published: undefined },
      fullTitle: 't',
      description: '开头。',
      publishedText: undefined,
      url: 'https://x.example/',
    };
    expect(feedDescription({ ...r, corrections: all })).toBe(
      '发布者：p；发布日期：不详。开头。更正与更新：2026年12月2日更正：乙：约17% → 17%。与原文一致。2026年11月更正：甲：1 → 2。因为。',
    );
    expect(feedDescription(r)).not.toContain('更正');
  });
});

describe('the content check and the record of content/', () => {
  it('the committed record has the corrected stake point at its new id, and the site its corrections', () => {
    const record = JSON.parse(
      readFileSync(join(projectRoot, 'content/reports/wechat-jd/published.json'), 'utf8'),
    ) as { values: Record<string, unknown> };
    expect(record.values['fig-stake-stake-post-ipo-2017']).toEqual({
      value: 18.1,
      unit: 'percent',
      date: '2017',
      precision: 'year',
      corrections: ['stake-2017-date'],
    });
    const site = loadSite();
    for (const r of site.reports) {
      for (const c of r.corrections) for (const a of c.anchors) expect(r.anchors).toContain(a);
      // A figure keeps the corrections that name it or its rows, and its CSV carries them on those rows.
      for (const f of r.figures.values())
        for (const c of f.corrections) {
          const csv = figureCsv(f);
          expect(csv.split('\r\n')[0]).toMatch(/,更正$/);
          expect(csv).toContain(correctionText(c));
        }
    }
    const stakeFig = site.byId.get('wechat-jd')?.figures.get('fig-stake');
    expect(stakeFig?.corrections.map((c) => c.id)).toEqual(['stake-2017-date']);
  });

  it('a published value changed without a correction fails, naming file, anchor, old and new value', () => {
    const dir = scratchCopy();
    replaceIn(
      join(dir, 'reports/wechat-jd/events/2019-05-10-renewal.yaml'),
      "date: '2019-05-10'\nprecision: day",
      "date: '2019-05'\nprecision: month",
    );
    expect(contentErrors(dir)).toContain(
      'content/reports/wechat-jd/published.json → values.event-2019-05-10-renewal: "event-2019-05-10-renewal" was published as 2019-05-10 (day) and is now 2019-05 (month)',
    );
  });

  it('a number of an event’s text changed without a correction fails too, naming old and new numbers', () => {
    const dir = scratchCopy();
    replaceIn(join(dir, 'reports/wechat-jd/events/2021-12-dividend.yaml'), '约4.57亿股', '约4.6亿股');
    expect(contentErrors(dir)).toContain(
      'values.event-2021-12-dividend: "event-2021-12-dividend" was published as 2021-12 (month); numbers 17%, 2.3%, 约4.57亿股',
    );
  });

  it('with a correction naming the anchor the change is accepted, and anchors:update writes the new value', () => {
    const dir = scratchCopy();
    replaceIn(join(dir, 'reports/wechat-jd/figures/fig-stake.yaml'), 'value: 17.8', 'value: 17.9');
    const update = () =>
      spawnSync(process.execPath, ['scripts/update-anchors.ts'], {
        cwd: projectRoot,
        env: { ...process.env, REPORT_CONTENT_DIR: dir },
        encoding: 'utf8',
      });
    const recordFile = join(dir, 'reports/wechat-jd/published.json');
    const before = readFileSync(recordFile, 'utf8');
    // Without a correction: the update refuses, names the change and leaves the record as it was.
    const refused = update();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'fig-stake-stake-post-ipo-2020-06: 17.8 percent, 2020-06 (month) → 17.9 percent, 2020-06 (month)',
    );
    expect(readFileSync(recordFile, 'utf8')).toBe(before);
    // With one: the check passes, and the update records the new value.
    const report = join(dir, 'reports/wechat-jd/report.yaml');
    const yaml = readFileSync(report, 'utf8');
    execFileSync('sh', ['-c', `cat >> "${report}"`], {
      input: `  - id: stake-2020\n    date: '2026-12-03'\n    precision: day\n    anchors: [fig-stake-stake-post-ipo-2020-06]\n    what: 测试\n    before: 17.8%\n    after: 17.9%\n    why: 测试。\n`,
    });
    expect(readFileSync(report, 'utf8').length).toBeGreaterThan(yaml.length);
    // Corrected but not yet recorded: the check asks for the update, which spends the correction.
    expect(contentErrors(dir)).toContain(
      'content/reports/wechat-jd/published.json → values.fig-stake-stake-post-ipo-2020-06: "fig-stake-stake-post-ipo-2020-06" changed with a correction (17.8 percent, 2020-06 (month) → 17.9 percent, 2020-06 (month)) that the record does not hold yet: run npm run anchors:update',
    );
    const ok = update();
    expect(ok.status, ok.stderr).toBe(0);
    expect(contentErrors(dir)).toBe('');
    expect(JSON.parse(readFileSync(recordFile, 'utf8')).values['fig-stake-stake-post-ipo-2020-06']).toEqual({
      value: 17.9,
      unit: 'percent',
      date: '2020-06',
      precision: 'month',
      corrections: ['stake-2020'],
    });
    // Spent: the same correction does not cover a second change of that value.
    replaceIn(join(dir, 'reports/wechat-jd/figures/fig-stake.yaml'), 'value: 17.9', 'value: 18.0');
    expect(contentErrors(dir)).toContain(
      'values.fig-stake-stake-post-ipo-2020-06: "fig-stake-stake-post-ipo-2020-06" was published as 17.9 percent, 2020-06 (month) and is now 18 percent',
    );
  });
});
