/**
 * The content read straight from disk, the way Astro's glob loaders and the schemas read it (same ids,
 * same validation): for the scripts (check:content, anchors:update) and the tests, which run without
 * Astro. Schema faults come back located by file and field, like the content check's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { eventSchema } from '../schemas/event.ts';
import { expertSchema } from '../schemas/expert.ts';
import { figureSchema } from '../schemas/figure.ts';
import { opinionSchema } from '../schemas/opinion.ts';
import { reportSchema } from '../schemas/report.ts';
import { sectionSchema } from '../schemas/section.ts';
import type { ContentError } from './checks/types.ts';
import { entryIdOf, reportIdTracker } from './ids.ts';
import type { ContentEntries, RawEntry } from './parse.ts';
import { loadSite } from './site.ts';

/** A file's YAML frontmatter and body (MDX), or its whole YAML. */
function readEntry(file: string, mdx: boolean): { data: unknown; body?: string } {
  const text = readFileSync(file, 'utf8');
  if (!mdx) return { data: parse(text) };
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { data: parse(m[1]!) ?? {}, body: m[2]! } : { data: {}, body: text };
}

/** Reads `content/` (or a copy) into the entries the model is built from, with any schema faults. */
export function loadContentFromDisk(root = 'content'): { content: ContentEntries; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const rel = (p: string) => relative(process.cwd(), p);
  const validate = <S extends z.ZodType>(schema: S, file: string, raw: unknown): z.output<S> | undefined => {
    const r = schema.safeParse(raw ?? {});
    if (r.success) return r.data;
    for (const issue of r.error.issues)
      errors.push({ file: rel(file), field: issue.path.join('.') || '(file)', message: issue.message });
    return undefined;
  };
  const reportsDir = join(root, 'reports');
  const folders = existsSync(reportsDir)
    ? readdirSync(reportsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const idOf = reportIdTracker();
  const folderOf = new Map<string, string>();
  const reports: RawEntry<z.output<typeof reportSchema>>[] = [];
  for (const folder of folders) {
    const file = join(reportsDir, folder, 'report.yaml');
    if (!existsSync(file)) continue;
    let id: string;
    try {
      id = idOf(`${folder}/report.yaml`);
    } catch (error) {
      errors.push({
        file: rel(file),
        field: 'id',
        message: (error as Error).message.replace(/^.*→ id: /, ''),
      });
      continue;
    }
    folderOf.set(id, folder);
    const data = validate(reportSchema, file, readEntry(file, false).data);
    if (data) reports.push({ id, filePath: rel(file), data });
  }
  const entries = <S extends z.ZodType>(kind: string, ext: string, schema: S) =>
    folders.flatMap((folder) => {
      const dir = join(reportsDir, folder, kind);
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((f) => f.endsWith(`.${ext}`))
        .sort()
        .flatMap((f) => {
          const file = join(dir, f);
          const { data, body } = readEntry(file, ext === 'mdx');
          const valid = validate(schema, file, data);
          return valid
            ? [{ id: entryIdOf(`${folder}/${kind}/${f}`), filePath: rel(file), data: valid, body }]
            : [];
        });
    });
  const expertsDir = join(root, 'experts');
  const experts = existsSync(expertsDir)
    ? readdirSync(expertsDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .flatMap((f) => {
          const file = join(expertsDir, f);
          const data = validate(expertSchema, file, readEntry(file, false).data);
          return data ? [{ id: f.replace(/\.yaml$/, ''), filePath: rel(file), data }] : [];
        })
    : [];
  return {
    errors,
    content: {
      site: loadSite(root),
      reports,
      sections: entries('sections', 'mdx', sectionSchema),
      opinions: entries('opinions', 'mdx', opinionSchema),
      events: entries('events', 'yaml', eventSchema),
      figures: entries('figures', 'yaml', figureSchema),
      experts,
      readReportFile: (id, name) => {
        const file = join(reportsDir, folderOf.get(id) ?? id, name);
        return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      },
    },
  };
}
