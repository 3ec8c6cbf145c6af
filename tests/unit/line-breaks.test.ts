import { describe, expect, it } from 'vitest';
import { breakableRuns, words } from '../../src/lib/text/line-breaks.ts';
import { loadParsed } from '../helpers/content.ts';

/** The words the committed reports declare the segmenter lacks (report.yaml `words`). */
const WORDS = loadParsed().reports.flatMap((r) => r.entry.data.words);

describe('breakableRuns', () => {
  it('allows breaks between words only, never inside one', () => {
    expect(breakableRuns('微信京东十年“联姻”落幕', WORDS)).toEqual(['微信', '京东', '十年“联姻”落幕']);
    expect(breakableRuns('京东的短期阵痛与腾讯电商战略跃迁', WORDS)).toEqual([
      '京东',
      '的',
      '短期',
      '阵痛',
      '与',
      '腾讯',
      '电商',
      '战略',
      '跃迁',
    ]);
  });

  it('leaves the breaks around punctuation to the browser', () => {
    // No piece starts with closing punctuation or ends with opening punctuation.
    for (const title of [
      '竞合新生态：互联网巨头走向“动态平衡”',
      '腾讯派发京东股份作股息，持股由约17%降至2.3%',
      '618大促：移动端订单量同比增长8倍（报告所述）',
    ]) {
      const runs = breakableRuns(title, WORDS);
      expect(runs.join('')).toBe(title);
      for (const run of runs) {
        expect(run).not.toMatch(/^[，。、：；）”%.]/u);
        expect(run).not.toMatch(/[“（]$/u);
      }
    }
    expect(breakableRuns('竞合新生态：互联网巨头走向“动态平衡”', WORDS)).toContain('生态：互联网');
  });

  it('breaks only where ICU’s word segmenter also sees a boundary', () => {
    // jieba: 亿美元; ICU: 亿|美元. Either way 亿美元 stays together, and so do numbers and their units.
    expect(breakableRuns('京东市值达454亿美元（报告所述）', WORDS)).toEqual([
      '京东',
      '市值',
      '达',
      '454',
      '亿美元（报告',
      '所述）',
    ]);
  });

  it('keeps the report’s names whole that the dictionary lacks', () => {
    expect(WORDS.length).toBeGreaterThan(0);
    for (const name of WORDS) expect(words(`关于${name}的说明`, WORDS)).toContain(name);
    expect(breakableRuns('入口切换为“京东购物”小程序', WORDS)).toEqual([
      '入口',
      '切换',
      '为“京东购物”小程序',
    ]);
  });

  it('returns Latin text and short titles whole', () => {
    expect(breakableRuns('导语', WORDS)).toEqual(['导语']);
    expect(breakableRuns('', WORDS)).toEqual([]);
    expect(breakableRuns('GMV', WORDS)).toEqual(['GMV']);
  });
});
