import {
  ANCHOR_ID,
  entrySlug,
  eventAnchor,
  expertAnchor,
  opinionAnchor,
  PAGE_ANCHORS,
  paragraphAnchor,
  sectionAnchor,
} from '../anchors.ts';
import type { DatePrecision, Precision } from '../dates.ts';
import { comparableText } from '../text/typography.ts';
import { quoteNumber, type Bound, type UnitId } from '../units.ts';
import { rowId } from '../figures.ts';
import { parseBlocks, type Block } from './blocks.ts';
import {
  checkBound,
  checkDateAgainstSources,
  checkEventNumbers,
  checkExcerpt,
  type FieldError,
  type PublicCite,
} from './claims.ts';

/** A `reference()` as Astro resolves it in entry data. */
export interface Ref {
  collection: string;
  id: string;
}

/** The parts of a collection entry the check needs. */
export interface Entry<D> {
  id: string;
  /** Path of the file relative to the project, e.g. content/opinions/cao-lei-1.mdx. */
  filePath?: string | undefined;
  data: D;
  body?: string | undefined;
}

export interface ContentInput {
  reports: Entry<{
    source: string;
    credits: Array<{ role: string; name: string }>;
    keyFigures?: Array<{ value: string; href: string; cite?: ReportCitation | undefined }> | undefined;
  }>[];
  sections: Entry<{ report: Ref; order: number; title?: string | undefined }>[];
  experts: Entry<{ name: string; titles: string[] }>[];
  opinions: Entry<{
    expert: Ref;
    section: Ref;
    excerpts: Array<{ perspective: string; text: string }>;
  }>[];
  events: Entry<{
    date: string;
    precision: DatePrecision;
    title: string;
    summary: string;
    report?: ReportCitation | undefined;
    sources?: PublicCite[] | undefined;
    publicDate?: { date: string; precision: DatePrecision } | undefined;
  }>[];
  figures: Entry<{
    section: Ref;
    events: Ref[];
    series: Array<{
      id: string;
      points: Array<{
        date?: string | undefined;
        precision: Precision;
        value: number;
        unit: UnitId;
        kind: string;
        bound?: Bound | undefined;
        source: ReportCitation | (PublicCite & { url: string });
      }>;
    }>;
  }>[];
  /** The source text of a report, by the report's `source` path; undefined when the file is missing. */
  readSource: (path: string) => string | undefined;
}

/** A statement of the report: paragraph anchor, verbatim quote and the report's own time words. */
export interface ReportCitation {
  paragraph: string;
  quote: string;
  when?: string | undefined;
}

/** A fault in the content, located by file and field. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

export const formatContentError = (e: ContentError): string => `${e.file} → ${e.field}: ${e.message}`;

/** One line of the article in reading order, with where it comes from. */
interface ArticleLine {
  text: string;
  file: string;
  field: string;
}

const fileOf = (e: Entry<unknown>, collection: string) => e.filePath ?? `${collection}/${e.id}`;
/** Where a block stands in a body, for messages: its 1-based position among the top-level blocks. */
const at = (blocks: Block[], b: Block) => `body (block ${blocks.indexOf(b) + 1})`;
const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
const known = (ids: Iterable<string>) => [...ids].sort().join(', ');

/** How the source file is split: one paragraph (or heading, or credit line) per non-empty line. */
export const sourceLines = (source: string): string[] =>
  source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The credit line of the source, e.g. "出品 | 网经社". */
const creditLine = (c: { role: string; name: string }) => `${c.role} | ${c.name}`;

/**
 * Checks everything a schema cannot: that references resolve, that every opinion and figure is placed
 * exactly once where it says it belongs, that every anchor id is valid and unique, and that the article, read in order,
 * is the source text (words unchanged; only whitespace and punctuation width may differ).
 * Returns every fault found, not just the first.
 */
export function checkContent(input: ContentInput): ContentError[] {
  const errors: ContentError[] = [];
  const err = (file: string, field: string, message: string) => errors.push({ file, field, message });

  const reports = new Map(input.reports.map((r) => [r.id, r]));
  const figures = new Map(input.figures.map((f) => [f.id, f]));
  const events = new Map(input.events.map((e) => [e.id, e]));
  const sections = new Map(input.sections.map((s) => [s.id, s]));
  const experts = new Map(input.experts.map((e) => [e.id, e]));
  const opinions = new Map(input.opinions.map((o) => [o.id, o]));

  // Opinions: their expert, their body, their excerpts (their section is checked with the placements).
  for (const o of input.opinions) {
    const file = fileOf(o, 'opinions');
    if (!experts.has(o.data.expert.id)) {
      err(file, 'expert', `unknown expert "${o.data.expert.id}" (known: ${known(experts.keys())})`);
    }
    const body = parseBlocks(o.body ?? '');
    if (!body.some((b) => b.kind === 'paragraph'))
      err(file, 'body', 'an opinion needs at least one paragraph');
    const words = body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    o.data.excerpts.forEach((e, i) => {
      const problem = checkExcerpt(e.text, words);
      if (problem) err(file, `excerpts[${i}].text`, problem);
    });
    for (const b of body) {
      if (b.kind !== 'paragraph') err(file, at(body, b), 'only paragraphs of text belong in an opinion');
    }
  }

  // What a section places with a component, and where each placed entry says it belongs.
  const placeable = {
    opinion: { tag: 'Opinion', collection: 'opinions', entries: opinions },
    figure: { tag: 'Figure', collection: 'figures', entries: figures },
  } as const;
  const placedIn = new Map<string, string>(); // "<kind>:<id>" → file of the section placing it

  // Sections: their report, and every block of their body.
  const blocksBySection = new Map<string, Block[]>();
  for (const s of input.sections) {
    const file = fileOf(s, 'sections');
    if (!reports.has(s.data.report.id)) {
      err(file, 'report', `unknown report "${s.data.report.id}" (known: ${known(reports.keys())})`);
    }
    const blocks = parseBlocks(s.body ?? '');
    blocksBySection.set(s.id, blocks);
    for (const b of blocks) {
      const field = at(blocks, b);
      if (b.kind === 'other') {
        err(
          file,
          field,
          `unexpected ${b.name ? `<${b.name}>` : b.type}: a section holds paragraphs, <Opinion id="…" />, <Figure id="…" /> and <OmittedImage caption="…" />`,
        );
      } else if (b.kind === 'opinion' || b.kind === 'figure') {
        const { tag, collection, entries } = placeable[b.kind];
        const entry = entries.get(b.id);
        if (!entry) {
          err(
            file,
            field,
            `<${tag} id="${b.id}" /> names an unknown ${b.kind} (known: ${known(entries.keys())})`,
          );
          continue;
        }
        const key = `${b.kind}:${b.id}`;
        const before = placedIn.get(key);
        if (before) err(file, field, `${b.kind} "${b.id}" is placed twice (also in ${before})`);
        placedIn.set(key, file);
        if (entry.data.section.id !== s.id) {
          err(
            fileOf(entry, collection),
            'section',
            `says "${entry.data.section.id}" but the ${b.kind} is placed in ${file}`,
          );
        }
      } else if (b.kind === 'omitted-image' && !b.caption) {
        err(file, field, '<OmittedImage> needs a caption');
      }
    }
  }
  // Every opinion and figure is placed, in the section it names.
  for (const [kind, { tag, collection, entries }] of Object.entries(placeable)) {
    for (const entry of entries.values()) {
      const section = sections.get(entry.data.section.id);
      if (!section) {
        const id = entry.data.section.id;
        err(
          fileOf(entry, collection),
          'section',
          `unknown section "${id}" (known: ${known(sections.keys())})`,
        );
      } else if (!placedIn.has(`${kind}:${entry.id}`)) {
        err(
          fileOf(entry, collection),
          'section',
          `the ${kind} is never placed: add <${tag} id="${entry.id}" /> to ${fileOf(section, 'sections')}`,
        );
      }
    }
  }

  for (const f of input.figures) {
    const file = fileOf(f, 'figures');
    f.data.events.forEach((ev, i) => {
      if (!events.has(ev.id))
        err(file, `events[${i}]`, `unknown event "${ev.id}" (known: ${known(events.keys())})`);
    });
    const seriesIds = new Set<string>();
    f.data.series.forEach((series, si) => {
      if (seriesIds.has(series.id))
        err(file, `series[${si}].id`, `"${series.id}" is used twice in this figure`);
      seriesIds.add(series.id);
    });
  }

  // Per report: section order, and the article against its source, line by line.
  for (const r of input.reports) {
    const rfile = fileOf(r, 'reports');
    const own = input.sections
      .filter((s) => s.data.report.id === r.id)
      .sort((a, b) => a.data.order - b.data.order);
    const orders = new Map<number, string>();
    for (const s of own) {
      const other = orders.get(s.data.order);
      if (other) err(fileOf(s, 'sections'), 'order', `${s.data.order} is also the order of ${other}`);
      orders.set(s.data.order, fileOf(s, 'sections'));
    }
    const source = input.readSource(r.data.source);
    if (source === undefined) {
      err(rfile, 'source', `file content/${r.data.source} not found`);
      continue;
    }
    const expected = sourceLines(source);
    const credits = new Set(r.data.credits.map((c) => comparableText(creditLine(c))));
    r.data.credits.forEach((c, i) => {
      if (!expected.some((l) => comparableText(l) === comparableText(creditLine(c)))) {
        err(rfile, `credits[${i}]`, `"${creditLine(c)}" is not a line of the source`);
      }
    });

    const article: ArticleLine[] = [];
    for (const s of own) {
      const file = fileOf(s, 'sections');
      if (s.data.title) article.push({ text: s.data.title, file, field: 'title' });
      const blocks = blocksBySection.get(s.id) ?? [];
      for (const b of blocks) {
        const field = at(blocks, b);
        if (b.kind === 'paragraph') article.push({ text: b.text, file, field });
        else if (b.kind === 'omitted-image')
          article.push({ text: b.caption, file, field: `${field} caption` });
        else if (b.kind === 'opinion' && opinions.has(b.id)) {
          const o = opinions.get(b.id)!;
          const ours = parseBlocks(o.body ?? '');
          for (const ob of ours) {
            if (ob.kind === 'paragraph')
              article.push({ text: ob.text, file: fileOf(o, 'opinions'), field: at(ours, ob) });
          }
        }
      }
    }
    const lines = expected.filter((l) => !credits.has(comparableText(l)));
    const n = Math.max(lines.length, article.length);
    for (let i = 0; i < n; i += 1) {
      const want = lines[i];
      const got = article[i];
      if (got && want !== undefined && comparableText(got.text) === comparableText(want)) continue;
      if (!got) {
        err(rfile, 'sections', `the article stops before the source does; missing: "${short(want!)}"`);
      } else if (want === undefined) {
        err(got.file, got.field, `text not in the source (the source has ended): "${short(got.text)}"`);
      } else {
        const elsewhere = lines.some((l) => comparableText(l) === comparableText(got.text));
        err(
          got.file,
          got.field,
          elsewhere
            ? `out of order: expected the source's "${short(want)}" here, found "${short(got.text)}"`
            : `not verbatim from the source: "${short(got.text)}" (the source has "${short(want)}")`,
        );
      }
      break; // one misalignment shifts everything after it: report the first only
    }

    // Expert names and titles must be the report's words: as the report introduces them, titles joined
    // by "、" and followed by the name.
    const whole = comparableText(source);
    for (const e of input.experts) {
      const file = fileOf(e, 'experts');
      const intro = `${e.data.titles.join('、')}${e.data.name}`;
      if (!whole.includes(comparableText(e.data.name))) {
        err(file, 'name', `"${e.data.name}" does not occur in the source`);
      } else if (!whole.includes(comparableText(intro))) {
        err(file, 'titles', `the source never introduces the expert as "${intro}"`);
      }
    }
  }

  // Statements attributed to the report: the paragraph exists and says it, in these words.
  const paragraphs = paragraphTexts(input.sections, input.opinions);
  const checkCitation = (c: ReportCitation, file: string, field: string) => {
    const text = paragraphs.get(c.paragraph);
    if (text === undefined) {
      err(file, `${field}.paragraph`, `unknown paragraph "${c.paragraph}"`);
    } else if (!comparableText(text).includes(comparableText(c.quote))) {
      err(file, `${field}.quote`, `"${short(c.quote)}" is not in paragraph ${c.paragraph}`);
    }
    return text !== undefined;
  };
  const paragraphText = (id: string) => paragraphs.get(id);
  const report = (file: string) => (list: FieldError[]) => list.forEach((e) => err(file, e.field, e.message));
  for (const e of input.events) {
    const file = fileOf(e, 'events');
    if (e.data.report) checkCitation(e.data.report, file, 'report');
    const sources = e.data.sources ?? [];
    report(file)(
      checkDateAgainstSources(e.data, e.data.report, sources, paragraphText, {
        report: 'report',
        public: (i) => `sources[${i}]`,
        date: 'precision',
      }),
    );
    if (e.data.publicDate)
      report(file)(
        checkDateAgainstSources(e.data.publicDate, undefined, sources, paragraphText, {
          report: 'report',
          public: (i) => `sources[${i}]`,
          date: 'publicDate.precision',
        }),
      );
    report(file)(checkEventNumbers({ ...e.data, sources }, paragraphText));
  }
  for (const f of input.figures) {
    const file = fileOf(f, 'figures');
    f.data.series.forEach((series, si) =>
      series.points.forEach((p, pi) => {
        const field = `series[${si}].points[${pi}]`;
        const isReport = 'paragraph' in p.source;
        report(file)(
          checkDateAgainstSources(
            p,
            isReport ? (p.source as ReportCitation) : undefined,
            isReport ? [] : [p.source as PublicCite],
            paragraphText,
            { report: `${field}.source`, public: () => `${field}.source`, date: `${field}.precision` },
          ),
        );
        if (!('paragraph' in p.source)) return;
        if (
          checkCitation(p.source, file, `${field}.source`) &&
          !quoteNumber(p.source.quote, p.value, p.unit)
        ) {
          err(
            file,
            `${field}.value`,
            `${p.value} ${p.unit} is not what the quote "${short(p.source.quote)}" states`,
          );
        } else {
          const problem = checkBound(p, p.source.quote);
          if (problem) err(file, `${field}.bound`, problem);
        }
      }),
    );
  }

  // Anchor ids: valid and unique across everything published.
  const anchors = new Map<string, string>();
  for (const { id, file, field } of listAnchors(input)) {
    if (!ANCHOR_ID.test(id)) err(file, field, `"${id}" is not a readable ASCII anchor id`);
    const other = anchors.get(id);
    if (other) err(file, field, `anchor id "${id}" is already used by ${other}`);
    else anchors.set(id, file);
  }

  // Key figures: each links to a published anchor, and a number the report states is in its words.
  for (const r of input.reports) {
    const file = fileOf(r, 'reports');
    (r.data.keyFigures ?? []).forEach((k, i) => {
      const field = `keyFigures[${i}]`;
      if (!anchors.has(k.href)) err(file, `${field}.href`, `"${k.href}" is not an anchor id of the report`);
      if (!k.cite) return;
      if (!checkCitation(k.cite, file, `${field}.cite`)) return;
      const quote = k.cite.quote.normalize('NFKC');
      const value = k.value.normalize('NFKC');
      const stated = new Set(quote.match(/\d+(?:\.\d+)?/g) ?? []);
      const numbers = value.match(/\d+(?:\.\d+)?/g) ?? [];
      const missing = numbers.filter((n) => !stated.has(n));
      if (missing.length)
        err(file, `${field}.value`, `${missing.join(', ')} not stated in "${short(k.cite.quote)}"`);
      // The qualifier goes with the number: the report's “约2.15亿美元” is not “2.15亿美元”.
      for (const n of numbers) {
        for (const q of ['约', '超过']) {
          if (quote.includes(`${q}${n}`) !== value.includes(`${q}${n}`))
            err(
              file,
              `${field}.value`,
              `the report says "${q}${n}" where the value says "${value}", or the reverse`,
            );
        }
      }
    });
  }

  return errors;
}

/** The plain text of every paragraph of the article, by anchor id. */
export function paragraphTexts(
  sections: ContentInput['sections'],
  opinions: ContentInput['opinions'],
): Map<string, string> {
  const out = new Map<string, string>();
  const add = (anchor: string, body: string | undefined) => {
    let n = 0;
    for (const b of parseBlocks(body ?? ''))
      if (b.kind === 'paragraph') out.set(paragraphAnchor(anchor, (n += 1)), b.text);
  };
  for (const s of sections) add(sectionAnchor(s.id), s.body);
  for (const o of opinions) add(opinionAnchor(entrySlug(o.id)), o.body);
  return out;
}

/** A public anchor id and the content that gives it. */
export interface AnchorSource {
  id: string;
  file: string;
  field: string;
}

/**
 * Every anchor id the report page publishes, derived from the content: sections and their paragraphs,
 * opinions and theirs, experts, figures and their data rows, events, and the page's own parts.
 */
export function listAnchors(input: Omit<ContentInput, 'readSource' | 'reports'>): AnchorSource[] {
  const out: AnchorSource[] = [];
  const add = (id: string, file: string, field: string) => out.push({ id, file, field });
  const withParagraphs = (anchor: string, body: string | undefined, file: string) => {
    add(anchor, file, 'id (file name)');
    const blocks = parseBlocks(body ?? '');
    let p = 0;
    for (const b of blocks)
      if (b.kind === 'paragraph') add(paragraphAnchor(anchor, (p += 1)), file, at(blocks, b));
  };
  for (const s of input.sections) withParagraphs(sectionAnchor(s.id), s.body, fileOf(s, 'sections'));
  for (const o of input.opinions)
    withParagraphs(opinionAnchor(entrySlug(o.id)), o.body, fileOf(o, 'opinions'));
  for (const e of input.experts) add(expertAnchor(e.id), fileOf(e, 'experts'), 'id (file name)');
  for (const f of input.figures) {
    add(f.id, fileOf(f, 'figures'), 'id (file name)');
    const seen = new Set<string>();
    f.data.series.forEach((series, si) =>
      series.points.forEach((p, pi) =>
        add(rowId(f.id, series.id, p.date, seen), fileOf(f, 'figures'), `series[${si}].points[${pi}]`),
      ),
    );
  }
  for (const e of input.events) add(eventAnchor(e.id), fileOf(e, 'events'), 'id (file name)');
  for (const id of PAGE_ANCHORS) add(id, 'src/pages/index.astro', 'page section');
  return out;
}
