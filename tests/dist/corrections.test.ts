/**
 * Corrections are visible in the built site, for every report that has any: the page's 「更正与更新」
 * section (#corrections) with each dated entry (what changed, before → after, why, links to the parts),
 * a note 「更正（date）」 on each part it names linking back to it, the figures' CSV and JSON downloads, and
 * the printed PDF (poppler's text). The feed: tests/build/feed.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { correctionNote, correctionText } from '../../src/lib/corrections.ts';
import { comparableText } from '../../src/lib/text/typography.ts';
import { loadSite } from '../helpers/content.ts';
import { dist } from '../helpers/dist.ts';
import { popplerPages } from '../helpers/pdf.ts';

const site = loadSite();
const corrected = site.reports.filter((r) => r.corrections.length > 0);
const read = (path: string) => readFileSync(join(dist, path.replace(/^\//, '')), 'utf8');
const pageFile = (page: string) => `${page}index.html`;
const squash = (s: string) => comparableText(s).replace(/\s+/g, '');

it('the committed content has corrections to show', () => expect(corrected.length).toBeGreaterThan(0));

describe.each(corrected.map((r) => [r.id, r] as const))('report %s', (_id, r) => {
  const doc = new JSDOM(existsSync(join(dist, pageFile(r.paths.page))) ? read(pageFile(r.paths.page)) : '')
    .window.document;

  it('ends with the 「更正与更新」 section: each entry dated, before → after, why, linking to its parts', () => {
    const section = doc.getElementById('corrections')!;
    expect(section).not.toBeNull();
    expect(section.querySelector('h2')?.textContent?.trim()).toBe('更正与更新');
    // After the article, the timeline and the grid: only the citations follow it.
    expect(section.nextElementSibling?.id).toBe('cite');
    expect([...section.querySelectorAll('li')].map((li) => li.id)).toEqual(
      r.corrections.map((c) => c.anchor),
    );
    for (const c of r.corrections) {
      const li = doc.getElementById(c.anchor)!;
      const text = li.textContent!.replace(/\s+/g, ' ');
      expect(li.querySelector('time')?.textContent).toBe(c.dateText);
      for (const part of [c.what, c.before, c.after, c.why]) expect(text).toContain(part);
      expect(text).toContain(`${c.before} → ${c.after}`);
      const links = [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(c.anchors.map((a) => `#${a}`));
      for (const a of c.anchors) expect(doc.getElementById(a), a).not.toBeNull();
    }
    // The table of contents lists it.
    expect(doc.querySelector('a[href="#corrections"]')).not.toBeNull();
  });

  it('every part an entry names carries its dated note, linking back to the entry', () => {
    for (const c of r.corrections)
      for (const a of c.anchors) {
        const part = doc.getElementById(a)!;
        // A data row's note is on its figure (the footer under the chart), a paragraph's after it.
        const owner =
          part.tagName === 'TR' ? part.closest('figure')! : part.tagName === 'P' ? part.parentElement! : part;
        const notes = [...owner.querySelectorAll(`a[href$="#${c.anchor}"]`)];
        expect(
          notes.map((n) => n.textContent?.trim()),
          a,
        ).toContain(correctionNote(c));
      }
  });

  it('the downloads of a corrected figure carry its corrections: a column of the CSV, a field of the JSON', () => {
    const figures = [...r.figures.values()].filter((f) => f.corrections.length > 0);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      const json = JSON.parse(read(r.paths.data(f.id, 'json'))) as {
        corrections: Array<Record<string, unknown>>;
      };
      expect(json.corrections.map((c) => c.anchor)).toEqual(f.corrections.map((c) => c.anchor));
      expect(json.corrections[0]).toMatchObject({
        date: f.corrections[0]!.date,
        before: f.corrections[0]!.before,
        after: f.corrections[0]!.after,
      });
      const csv = read(r.paths.data(f.id, 'csv'));
      const header = csv.split('\r\n')[0]!.split(',');
      expect(header.at(-1)).toBe('更正');
      for (const c of f.corrections)
        for (const row of c.anchors.filter((a) => a.startsWith(`${f.id}-`))) {
          const line = csv.split('\r\n').find((l) => l.startsWith(`${row},`));
          expect(line, row).toContain(correctionText(c));
        }
    }
  });

  it('the PDF prints the section and the notes', () => {
    const text = squash(popplerPages(join(dist, r.paths.pdf.replace(/^\//, ''))).join(''));
    expect(text).toContain(squash('更正与更新'));
    for (const c of r.corrections) {
      expect(text).toContain(squash(`${c.dateText}：${c.what}：${c.before} → ${c.after}。${c.why}`));
      expect(text).toContain(squash(correctionNote(c)));
    }
    // One note per part named, besides the entries themselves.
    const notes = text.split(squash('更正（')).length - 1;
    expect(notes).toBeGreaterThanOrEqual(r.corrections.reduce((n, c) => n + c.anchors.length, 0));
  });
});
