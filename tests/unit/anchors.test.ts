import { describe, expect, it } from 'vitest';
import {
  ANCHOR_ID,
  entrySlug,
  expertAnchor,
  opinionAnchor,
  paragraphAnchor,
  paragraphPrefixForFile,
} from '../../src/lib/anchors.ts';

describe('anchor ids', () => {
  it('builds readable ASCII ids', () => {
    expect(entrySlug('wechat-jd/cooperation-history')).toBe('cooperation-history');
    expect(opinionAnchor('cao-lei-1')).toBe('opinion-cao-lei-1');
    expect(expertAnchor('chen-hudong')).toBe('expert-chen-hudong');
    expect(paragraphAnchor('overview', 3)).toBe('overview-p3');
  });

  it('accepts only lower-case ASCII words joined by hyphens', () => {
    for (const ok of ['overview', 'opinion-cao-lei-1', 'fig-stake', 'event-2014-05-27-entry'])
      expect(ok).toMatch(ANCHOR_ID);
    for (const bad of ['Overview', '十年', '%E5%8D%81', 'a--b', '-a', 'a_b', ''])
      expect(bad).not.toMatch(ANCHOR_ID);
  });

  it('derives the paragraph prefix of a content file from its path', () => {
    expect(paragraphPrefixForFile('/x/content/reports/wechat-jd/sections/overview.mdx')).toBe('overview');
    expect(paragraphPrefixForFile('/x/content/reports/wechat-jd/opinions/gao-pan-2.mdx')).toBe(
      'opinion-gao-pan-2',
    );
    expect(paragraphPrefixForFile('/x/src/pages/index.md')).toBeUndefined();
  });
});
