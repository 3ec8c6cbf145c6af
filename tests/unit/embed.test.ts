/** The embed's pure parts (src/lib/embed.ts): the iframe code, the credit, the height message, oEmbed. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT_MESSAGE,
  EMBED_WIDTH,
  embedCredit,
  embedHeight,
  embedSnippet,
  embedTitle,
  figureOEmbed,
  isEmbedHeightMessage,
} from '../../src/lib/embed.ts';

const fig = {
  number: 2,
  title: '腾讯持股“京东”比例 <变化>',
  height: { wide: 320, narrow: 280 },
  compiledBy: { name: '研报精读', publisher: '研报精读编辑部' },
  publication: { title: '某报告', publisher: '网经社', noun: '报告' },
};

describe('embed code', () => {
  it('is an iframe of the absolute embed address, escaped, as wide as its column up to the offered width', () => {
    const html = embedSnippet('https://r.example.org/embed/fig-a/?x=1&y="2"', embedTitle(fig), 620);
    const doc = new JSDOM(html).window.document;
    const iframe = doc.querySelector('iframe')!;
    expect(doc.body.children).toHaveLength(1);
    expect(iframe.getAttribute('src')).toBe('https://r.example.org/embed/fig-a/?x=1&y="2"');
    expect(iframe.title).toBe('图2：腾讯持股“京东”比例 <变化>（研报精读）');
    expect(iframe.getAttribute('height')).toBe('620');
    expect(iframe.getAttribute('width')).toBe(String(EMBED_WIDTH));
    expect(iframe.getAttribute('style')).toContain('width:100%');
    expect(iframe.getAttribute('loading')).toBe('lazy');
  });

  it('needs an absolute address (a host cannot resolve a path of this site)', () => {
    expect(() => embedSnippet('/embed/fig-a/', 't', 300)).toThrow(/not an absolute address/);
  });

  it('credits the site that compiled the figure, then the report it accompanies', () => {
    expect(embedCredit(fig)).toBe('图表整理：研报精读（研报精读编辑部）；附于网经社《某报告》');
    expect(embedCredit({ ...fig, publication: { title: '无署名', noun: '文章' } })).toBe(
      '图表整理：研报精读（研报精读编辑部）；附于《无署名》',
    );
  });

  it('is as tall as the wide drawing and what the page adds to it', () => {
    expect(embedHeight(fig)).toBeGreaterThan(fig.height.wide);
    expect(embedHeight({ height: { wide: 500, narrow: 300 } }) - embedHeight(fig)).toBe(180);
  });
});

describe('the height message', () => {
  it('is recognised only with its type, a finite height and the url', () => {
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: 512, url: 'https://x/' })).toBe(true);
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: NaN, url: 'https://x/' })).toBe(false);
    expect(isEmbedHeightMessage({ type: 'other', height: 512, url: 'https://x/' })).toBe(false);
    expect(isEmbedHeightMessage('report-embed:height')).toBe(false);
    expect(isEmbedHeightMessage(null)).toBe(false);
  });
});

describe('oEmbed', () => {
  it('is oEmbed 1.0 rich: the iframe at its size, the figure, the credit and the site', () => {
    const o = figureOEmbed(fig, {
      embed: 'https://r.example.org/embed/fig-a/',
      report: 'https://r.example.org/#fig-a',
      site: 'https://r.example.org/',
    });
    expect(o).toEqual({
      version: '1.0',
      type: 'rich',
      title: '图2：腾讯持股“京东”比例 <变化>',
      author_name: embedCredit(fig),
      author_url: 'https://r.example.org/#fig-a',
      provider_name: '研报精读',
      provider_url: 'https://r.example.org/',
      html: embedSnippet('https://r.example.org/embed/fig-a/', embedTitle(fig), embedHeight(fig)),
      width: EMBED_WIDTH,
      height: embedHeight(fig),
    });
  });
});
