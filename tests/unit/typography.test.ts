import { describe, expect, it } from 'vitest';
import { comparableText, findHalfWidthPunctuation } from '../../src/lib/text/typography.ts';

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
