/**
 * Published anchor ids are a public contract: each report's anchors.json lists every id it has
 * published, none may disappear without an alias to a live id (a build error), and the manifest records
 * every id the report now publishes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHOR_ID } from '../../src/lib/anchors.ts';
import {
  checkContent,
  formatContentError,
  listAnchors,
  unrecordedAnchors,
} from '../../src/model/checks/index.ts';
import type { ParsedContent } from '../../src/model/parse.ts';
import { loadParsed } from '../helpers/content.ts';

const content = loadParsed();

describe.each(content.reports.map((r) => [r.id, r] as const))('the anchor manifest of %s', (_id, report) => {
  const aliases = report.entry.data.anchorAliases;
  const live = new Set(listAnchors(report, content.experts).map((a) => a.id));
  const published = report.published && 'ids' in report.published ? report.published.ids : [];

  it('exists and keeps every published id alive, or aliased to a live id', () => {
    expect(report.published, `content/reports/${report.id}/anchors.json`).toBeDefined();
    const lost = published.filter((id) => !live.has(id) && !live.has(aliases[id] ?? ''));
    expect(lost, 'ids gone without an alias: add them to report.yaml anchorAliases').toEqual([]);
  });

  it('records every id the report now publishes (run npm run anchors:update)', () => {
    expect(unrecordedAnchors(report, content.experts)).toEqual([]);
  });

  it('has readable ASCII ids only, never derived from Chinese text', () => {
    expect(published.length).toBeGreaterThanOrEqual(live.size);
    for (const id of published) expect(id).toMatch(ANCHOR_ID);
  });

  it('has aliases only for retired ids', () => {
    for (const [from, to] of Object.entries(aliases)) {
      expect(live.has(from), `${from} is live: it cannot be an alias`).toBe(false);
      expect(live.has(to), `${from} → ${to}: the target must be live`).toBe(true);
    }
  });
});

describe('the ids published before reports were folders (tests/anchors.json, frozen)', () => {
  const frozen = JSON.parse(readFileSync(new URL('../anchors.json', import.meta.url), 'utf8')) as {
    ids: string[];
  };
  const home = content.reports.find((r) => r.id === content.site.home)!;
  const live = new Set(listAnchors(home, content.experts).map((a) => a.id));
  const aliases = home.entry.data.anchorAliases;

  it('are all still live on the home report, or aliased', () => {
    expect(frozen.ids.length).toBeGreaterThan(100);
    expect(frozen.ids.filter((id) => !live.has(id) && !live.has(aliases[id] ?? ''))).toEqual([]);
  });

  it('are all in the home report’s anchors.json', () => {
    const published = new Set(home.published && 'ids' in home.published ? home.published.ids : []);
    expect(frozen.ids.filter((id) => !published.has(id))).toEqual([]);
  });
});

describe('a published id that disappears', () => {
  const withLostId = (alias: boolean): string[] => {
    const parsed: ParsedContent = loadParsed();
    const report = parsed.reports.find((r) => r.id === parsed.site.home)!;
    const published = report.published as { file: string; ids: string[] };
    report.published = { ...published, ids: [...published.ids, 'retired-part'] };
    if (alias)
      report.entry = {
        ...report.entry,
        data: {
          ...report.entry.data,
          anchorAliases: { ...report.entry.data.anchorAliases, 'retired-part': 'about' },
        },
      };
    return checkContent(parsed).map(formatContentError);
  };

  it('fails the content check, naming the manifest and the id', () => {
    const home = loadParsed().site.home;
    expect(withLostId(false)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `reports/${home}/anchors\\.json → ids\\[\\d+\\]: "retired-part" was published and is gone: give it an alias`,
        ),
      ),
    );
  });

  it('is fine with an alias to a live id', () => {
    expect(withLostId(true).filter((e) => e.includes('retired-part'))).toEqual([]);
  });
});
