import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * An expert quoted in the report (`content/experts/<id>.yaml`). The file name is the expert's id, the
 * pinyin of the name (`cao-lei`); the public anchor is `#expert-<id>`.
 */
export const expertSchema = z
  .object({
    /** Name as in the report, e.g. 曹磊. */
    name: text,
    /** The name in pinyin, capitalised, e.g. Cao Lei. */
    pinyin: z.string().regex(/^[A-Z][a-z]+( [A-Z][a-z]+)+$/, 'must be capitalised pinyin such as "Cao Lei"'),
    /** Titles and affiliations exactly as the report gives them, in its order. */
    titles: z.array(text).min(1),
  })
  .strict();
