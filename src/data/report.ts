import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { opinionAnchor, sectionAnchor } from '../lib/anchors.ts';
import { checkContent, formatContentError } from '../lib/content/integrity.ts';
import { contentRoot } from './content-root.ts';

/** One report with everything the pages need, checked. */
export interface ReportModel {
  report: CollectionEntry<'reports'>;
  /** The sections in reading order, each with its public anchor. */
  sections: Array<{ entry: CollectionEntry<'sections'>; anchor: string }>;
  experts: Map<string, CollectionEntry<'experts'>>;
  opinions: Map<string, CollectionEntry<'opinions'>>;
}

function readSource(path: string): string | undefined {
  try {
    return readFileSync(join(contentRoot, path), 'utf8');
  } catch {
    return undefined;
  }
}

async function load(): Promise<ReportModel[]> {
  const [reports, sections, experts, opinions] = await Promise.all([
    getCollection('reports'),
    getCollection('sections'),
    getCollection('experts'),
    getCollection('opinions'),
  ]);
  const errors = checkContent({ reports, sections, experts, opinions, readSource });
  if (errors.length) {
    // Astro only logs broken references; a fault in the content must stop the build instead.
    throw new Error(
      `The content has ${errors.length} error(s):\n${errors.map((e) => `  - ${formatContentError(e)}`).join('\n')}`,
    );
  }
  const expertMap = new Map(experts.map((e) => [e.id, e]));
  const opinionMap = new Map(opinions.map((o) => [o.id, o]));
  return reports.map((report) => ({
    report,
    sections: sections
      .filter((s) => s.data.report.id === report.id)
      .sort((a, b) => a.data.order - b.data.order)
      .map((entry) => ({ entry, anchor: sectionAnchor(entry.id) })),
    experts: expertMap,
    opinions: opinionMap,
  }));
}

let cached: Promise<ReportModel[]> | undefined;

/** All reports, loaded and checked once per build. */
export const getReports = (): Promise<ReportModel[]> => (cached ??= load());

/** The report the site publishes on `/`: the only one, or the first by id. */
export async function getMainReport(): Promise<ReportModel> {
  const all = await getReports();
  const main = [...all].sort((a, b) => a.report.id.localeCompare(b.report.id))[0];
  if (!main) throw new Error('content/reports: no report found');
  return main;
}

export { opinionAnchor };
