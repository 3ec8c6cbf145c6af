/**
 * The import's input, read: plain text as copied from a web page (headline first, then one paragraph a
 * line) or a saved HTML page (its article found by Mozilla's Readability, as Firefox's Reader View finds
 * it). Either way the result is the lines of `source.txt` and what the page itself says about them.
 */
import { createRequire } from 'node:module';

// jsdom and Readability load only for a page (they take most of a second to load).
const require = createRequire(import.meta.url);
const dom = () =>
  ({
    JSDOM: (require('jsdom') as typeof import('jsdom')).JSDOM,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
  }) as const;

/** A problem with the input: the import writes nothing and says this, once. */
export class ImportError extends Error {}

/** What the input gives: the source's lines, and for a page, what its markup states. */
export interface ImportInput {
  format: 'text' | 'html';
  /** The text of source.txt: the headline, then one block (heading, paragraph, caption) a line. */
  source: string;
  /** For a page: its address (canonical or og:url), byline, site name and publication time, as marked up. */
  page?: {
    url?: string | undefined;
    byline?: string | undefined;
    siteName?: string | undefined;
    publishedTime?: string | undefined;
    /** The texts of the page's headings (h2–h6, or a paragraph that is all bold), to split sections at. */
    headings: string[];
    /** Captions of the page's pictures (figcaption), written as left-out pictures. */
    captions: string[];
  };
}

/** The bytes of a file as text: UTF-8, or for a page, the encoding its markup declares. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (bytes.includes(0)) throw new ImportError('the file is binary, not text (it contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (charset && /^(gb2312|gbk|gb18030|big5)$/.test(charset))
      return new TextDecoder(charset === 'big5' ? 'big5' : 'gb18030').decode(bytes);
    throw new ImportError('the file is not UTF-8 text (save the page or the text as UTF-8)');
  }
}

/** Whitespace of a text node collapsed, as a browser shows it. */
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Plain text: every line as given (only line ends normalised); the headline is the first line. */
function readText(text: string): ImportInput {
  const source = text.replace(/\r\n?/g, '\n');
  if (!source.trim()) throw new ImportError('the file is empty');
  // Control characters other than tab and line ends mean this is no text a person pasted.
  if (/[\u0001-\u0008\u000b\u000c\u000e-\u001f]/.test(source))
    throw new ImportError('the file is binary, not text (it contains control characters)');
  return { format: 'text', source };
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,td';

/** A saved page: the article Readability finds, one block a line, and what the page's markup states. */
function readHtml(html: string): ImportInput {
  const { JSDOM, Readability } = dom();
  const doc = new JSDOM(html).window.document;
  const meta = (name: string) =>
    squash(doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')) ||
    undefined;
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? undefined;
  const headline = squash(doc.querySelector('h1')?.textContent) || meta('og:title') || squash(doc.title);
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  if (!article?.content) throw new ImportError('no article found in the page (no paragraphs of text)');
  const body = new JSDOM(`<body>${article.content}</body>`).window.document.body;
  const lines: string[] = [];
  const headings: string[] = [];
  const captions: string[] = [];
  for (const el of body.querySelectorAll(BLOCKS)) {
    // The innermost blocks only: a list item's paragraphs are lines of their own.
    if (el.querySelector(BLOCKS)) continue;
    const text = squash(el.textContent);
    if (!text) continue;
    const tag = el.tagName.toLowerCase();
    // The headline heads the text already (Readability may hand it back as an h2).
    if (/^h[1-6]$/.test(tag) && text === headline && !lines.length) continue;
    const bold =
      el.children.length === 1 &&
      /^(strong|b)$/i.test(el.children[0]!.tagName) &&
      squash(el.children[0]!.textContent) === text;
    if (/^h[1-6]$/.test(tag) || (tag === 'p' && bold)) headings.push(text);
    if (tag === 'figcaption') captions.push(text);
    lines.push(text);
  }
  if (!lines.length) throw new ImportError('no article found in the page (no paragraphs of text)');
  return {
    format: 'html',
    source: `${[headline || squash(article.title), ...lines].join('\n')}\n`,
    page: {
      url: url && /^https?:\/\//.test(url) ? url : undefined,
      byline: squash(article.byline) || meta('author'),
      siteName: squash(article.siteName) || meta('og:site_name'),
      publishedTime: squash(article.publishedTime) || meta('article:published_time'),
      headings,
      captions,
    },
  };
}

/** The input, as text or as a page (by its markup, not its file name). */
export function readInput(bytes: Uint8Array): ImportInput {
  const text = decode(bytes);
  return /^\s*(<!doctype html|<html|<head|<body)/i.test(text) ? readHtml(text) : readText(text);
}
