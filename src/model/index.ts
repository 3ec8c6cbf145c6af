/**
 * The site model for the pages: Astro's content collections, parsed once, checked (any fault stops the
 * build with `file → field: message`), and built into reports, figures, anchors and experts. Components
 * get what they need from it as props; MDX components read the report being rendered from
 * `Astro.locals.report`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getCollection, getEntry, render } from 'astro:content';
import { buildSite, type SiteModel } from './build.ts';
import { checkContent, formatContentError } from './checks/index.ts';
import { parseContent } from './parse.ts';
import { getSite } from './site.ts';

export type { ReportModel, SiteModel } from './build.ts';

async function load(): Promise<SiteModel> {
  const [reports, sections, opinions, events, figures, experts] = await Promise.all([
    getCollection('reports'),
    getCollection('sections'),
    getCollection('opinions'),
    getCollection('events'),
    getCollection('figures'),
    getCollection('experts'),
  ]);
  const folders = new Map(reports.map((r) => [r.id, r.filePath ? dirname(resolve(r.filePath)) : undefined]));
  const content = parseContent({
    site: getSite(),
    reports,
    sections,
    opinions,
    events,
    figures,
    experts,
    readReportFile: (id, name) => {
      const folder = folders.get(id);
      try {
        return folder ? readFileSync(resolve(folder, name), 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
  });
  const errors = checkContent(content);
  if (errors.length) {
    // Astro only logs broken references; a fault in the content must stop the build instead.
    throw new Error(
      `The content has ${errors.length} error(s):\n${errors.map((e) => `  - ${formatContentError(e)}`).join('\n')}`,
    );
  }
  return buildSite(content);
}

let cached: Promise<SiteModel> | undefined;

/** The site model, loaded and checked once per build. */
export const getModel = (): Promise<SiteModel> => (cached ??= load());

/**
 * The MDX body of a section or an opinion as a component (Astro's `render` of its collection entry): the
 * model holds the parsed data, Astro the entry to render.
 */
export async function contentOf(collection: 'sections' | 'opinions', id: string) {
  const entry = collection === 'sections' ? await getEntry('sections', id) : await getEntry('opinions', id);
  if (!entry) throw new Error(`no ${collection} entry "${id}"`);
  return (await render(entry)).Content;
}
