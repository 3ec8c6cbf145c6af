/**
 * The content collections: each kind of file under content/reports/<id>/ and content/experts/, with its
 * schema (src/schemas/) and its entry id (src/model/ids.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryIdOf, reportIdTracker } from './model/ids.ts';
import { eventSchema } from './schemas/event.ts';
import { expertSchema } from './schemas/expert.ts';
import { figureSchema } from './schemas/figure.ts';
import { opinionSchema } from './schemas/opinion.ts';
import { reportSchema } from './schemas/report.ts';
import { sectionSchema } from './schemas/section.ts';

/**
 * Where the content lives. Tests point this at a copy (with a deliberate fault, or with a second report)
 * to prove what the build does; everyone else uses `content/`.
 */
const root = process.env.REPORT_CONTENT_DIR ?? './content';

/** The entries of one kind in every report folder: `content/reports/<report>/<kind>/<name>.<ext>`. */
const inReports = (kind: string, ext: string) =>
  glob({
    pattern: `*/${kind}/*.${ext}`,
    base: `${root}/reports`,
    generateId: ({ entry }) => entryIdOf(entry),
  });

export const collections = {
  reports: defineCollection({
    loader: glob({
      pattern: '*/report.yaml',
      base: `${root}/reports`,
      generateId: (() => {
        const idOf = reportIdTracker();
        return ({ entry }: { entry: string }) => idOf(entry);
      })(),
    }),
    schema: reportSchema,
  }),
  sections: defineCollection({ loader: inReports('sections', 'mdx'), schema: sectionSchema }),
  opinions: defineCollection({ loader: inReports('opinions', 'mdx'), schema: opinionSchema }),
  events: defineCollection({ loader: inReports('events', 'yaml'), schema: eventSchema }),
  figures: defineCollection({ loader: inReports('figures', 'yaml'), schema: figureSchema }),
  // Experts are shared by all reports.
  experts: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/experts` }),
    schema: expertSchema,
  }),
};
