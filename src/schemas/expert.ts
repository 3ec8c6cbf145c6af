/** An expert (content/experts/<pinyin>.yaml): the person, shared by every report that quotes them. */
import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * A person quoted in one or more reports (`content/experts/<id>.yaml`, shared by all reports). The file name
 * is the expert's id, the pinyin of the name (`cao-lei`); the public anchor is `#expert-<id>`. The titles
 * a report introduces the person with belong to that report (`experts` in its report.yaml): the same
 * person may be 中国电子商务研究中心主任 in 2017 and 网经社电子商务研究中心主任 in 2025.
 */
export const expertSchema = z
  .object({
    /** The name as the reports write it, e.g. 曹磊. */
    name: text,
    /** The name in pinyin, capitalised, e.g. Cao Lei. */
    pinyin: z.string().regex(/^[A-Z][a-z]+( [A-Z][a-z]+)+$/, 'must be capitalised pinyin such as "Cao Lei"'),
    /**
     * Titles the person is known to have held, with the year (or years, "2015–2017") they were used: an
     * editor's note for telling people of the same name apart and for the import's review list. Readers
     * see the titles each report gives, never these.
     */
    titles: z
      .array(
        z
          .object({
            /** The title, e.g. 网经社电子商务研究中心主任. */
            title: text,
            /** When it was used: a year, or a span of years. */
            years: z
              .string()
              .regex(/^\d{4}(–\d{4})?$/, 'must be a year such as "2017" or a span such as "2015–2017"'),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type ExpertData = z.infer<typeof expertSchema>;
