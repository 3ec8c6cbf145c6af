/**
 * The draft of an imported report: every file of `content/reports/<id>/` (and new experts), and the review
 * list for the editor — what was decided, what could not be, and candidate events and number series with
 * their sentences and precision. Pure: the files are returned, the CLI writes them.
 */
import { pinyin } from 'pinyin-pro';
import { stringify } from 'yaml';
import { PAGE_ANCHORS, paragraphAnchor } from '../../src/lib/anchors.ts';
import { parseBlocks } from '../../src/lib/content/blocks.ts';
import { enumeration, formatChineseDate, statedDate, yearOf, type StatedDate } from '../../src/lib/dates.ts';
import { words } from '../../src/lib/text/line-breaks.ts';
import { toChineseTypography } from '../../src/lib/text/typography.ts';
import {
  companyOfficer,
  continues as continuesQuote,
  findIntroductions,
  quotes,
  SURNAMES_2,
  type Introduction,
} from './experts.ts';
import { sortLines, statedDates, type SortedLine } from './lines.ts';
import { ImportError, type ImportInput } from './read.ts';

/** An expert already in content/experts/. */
export interface KnownExpert {
  id: string;
  name: string;
  titles: Array<{ title: string; years: string }>;
}

export interface Draft {
  /** Files to write, by path relative to the content folder. */
  files: Map<string, string>;
  /** The review list, line by line (Markdown). */
  review: string[];
  /** Counts for the summary line. */
  counts: { sections: number; paragraphs: number; opinions: number; experts: number; newExperts: number };
}

/** Options: the report id, the experts already known, and experts to leave out (after a failed check). */
export interface DraftOptions {
  id: string;
  experts: KnownExpert[];
  /** Names of people not to make opinions of (the CLI's retry when a check rejects one). */
  skip?: Set<string>;
}

/** Text for MDX: what Markdown or JSX would read as markup is escaped; the text read back is the same. */
export function mdxText(text: string, escapeUrls = false): string {
  const urls = escapeUrls
    ? []
    : [...text.matchAll(/https?:\/\/[\w.~:/?#@!$&'*+=%-]+/g)].map((m) => [m.index, m.index + m[0].length]);
  let out = '';
  [...text].forEach((ch, i) => {
    const inUrl = urls.some(([a, b]) => i >= a! && i < b!);
    out += !inUrl && /[\\`*_{}[\]<>#~&|]/.test(ch) ? `\\${ch}` : ch;
  });
  // A line that would start a list, a quote or a heading.
  return out.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+>])/, '\\$1');
}

/** Words of news prose the word segmenter lacks (so a slug reads shuangshiyi, not shuangshi-yi). */
const FESTIVAL_WORDS = ['双十一', '双十二', '双11', '双12', '新零售'];

/** A headline or heading as the page shows it: punctuation set as Chinese, a space between phrases kept (as “　”). */
const headingText = (text: string) =>
  toChineseTypography(
    text.trim().replace(/(?<=[\p{Script=Han}”」』）])\s+(?=[\p{Script=Han}“「『（])/gu, '\u3000'),
  );

/** A paragraph of the article for MDX, checked to read back as written. */
function paragraphMdx(text: string): string {
  for (const escapeUrls of [false, true]) {
    const mdx = mdxText(text, escapeUrls);
    const back = parseBlocks(mdx);
    if (back.length === 1 && back[0]!.kind === 'paragraph' && back[0]!.text === text) return mdx;
  }
  throw new ImportError(
    `a paragraph could not be written as MDX without changing it: "${text.slice(0, 40)}…"`,
  );
}

/** A readable ASCII slug from Chinese words: their pinyin, a word at a time, up to about 48 characters. */
export function slugOf(text: string): string {
  const plain = text
    .replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．:：])\s*/, '')
    .replace(/[^\p{Script=Han}A-Za-z0-9]+/gu, ' ');
  const parts: string[] = [];
  for (const w of words(plain, FESTIVAL_WORDS)) {
    const latin = w.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
    const part = /\p{Script=Han}/u.test(w)
      ? pinyin(w, { toneType: 'none', type: 'array', v: true })
          .join('')
          .replace(/[^a-z]/g, '')
      : latin;
    if (!part) continue;
    if (parts.length && [...parts, part].join('-').length > 48) break;
    parts.push(part);
  }
  return parts.join('-');
}

/** An expert id from a name: the surname's pinyin, then the given name's, e.g. 朱长岭 → zhu-changling. */
export function expertIdOf(name: string): { id: string; pinyin: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true });
  const double = SURNAMES_2.some((s) => name.startsWith(s)) ? 2 : 1;
  const surname = syllables.slice(0, double).join('');
  const given = syllables.slice(double).join('');
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { id: `${surname}-${given}`, pinyin: `${cap(surname)} ${cap(given)}` };
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
const frontmatter = (data: Record<string, unknown>, body: string) => `---\n${yaml(data)}---\n\n${body}\n`;

/** What a stated date means, for the review list: a yearless one with the article's year only as a possibility. */
function dateWords(stated: StatedDate, articleYear: string | undefined): string {
  if (!stated.yearless) return `${stated.date} (${stated.precision})`;
  return `${stated.date} without a year (${stated.precision})${
    articleYear
      ? ` — if the text means the article's own year: ${articleYear}-${stated.date}, basis article-date (年份据文章日期)`
      : ' — the article’s date is not known, so no year can be given'
  }`;
}

/**
 * Whether a sentence's time words are worth the editor's look: a bare festival name (“双十一”价格战激烈)
 * names no time of its own unless 今年/本年度 or a year stands with it.
 */
const datedEnough = (sentence: string, stated: StatedDate) =>
  !stated.yearless ||
  !/^(06|11|12)$/.test(stated.date) ||
  /\d{1,2}月/.test(sentence) ||
  /(今年|本年度|当年)的?[“"]?(双十一|双11|双十二|双12|618)/.test(sentence);

/** Builds the draft of report `id` from the input. */
export function draftReport(input: ImportInput, options: DraftOptions): Draft {
  const { id } = options;
  const sorted = sortLines(input);
  const review: string[] = [];
  const decided: string[] = [];
  const open: string[] = [];
  const headline = sorted.lines[0]!.text.trim();
  const body = sorted.lines.slice(1);
  if (!body.some((l) => l.kind === 'paragraph'))
    throw new ImportError(
      'no paragraphs: after the headline the text has no paragraph (one paragraph a line)',
    );

  // Sections: the opening paragraphs (untitled), then one per heading.
  interface Section {
    slug: string;
    title?: string;
    label: string;
    items: SortedLine[];
  }
  const sections: Section[] = [];
  const taken = new Set<string>(PAGE_ANCHORS);
  const unique = (base: string) => {
    let slug = /^[a-z]/.test(base) ? base : `section-${base}`.replace(/-$/, '');
    for (let n = 2; taken.has(slug) || /^(opinion|expert|event|fig)-/.test(slug); n += 1)
      slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
  for (const line of body) {
    if (line.kind === 'heading') {
      const title = headingText(line.text);
      sections.push({
        slug: unique(slugOf(title) || `section-${sections.length + 1}`),
        title,
        label: title,
        items: [],
      });
    } else if (line.kind === 'paragraph' || line.kind === 'caption') {
      if (!sections.length) sections.push({ slug: unique('overview'), label: '导语', items: [] });
      sections[sections.length - 1]!.items.push(line);
    }
  }
  const paragraphs = sections.flatMap((s) =>
    s.items
      .filter((l) => l.kind === 'paragraph')
      .map((l) => ({ section: s, line: l, text: toChineseTypography(l.text) })),
  );

  // Metadata the text states.
  const articleYear = sorted.dateline ? yearOf(sorted.dateline.date) : undefined;
  const report: Record<string, unknown> = { title: headingText(headline) };
  decided.push(`title: “${report.title}” (the first line, the headline)`);
  if (sorted.publisher) {
    report.publisher = sorted.publisher.name;
    decided.push(`publisher: ${sorted.publisher.name} (from ${sorted.publisher.how})`);
  } else {
    const named = [
      ...new Set(
        [
          ...paragraphs
            .map((p) => p.text)
            .join('\n')
            .matchAll(/《([^《》]{2,12}(?:报|刊|网|社|杂志))》记者/g),
        ].map((m) => m[1]!),
      ),
    ];
    open.push(
      `publisher: not stated${named.length ? ` — the text names ${named.map((n) => `《${n}》记者`).join('、')}; if that is the publisher, add \`publisher: ${named[0]}\`` : '; add `publisher` if known'}`,
    );
  }
  report.lang = 'zh-CN';
  // Text copied from a web page is an article until the editor says otherwise.
  report.noun = '文章';
  open.push('noun: 文章 (labels read 文章说法, 文章原文) — 报告 if the text is a report or publishes one');
  // What the page carries: the text as given, whole. Whether that is all of the original only the editor knows.
  report.carries = '全文逐字收录。';
  open.push(
    'carries: “全文逐字收录。” — if the original is longer than this text (e.g. an article announcing a report), say what is carried and where the rest is',
  );
  if (sorted.dateline) {
    report.published = {
      date: sorted.dateline.date,
      precision: sorted.dateline.precision,
      line: sorted.dateline.line.trim(),
    };
    decided.push(
      `published: ${sorted.dateline.date} (${sorted.dateline.precision}), from the dateline “${sorted.dateline.line.trim()}”`,
    );
  } else if (
    input.page?.publishedTime &&
    input.page.url &&
    /^\d{4}-\d{2}-\d{2}/.test(input.page.publishedTime)
  ) {
    const date = input.page.publishedTime.slice(0, 10);
    report.published = { date, precision: 'day', source: input.page.url };
    decided.push(`published: ${date} (day), from the page's article:published_time`);
  } else {
    const years = [
      ...new Set(paragraphs.flatMap((p) => [...p.text.matchAll(/(\d{4})年/g)].map((m) => m[1]!))),
    ].sort();
    open.push(
      `published: the text states no date of its own${years.length ? ` (it names the years ${years.join('、')}; if its own date follows from the text, add published: {date, precision, basis: 据正文推定, quote: <the words>})` : ''}`,
    );
  }
  // Credits: the text's credit lines, or else the page's byline (with the page as its source).
  const credits: Array<Record<string, string>> = sorted.credits.map((c) =>
    c.line.trim() === `${c.role} | ${c.name}`
      ? { role: c.role, name: c.name }
      : { role: c.role, name: c.name, line: c.line.trim() },
  );
  if (credits.length) {
    decided.push(
      `credits: ${credits.map((c) => `${c.role} ${c.name}`).join('，')} (credit lines of the text, shown in the header)`,
    );
  } else if (input.page?.byline && input.page.url) {
    credits.push({ role: '作者', name: input.page.byline, source: input.page.url });
    decided.push(`credits: 作者 ${input.page.byline}, from the page's byline (${input.page.url})`);
  }
  if (credits.length) {
    report.credits = credits;
    open.push(
      'credits: mark the writer with `author: true` (cited as the author; without one, the publisher is)',
    );
  } else open.push('credits: the text prints no credit line (none are written)');
  if (input.page?.url) {
    report.via = { name: new URL(input.page.url).host, url: input.page.url };
    decided.push(
      `via: ${input.page.url} (the page the text was taken from; if it is the publisher's own, make it \`original\`)`,
    );
  }
  open.push('kind: not set (cited as a web document) — report, newspaper-article, web-article or column');
  open.push(
    'anchor ids: the sections’ file names are their public anchors once published — rename them now if you like (then delete anchors.json and run npm run anchors:update)',
  );

  // Experts and their opinions.
  const known = options.experts;
  const skip = options.skip ?? new Set<string>();
  const intros = findIntroductions(
    paragraphs.map((p) => p.text),
    known.map((e) => e.name),
  ).filter((i) => !skip.has(i.name));
  const experts: Array<Introduction & { id: string; pinyin: string; isNew: boolean }> = [];
  const newExperts = new Map<string, string>();
  for (const intro of intros) {
    const match = known.find((e) => e.name === intro.name);
    if (match) {
      experts.push({ ...intro, id: match.id, pinyin: '', isNew: false });
      const before = match.titles.map((t) => `${t.title} (${t.years})`).join('；');
      decided.push(
        `expert ${intro.name}: already on the site as ${match.id}${before ? ` (known as ${before})` : ''}; this article: ${intro.titles.join('、') || '(no title)'}`,
      );
      continue;
    }
    let { id: eid, pinyin: py } = expertIdOf(intro.name);
    for (let n = 2; known.some((e) => e.id === eid) || newExperts.has(eid); n += 1)
      eid = `${expertIdOf(intro.name).id}-${n}`;
    newExperts.set(eid, intro.name);
    experts.push({ ...intro, id: eid, pinyin: py, isNew: true });
    decided.push(
      `expert ${intro.name}: new, content/experts/${eid}.yaml (${py}); this article: ${intro.titles.join('、')}`,
    );
    if (companyOfficer(intro.titles))
      open.push(
        `expert ${intro.name} (${intro.titles.join('、')}) speaks for a company: keep as an opinion only if the site counts such statements as expert views`,
      );
  }
  // Opinions: the introducing paragraph and the paragraphs right after it that quote the same person
  // (in the same section); a later paragraph quoting them again begins another opinion.
  const owner = new Map<number, { expert: (typeof experts)[number]; n: number }>();
  const opinionCount = new Map<string, number>();
  paragraphs.forEach((p, i) => {
    const prev = owner.get(i - 1);
    const sameSection = paragraphs[i - 1]?.section === p.section;
    // Quoted here by name (from the introduction on), or going on with the previous paragraph's quote (他认为……).
    const expert =
      experts.find((e) => quotes(p.text, e.name) && e.paragraph <= i) ??
      (prev && sameSection && continuesQuote(p.text) ? prev.expert : undefined);
    if (!expert) return;
    if (prev && prev.expert === expert && sameSection) owner.set(i, prev);
    else {
      const n = (opinionCount.get(expert.id) ?? 0) + 1;
      opinionCount.set(expert.id, n);
      owner.set(i, { expert, n });
    }
  });

  const files = new Map<string, string>();
  const dir = `reports/${id}`;
  files.set(`${dir}/source.txt`, input.source);
  const opinionBodies = new Map<string, { expert: string; section: string; paragraphs: string[] }>();
  sections.forEach((s, order) => {
    const blocks: string[] = [];
    for (const item of s.items) {
      if (item.kind === 'caption') {
        const caption = toChineseTypography(item.text);
        blocks.push(`<OmittedImage caption=${JSON.stringify(caption)} />`);
        decided.push(
          `picture caption: “${caption}” (${item.why}) — the picture is left out, its caption kept`,
        );
        continue;
      }
      const i = paragraphs.findIndex((p) => p.line === item);
      const text = paragraphs[i]!.text;
      const o = owner.get(i);
      if (!o) {
        blocks.push(paragraphMdx(text));
        continue;
      }
      const oid = `${o.expert.id}-${o.n}`;
      if (!opinionBodies.has(oid)) {
        opinionBodies.set(oid, { expert: o.expert.id, section: s.slug, paragraphs: [] });
        blocks.push(`<Opinion id="${oid}" />`);
      }
      opinionBodies.get(oid)!.paragraphs.push(paragraphMdx(text));
    }
    const data: Record<string, unknown> = {
      order: order + 1,
      ...(s.title ? { title: s.title } : {}),
      label: s.label,
    };
    files.set(`${dir}/sections/${s.slug}.mdx`, frontmatter(data, blocks.join('\n\n')));
    decided.push(
      `section ${order + 1}: #${s.slug}${s.title ? ` “${s.title}”` : ' (the opening, untitled: label 导语)'} — ${s.items.length} block(s)`,
    );
  });
  for (const [oid, o] of opinionBodies) {
    files.set(
      `${dir}/opinions/${oid}.mdx`,
      frontmatter({ expert: o.expert, section: o.section }, o.paragraphs.join('\n\n')),
    );
    decided.push(`opinion ${oid}: ${o.paragraphs.length} paragraph(s) in #${o.section}`);
  }
  const quoted = experts.filter((e) => opinionBodies.has(`${e.id}-1`));
  if (quoted.length) {
    report.experts = Object.fromEntries(quoted.map((e) => [e.id, { titles: e.titles }]));
    open.push(
      'grid: no perspectives — add `perspectives` to report.yaml and `excerpts` to the opinions to give the expert grid columns',
    );
  }
  for (const e of quoted.filter((x) => x.isNew))
    files.set(`experts/${e.id}.yaml`, yaml({ name: e.name, pinyin: e.pinyin, titles: [] }));
  files.set(
    `${dir}/report.yaml`,
    `# Drafted by npm run import from the text in source.txt; see the review list it printed.\n${yaml(report)}`,
  );

  // Candidates the editor decides on: dated sentences (events) and values listed for periods (series).
  const events: string[] = [];
  const series: string[] = [];
  paragraphs.forEach((p, i) => {
    const anchor = paragraphAnchor(
      p.section.slug,
      p.section.items.filter((l) => l.kind === 'paragraph').indexOf(p.line) + 1,
    );
    const where = owner.get(i) ? `opinion ${owner.get(i)!.expert.id}-${owner.get(i)!.n}` : anchor;
    for (const { sentence, stated } of statedDates(p.text))
      if (datedEnough(sentence, stated))
        events.push(`- ${where}: “${sentence}” → ${dateWords(stated, articleYear)}`);
    for (const sentence of p.text.split(/(?<=[。！？])/)) {
      const listed = enumeration(sentence);
      if (!listed) continue;
      // The year: the last time words with a year before the list, in the same paragraph.
      const before = p.text.slice(0, p.text.indexOf(sentence) + sentence.indexOf(listed.values[0]!));
      const year = [...before.matchAll(/\d{4}年/g)].map((m) => statedDate(m[0])!).pop();
      const periods = listed.periods.map((q) =>
        year ? formatChineseDate(`${yearOf(year.date)}-${q}`, listed.precision) : q,
      );
      series.push(
        `- ${where}: “${sentence.trim()}” → ${listed.values.map((v, k) => `${periods[k]} ${v}`).join('，')} (${listed.precision}, basis list-order: 据原文列举顺序${year ? `; year from “${yearOf(year.date)}年”` : '; no year in the paragraph'})`,
      );
    }
  });

  const count = {
    sections: sections.length,
    paragraphs: paragraphs.length,
    opinions: opinionBodies.size,
    experts: quoted.length,
    newExperts: quoted.filter((e) => e.isNew).length,
  };
  review.push(`## Decided`, ...decided.map((d) => `- ${d}`));
  review.push('', `## Not decided (for the editor)`, ...open.map((d) => `- ${d}`));
  review.push(
    '',
    `## Candidate events (dated sentences; none written)`,
    ...(events.length ? events : ['- none']),
  );
  review.push(
    '',
    `## Candidate number series (values listed for periods; none written)`,
    ...(series.length ? series : ['- none']),
  );
  return { files, review, counts: count };
}
