/**
 * The lines of an imported source sorted into what they are: the headline, credit lines and a dateline
 * (shown in the page header), headings (where sections begin), captions of pictures that are left out, and
 * paragraphs. Pure; every decision is a rule a reader of this file can check against the text.
 */
import { statedDate } from '../../src/lib/dates.ts';
import { comparableText } from '../../src/lib/text/typography.ts';
import type { ImportInput } from './read.ts';

export interface Credit {
  role: string;
  name: string;
  /** The line of the source that prints it. */
  line: string;
}

export type LineKind = 'headline' | 'credit' | 'dateline' | 'heading' | 'caption' | 'paragraph';

export interface SortedLine {
  kind: LineKind;
  /** The line as given. */
  text: string;
  /** Why, for the review list (for lines that are not plain paragraphs). */
  why?: string;
}

export interface SortedSource {
  lines: SortedLine[];
  credits: Credit[];
  /** The publisher, when the text names it as such (来源：…, （…讯）) or the page's markup does. */
  publisher?: { name: string; how: string } | undefined;
  /** A dateline: the line, and the date it states. */
  dateline?: { line: string; date: string; precision: 'day' } | undefined;
}

/** Roles that news pages print before a name (“作者：…”, “撰写 | …”, “文/…”). */
const ROLES =
  '出品|出品人|撰写|撰文|审稿|审校|配图|编辑|责任编辑|责编|主编|作者|记者|本报记者|本刊记者|特约记者|实习记者|通讯员|文|图|摄影|来源|编译|校对|监制|策划|统筹|排版|美编|视觉';
/** One credit: role, a separator, a name (up to the next credit on the same line). */
const CREDIT = new RegExp(
  `(${ROLES})\\s*(?:[|｜:：/／]\\s*)([^|｜:：/／\\s]+(?:\\s[^|｜:：/／\\s]+)*?)(?=\\s+(?:${ROLES})\\s*[|｜:：/／]|\\s*$)`,
  'g',
);
/** “本报记者 张三 李四”, “记者 张三”: a role, then names. */
const REPORTERS = /^(本报记者|本刊记者|特约记者|实习记者|记者|通讯员)\s+((?:[\u4e00-\u9fff·]{2,4}\s*)+)$/;
/** A full date in a line: 2017-11-10, 2017/11/10, 2017.11.10, 2017年11月10日 (a time may follow). */
const DATE_IN_LINE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/;

/** Credit lines are short and stand near the start or the end of the text. */
const MAX_CREDIT_LINE = 60;

/** The credits a line prints (role, separator, name), wherever they stand in it. */
export function creditsIn(line: string): Credit[] {
  const text = line
    .trim()
    .replace(/^[（(](.*)[）)]$/, '$1')
    .trim();
  const reporters = REPORTERS.exec(text);
  if (reporters)
    return reporters[2]!
      .trim()
      .split(/\s+/)
      .map((name) => ({ role: reporters[1]!, name, line }));
  return [...text.matchAll(CREDIT)].map((m) => ({ role: m[1]!, name: m[2]!.trim(), line }));
}

/** The credits of a credit line — a short line of credits and nothing else — else undefined. */
export function creditsOf(line: string): Credit[] | undefined {
  const text = line
    .trim()
    .replace(/^[（(](.*)[）)]$/, '$1')
    .trim();
  if (!text || text.length > MAX_CREDIT_LINE) return undefined;
  const found = creditsIn(line);
  if (!found.length) return undefined;
  if (REPORTERS.test(text)) return found;
  const rest = [...text.matchAll(CREDIT)].reduce((t, m) => t.replace(m[0], ''), text).trim();
  return rest ? undefined : found;
}

/**
 * The date a dateline states: a short line near the top with a full date and no sentence in it
 * (“2017-11-10 08:00 来源：中国经营报”, “观点亚晨 2026-03-06 12:20:30 来源:中房网”). Its credits are read
 * from it too; the whole line is shown in the header as it is.
 */
export function datelineOf(line: string): SortedSource['dateline'] {
  const t = line.trim();
  if (t.length > 80 || /[。！？，]/.test(t)) return undefined;
  const m = DATE_IN_LINE.exec(t);
  if (!m) return undefined;
  const [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const pad = (n: string) => n.padStart(2, '0');
  return { line, date: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, precision: 'day' };
}

/** Sentence ends: a line ending so is not a heading. */
const SENTENCE_END = /[。！？；：…!?;:.，,、]$|[。！？][”」』）)]$/;
const HAN = /\p{Script=Han}/gu;
const MAX_HEADING = 30;

/** A heading's ordinal: 一、 （一） 1. 第一章 …: such a line is a heading even with a comma inside. */
const ORDINAL =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节部分])/;

/**
 * Whether a line of plain text reads as a heading: short, at least two Chinese characters, no sentence
 * punctuation — or a numbered line (（一）…, 一、…) that ends no sentence.
 */
export function looksLikeHeading(line: string): boolean {
  const t = comparableText(line);
  if (ORDINAL.test(t) && t.length <= 40 && !/[。！？!?；;：:]$|[。！？]/.test(t)) return true;
  return (
    t.length <= MAX_HEADING &&
    (t.match(HAN)?.length ?? 0) >= 2 &&
    !SENTENCE_END.test(t) &&
    !/[。，；！？,;!?]/.test(t) &&
    !/^[（(].*[）)]$/.test(t)
  );
}

/** Whether a line reads as a picture's caption: short and wholly in parentheses (（京东在微信购物入口的小程序）). */
export const looksLikeCaption = (line: string): boolean => {
  const t = comparableText(line);
  return t.length <= 40 && /^[（(][^（()）]+[）)]$/.test(t) && !/讯[）)]$/.test(t);
};

/** “（网经社讯）…”, “网经社讯（记者…）”: the publisher's name in the opening words of a news article. */
const NEWS_OPENER = /^[（(]?([\u4e00-\u9fffA-Za-z]{2,12}?)讯[）)]?/;

/** Sorts the source's lines. Throws nothing: the caller checks there are paragraphs. */
export function sortLines(input: ImportInput): SortedSource {
  const raw = input.source.split('\n').map((l) => l.replace(/\s+$/, ''));
  const given = raw.filter((l) => l.trim());
  const lines: SortedLine[] = [];
  const credits: Credit[] = [];
  let dateline: SortedSource['dateline'];
  const headings = new Set((input.page?.headings ?? []).map(comparableText));
  const captions = new Set((input.page?.captions ?? []).map(comparableText));
  for (const [i, text] of given.entries()) {
    if (i === 0) {
      lines.push({ kind: 'headline', text });
      continue;
    }
    const nearEdge = i <= 8 || i >= given.length - 3;
    const date = i <= 8 && !dateline ? datelineOf(text) : undefined;
    const printed = nearEdge ? creditsOf(text) : undefined;
    if (date) {
      dateline = date;
      credits.push(...creditsIn(text));
      lines.push({ kind: 'dateline', text, why: `dateline: ${date.date}` });
      continue;
    }
    if (printed) {
      credits.push(...printed);
      lines.push({ kind: 'credit', text, why: printed.map((c) => `${c.role} ${c.name}`).join('，') });
      continue;
    }
    const last = i === given.length - 1;
    // A page's own headings (h2–h6, a bold paragraph) decide; a page without any is read like plain text.
    const html = input.format === 'html' && headings.size > 0;
    if (html ? headings.has(comparableText(text)) : !last && i > 1 && looksLikeHeading(text)) {
      lines.push({
        kind: 'heading',
        text,
        why: html ? 'a heading of the page' : 'a short line without a sentence end',
      });
    } else if (captions.has(comparableText(text)) || (input.format === 'text' && looksLikeCaption(text))) {
      lines.push({
        kind: 'caption',
        text,
        why: captions.size ? 'a picture caption of the page' : 'a short line wholly in parentheses',
      });
    } else lines.push({ kind: 'paragraph', text });
  }
  // A heading is followed by a paragraph; a run of "headings" is text after all (a list of short lines).
  lines.forEach((l, i) => {
    if (l.kind === 'heading' && lines[i + 1]?.kind !== 'paragraph' && lines[i + 1]?.kind !== 'caption') {
      l.kind = 'paragraph';
      delete l.why;
    }
  });
  const source = credits.find((c) => c.role === '来源');
  const firstParagraph = lines.find((l) => l.kind === 'paragraph')?.text ?? '';
  const opener = NEWS_OPENER.exec(comparableText(firstParagraph).replace(/"/g, ''));
  const publisher = source
    ? { name: source.name, how: `the credit line “${source.line.trim()}”` }
    : opener && !/^本[报刊台网]$/.test(opener[1]!)
      ? { name: opener[1]!, how: `the opening “${opener[0]}” of the first paragraph` }
      : input.page?.siteName
        ? { name: input.page.siteName, how: 'the page’s site name (og:site_name)' }
        : undefined;
  return { lines, credits, publisher, dateline };
}

/** Dates the text states, sentence by sentence, for the review list. */
export function statedDates(
  paragraph: string,
): Array<{ sentence: string; stated: NonNullable<ReturnType<typeof statedDate>> }> {
  return paragraph.split(/(?<=[。！？!?])/).flatMap((sentence) => {
    const stated = statedDate(sentence);
    return stated ? [{ sentence: sentence.trim(), stated }] : [];
  });
}
