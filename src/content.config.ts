import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventSchema } from './schemas/event.ts';
import { expertSchema } from './schemas/expert.ts';
import { figureSchema } from './schemas/figure.ts';
import { opinionSchema } from './schemas/opinion.ts';
import { reportSchema } from './schemas/report.ts';
import { sectionSchema } from './schemas/section.ts';

/**
 * Where the content lives. Tests point this at a copy with a deliberate fault to prove the build fails;
 * everyone else uses `content/`.
 */
const root = process.env.REPORT_CONTENT_DIR ?? './content';

export const collections = {
  reports: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/reports` }),
    schema: reportSchema,
  }),
  sections: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${root}/sections` }),
    schema: sectionSchema,
  }),
  experts: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/experts` }),
    schema: expertSchema,
  }),
  opinions: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/opinions` }),
    schema: opinionSchema,
  }),
  events: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/events` }),
    schema: eventSchema,
  }),
  figures: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/figures` }),
    schema: figureSchema,
  }),
};
