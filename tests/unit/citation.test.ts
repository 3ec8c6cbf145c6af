import { describe, expect, it } from 'vitest';
import { apa, bibtex, gbt7714, type CitedWork } from '../../src/lib/citation.ts';
import { encodeTextTerm, idFromHash, textFragment } from '../../src/lib/text-fragment.ts';

const work: CitedWork = {
  authors: ['无痕'],
  title: '微信京东十年“联姻”落幕——网经社独家解读报告',
  publisher: '网经社',
  published: '2025-09-24',
  url: 'https://example.org/',
};
const figure = { title: '图1 腾讯持有京东股份比例', url: 'https://example.org/#fig-stake', key: 'fig-stake' };

describe('citations', () => {
  it('GB/T 7714-2015', () => {
    expect(gbt7714(work)).toBe(
      '无痕. 微信京东十年“联姻”落幕——网经社独家解读报告[EB/OL]. 网经社, (2025-09-24)[引用日期]. https://example.org/.',
    );
    expect(gbt7714(work, '2026-11-26', figure)).toBe(
      '无痕. 图1 腾讯持有京东股份比例[EB/OL]//微信京东十年“联姻”落幕——网经社独家解读报告. 网经社, (2025-09-24)[2026-11-26]. https://example.org/#fig-stake.',
    );
  });

  it('APA', () => {
    expect(apa(work)).toBe(
      '无痕. (2025, September 24). 微信京东十年“联姻”落幕——网经社独家解读报告. 网经社. https://example.org/',
    );
    expect(apa(work, figure)).toBe(
      '无痕. (2025, September 24). 图1 腾讯持有京东股份比例 [Figure]. In 微信京东十年“联姻”落幕——网经社独家解读报告. 网经社. https://example.org/#fig-stake',
    );
  });

  it('BibTeX', () => {
    expect(bibtex(work, 'wangjingshe2025wechatjd')).toBe(
      [
        '@techreport{wangjingshe2025wechatjd,',
        '  author = {无痕},',
        '  title = {微信京东十年“联姻”落幕——网经社独家解读报告},',
        '  institution = {网经社},',
        '  year = 2025,',
        '  month = sep,',
        '  url = {https://example.org/},',
        '  language = {chinese}',
        '}',
      ].join('\n'),
    );
    expect(bibtex(work, 'k', { ...figure, title: 'A_B & 50%' })).toContain('title = {A\\_B \\& 50\\%}');
    expect(bibtex(work, 'k', figure)).toMatch(/^@misc\{k-fig-stake,/);
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
