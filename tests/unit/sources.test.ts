import { describe, expect, it } from 'vitest';
import { sourcePublisher, sourceTitle, sourceTypeLabel } from '../../src/lib/sources.ts';

describe('public sources as readers see them', () => {
  const sohu = {
    publisher: '搜狐财经',
    via: 'Reportify',
    title: '微信关闭京东购物入口',
    type: 'news-copy' as const,
  };

  it('says a copy is a reprint unless it is a summary', () => {
    expect([sourcePublisher(sohu), sourceTypeLabel(sohu)]).toEqual([
      '搜狐财经（Reportify 转载）',
      '媒体报道（转载）',
    ]);
    const summary = { ...sohu, summarised: true };
    expect([sourcePublisher(summary), sourceTypeLabel(summary)]).toEqual([
      '搜狐财经（Reportify 摘要）',
      '媒体报道（摘要）',
    ]);
  });

  it('marks a title that is not the published headline', () => {
    expect(sourceTitle({ ...sohu, title: undefined, titleFromUrl: 'jd-ipo' })).toBe('jd-ipo（标题据网址）');
    expect(sourceTitle({ ...sohu, title: undefined, description: '京东市值表' })).toBe(
      '京东市值表（本站描述）',
    );
  });
});
