/** Published anchor ids are a public contract: none may disappear without an alias to a live id. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHOR_ID } from '../../src/lib/anchors.ts';
import { listAnchors } from '../../src/model/checks/index.ts';
import { loadParsed } from '../helpers/content.ts';

const manifest = JSON.parse(readFileSync(new URL('../anchors.json', import.meta.url), 'utf8')) as {
  ids: string[];
};
const content = loadParsed();
const home = content.reports.find((r) => r.id === content.site.home)!;
const aliases = home.entry.data.anchorAliases;
const live = new Set(listAnchors(home, content.experts).map((a) => a.id));

describe('the anchor manifest of the home report', () => {
  it('keeps every published id alive, or aliased to a live id', () => {
    const lost = manifest.ids.filter((id) => !live.has(id) && !live.has(aliases[id] ?? ''));
    expect(lost, 'ids gone without an alias: add them to report.yaml anchorAliases').toEqual([]);
  });

  it('records every id the report now publishes (run npm run anchors:update)', () => {
    expect([...live].filter((id) => !manifest.ids.includes(id))).toEqual([]);
  });

  it('has readable ASCII ids only, never derived from Chinese text', () => {
    expect(manifest.ids.length).toBeGreaterThan(100);
    for (const id of manifest.ids) expect(id).toMatch(ANCHOR_ID);
  });

  it('has aliases only for retired ids', () => {
    for (const [from, to] of Object.entries(aliases)) {
      expect(live.has(from), `${from} is live: it cannot be an alias`).toBe(false);
      expect(live.has(to), `${from} → ${to}: the target must be live`).toBe(true);
    }
  });
});
