import { describe, expect, it } from 'vitest';
import {
  comparableText,
  findHalfWidthPunctuation,
  toChineseTypography,
} from '../../src/lib/text/typography.ts';

describe('toChineseTypography', () => {
  it('turns half-width punctuation in Chinese text into full width', () => {
    expect(toChineseTypography('(网经社讯)9月30日,一个持续了十年的电商入口')).toBe(
      '（网经社讯）9月30日，一个持续了十年的电商入口',
    );
    expect(toChineseTypography('十年合作历程:从流量红利到战略分化')).toBe(
      '十年合作历程：从流量红利到战略分化',
    );
    expect(toChineseTypography('有(1)综合电商:京东;(2)直播电商')).toBe(
      '有（1）综合电商：京东；（2）直播电商',
    );
  });

  it('turns straight double quotes into Chinese quotes, in pairs', () => {
    expect(toChineseTypography('微信"发现-购物"一级入口与"朋友圈"并列')).toBe(
      '微信“发现-购物”一级入口与“朋友圈”并列',
    );
  });

  it('leaves URLs, numbers and Latin text alone', () => {
    expect(toChineseTypography('下载:https://www.100ec.cn/zt//wjly5js/ )')).toBe(
      '下载：https://www.100ec.cn/zt//wjly5js/ )',
    );
    expect(toChineseTypography('(32页14000字报告下载:https://www.100ec.cn/zt//wjly5js/ )')).toBe(
      '（32页14000字报告下载：https://www.100ec.cn/zt//wjly5js/）',
    );
    expect(toChineseTypography('数字零售台(DR.100EC.CN)是')).toBe('数字零售台（DR.100EC.CN）是');
    expect(toChineseTypography('1-2个百分点')).toBe('1-2个百分点');
    expect(toChineseTypography('a, b (c)')).toBe('a, b (c)');
  });

  it('removes spaces next to Chinese characters only', () => {
    expect(toChineseTypography('2025 年腾讯')).toBe('2025年腾讯');
    expect(toChineseTypography('Hello world')).toBe('Hello world');
  });

  it('never changes a word', () => {
    const s = '网经社电子商务研究中心主任曹磊认为,京东与微信一级入口合作的终止';
    expect(comparableText(toChineseTypography(s))).toBe(comparableText(s));
  });
});

describe('comparableText', () => {
  it('ignores width, quote style and whitespace', () => {
    expect(comparableText('“京东购物” （1）， 2025 年')).toBe(comparableText('"京东购物"(1),2025年'));
  });

  it('still sees a changed word or number', () => {
    expect(comparableText('持股比例从17%降至2.3%')).not.toBe(comparableText('持股比例从17%降至2.4%'));
    expect(comparableText('京东')).not.toBe(comparableText('京東'));
  });
});

describe('findHalfWidthPunctuation', () => {
  it('finds half-width punctuation between Chinese characters', () => {
    expect(findHalfWidthPunctuation('京东,腾讯')).toHaveLength(1);
    expect(findHalfWidthPunctuation('京东，腾讯：https://a.b/c,d')).toEqual([]);
  });
});
