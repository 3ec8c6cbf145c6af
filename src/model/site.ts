/**
 * The site's identity, read from `content/site.yaml` (or a test fixture's copy) and validated. Used by
 * astro.config.mjs for the base URL and by the pages for names and credits.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteData } from '../schemas/site.ts';

/** Reads and validates `<contentDir>/site.yaml`; throws `file → field: message` on bad content. */
export function loadSite(contentDir: string): SiteData {
  const file = join(resolve(contentDir), 'site.yaml');
  const shown = relative(process.cwd(), file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${shown}: ${(error as Error).message}`);
  }
  const result = siteSchema.safeParse(raw ?? {});
  if (!result.success) {
    const lines = result.error.issues.map(
      (i) => `  - ${shown} → ${i.path.join('.') || '(file)'}: ${i.message}`,
    );
    throw new Error(`The content has ${lines.length} error(s):\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: SiteData | undefined;

/** The site's identity for this build (content/site.yaml, or a test fixture's copy), read once. */
export const getSite = (): SiteData => (cached ??= loadSite(process.env.REPORT_CONTENT_DIR ?? './content'));
