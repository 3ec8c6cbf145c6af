/**
 * The printed report (/wechat-jd-report.pdf, made by the build with Chromium): A4, tagged, outlined,
 * fonts embedded, every heading and sentence of the article in its text and in order, a printed
 * contents with the right page numbers, clean page breaks, a cover, and the structure PDF/UA asks
 * for. Read with poppler and with pdf.js. Its first pages are rendered to PNG in test-results/pdf/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { ReportData } from '../../src/schemas/report.ts';
import { sourceLines } from '../../src/model/checks/verbatim.ts';
import { DATA_APPENDIX } from '../../src/integrations/pdf/appendix.ts';
import { beijingDay } from '../../src/integrations/pdf/build-date.ts';
import { endsWithHeading, locateLinesInOrder, missingInOrder } from '../../src/integrations/pdf/locate.ts';
import {
  headingLevel,
  headingNestingProblems,
  STANDARD_STRUCTURE_TYPES,
} from '../../src/integrations/pdf/structure.ts';
import { comparableText } from '../../src/lib/text/typography.ts';
import { loadSite } from '../../src/model/site.ts';
import { dist } from '../helpers/dist.ts';
import {
  bodyText,
  popplerPages,
  readWithPdfjs,
  run,
  type OutlineItem,
  type PdfjsRead,
  type StructNode,
} from '../helpers/pdf.ts';
import { htmlText } from '../helpers/pdf-paper.ts';
import { RUNNING_BAND_MM } from '../../src/integrations/pdf/page-text.ts';

// Reading a 20-page PDF with pdf.js takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const pdf = join(dist, 'wechat-jd-report.pdf');
const contentDir = new URL('../../content/', import.meta.url).pathname;
const source = readFileSync(join(contentDir, 'reports/wechat-jd/source.txt'), 'utf8');
const site = loadSite(contentDir);
const html = existsSync(join(dist, 'index.html')) ? readFileSync(join(dist, 'index.html'), 'utf8') : '';

/** The text of an HTML fragment of the built page, without its "#" copy-link controls. */
const textOf = htmlText;

/** Every heading of the page as printed, and what acts as one: summaries and table captions. */
const headings = [...html.matchAll(/<(h[1-6]|summary|caption)\b([^>]*)>([\s\S]*?)<\/\1>/g)]
  .filter((m) => !/visually-hidden/.test(m[2]!))
  .map((m) => textOf(m[3]!))
  .filter(Boolean);

/**
 * What the printed contents must list, in order: every visible h2 of the page (not the screen's own
 * table of contents) and, under them, the figures by their titles.
 */
const expectedEntries = (() => {
  const figureTitles = new Set(
    [...html.matchAll(/<figure\b[^>]*aria-labelledby="([^"]+)"/g)].map((m) => m[1]),
  );
  const navHeadings = new Set([...html.matchAll(/<nav\b[^>]*aria-labelledby="([^"]+)"/g)].map((m) => m[1]));
  return (
    [...html.matchAll(/<(h2|h3)\b([^>]*)>([\s\S]*?)<\/\1>/g)]
      .filter((m) => {
        const id = /\bid="([^"]+)"/.exec(m[2]!)?.[1] ?? '';
        return m[1] === 'h3' ? figureTitles.has(id) : !/visually-hidden/.test(m[2]!) && !navHeadings.has(id);
      })
      .map((m) => textOf(m[3]!))
      // The appendix the PDF build adds for the figures' data tables, last.
      .concat(/<details class="figure__data"/.test(html) ? [DATA_APPENDIX.title] : [])
  );
})();

/** The source's sentences, in order; the credits (printed on the cover, as a list) aside. */
const credits = (
  parse(readFileSync(join(contentDir, 'reports/wechat-jd/report.yaml'), 'utf8')) as ReportData
).credits.map((c) => `${c.role} | ${c.name}`);
const sentences = sourceLines(source)
  .filter((l) => !credits.includes(l))
  .flatMap((line) => line.split(/(?<=[。！？])/).filter((s) => comparableText(s)));

let poppler: string[] = [];
let pdfjs: string[] = [];
let read: PdfjsRead;
beforeAll(async () => {
  if (!existsSync(pdf)) return;
  poppler = popplerPages(pdf);
  read = await readWithPdfjs(readFileSync(pdf));
  pdfjs = bodyText(read);
});

describe('the PDF', () => {
  it('is built', () => {
    expect(existsSync(pdf), 'dist/wechat-jd-report.pdf: the build prints it when Chromium is available').toBe(
      true,
    );
  });

  it('has its title and author, A4 pages in a sane number, and is tagged', () => {
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/^Title:\s+微信京东十年“联姻”落幕——网经社独家解读报告$/m);
    expect(info).toMatch(/^Author:\s+无痕（网经社）$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(40);
  });

  it('embeds its fonts, the CJK ones as real fonts (no Type 3 glyph fonts)', () => {
    const rows = run('pdffonts', [pdf]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row, row).not.toMatch(/Type 3/);
      expect(row, row).toMatch(/\syes\s+yes\s+yes\s+\d+\s+\d+$/); // emb sub uni, object id
    }
    expect(rows.some((r) => /NotoSansSC/.test(r))).toBe(true);
  });

  it('contains every heading and every sentence of the article as searchable text', () => {
    const text = comparableText(poppler.join('\n'));
    const missing = [...credits, ...sentences].filter((sentence) => !text.includes(comparableText(sentence)));
    expect(missing).toEqual([]);
    expect(text).toContain(comparableText('图1 腾讯持有京东股份比例'));
  });

  it.each(['pdftotext', 'pdf.js'])(
    'reads every sentence of the source whole and in order with %s (running header and footer removed)',
    (tool) => {
      const pages = tool === 'pdf.js' ? pdfjs : poppler;
      expect(pages.length).toBeGreaterThan(1);
      expect(missingInOrder(pages, sentences)).toEqual([]);
    },
  );

  it('has an outline (bookmarks) that follows the table of contents', async () => {
    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
    const titles: string[] = [];
    const walk = (item: PDFDict | undefined) => {
      for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        const t = node.lookup(PDFName.of('Title'));
        if (t instanceof PDFHexString || t instanceof PDFString) titles.push(t.decodeText());
        walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
      }
    };
    const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
    walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
    // Figure titles keep the space between number and title.
    expect(titles).toEqual(
      expect.arrayContaining([
        '图1 腾讯持有京东股份比例',
        '图2 京东GMV与移动/微信渠道',
        '图3 京东估值与市值',
      ]),
    );
    const flat = titles.map((t) => t.replace(/\s+/g, ''));
    for (const heading of [
      '十年合作历程：从流量红利到战略分化',
      '京东的短期阵痛与腾讯电商战略跃迁',
      '竞合新生态：互联网巨头走向“动态平衡”',
      '【小贴士】',
      '合作时间线',
      '专家观点一览',
    ]) {
      expect(
        flat.some((t) => t.startsWith(heading)),
        heading,
      ).toBe(true);
    }
    expect(doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)).toBeDefined();
    expect(PDFArray).toBeDefined();
  });

  it('renders its first pages to PNG for review (test-results/pdf/)', () => {
    const out = new URL('../../test-results/pdf/', import.meta.url).pathname;
    mkdirSync(out, { recursive: true });
    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdf, join(out, 'page')]);
    expect(existsSync(join(out, 'page-01.png')) || existsSync(join(out, 'page-1.png'))).toBe(true);
  });
});

describe('the printed contents', () => {
  /** The contents page (after the cover) as "heading … page" lines. */
  let layout: string[] = [];
  beforeAll(() => {
    layout = popplerPages(pdf, true);
  });
  const listed = () => {
    const page = layout[1]!;
    return page
      .split('\n')
      .map((l) => /^\s*(.*\S)\s+(\d+)\s*$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => ({ text: m[1]!.replace(/\s+/g, ' '), page: Number(m[2]) }));
  };

  it('lists the sections, the timeline, the expert grid, the figures and the other blocks, in order', () => {
    expect(expectedEntries.length).toBeGreaterThanOrEqual(8);
    expect(expectedEntries).toEqual(
      expect.arrayContaining(['图1 腾讯持有京东股份比例', '合作时间线', '专家观点一览']),
    );
    expect(listed().map((e) => comparableText(e.text))).toEqual(expectedEntries.map(comparableText));
  });

  it.each(['pdftotext', 'pdf.js'])(
    'gives for every entry the page on which its heading stands (read with %s)',
    (tool) => {
      const pages = tool === 'pdf.js' ? pdfjs : poppler;
      const entries = listed();
      expect(entries).toHaveLength(expectedEntries.length);
      // Each heading, on lines of its own, searched in order after the contents page.
      const actual = locateLinesInOrder(
        pages,
        entries.map((e) => e.text),
        3,
      );
      expect(entries.map((e, i) => `${e.text} → ${actual[i]}`)).toEqual(
        entries.map((e) => `${e.text} → ${e.page}`),
      );
      const numbers = entries.map((e) => e.page);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    },
  );
});

describe('the page breaks', () => {
  it('leave no page empty', () => {
    for (const pages of [poppler, pdfjs]) {
      const empty = pages.flatMap((p, i) => (comparableText(p) ? [] : [i + 1]));
      expect(empty).toEqual([]);
    }
  });

  it.each(['pdftotext', 'pdf.js'])('never leave a heading at the foot of a page (read with %s)', (tool) => {
    const pages = tool === 'pdf.js' ? pdfjs : poppler;
    expect(headings.length).toBeGreaterThan(20);
    const stranded = pages.slice(0, -1).flatMap((p, i) => {
      const h = endsWithHeading(p, headings);
      return h ? [`page ${i + 1} ends with 「${h}」`] : [];
    });
    expect(stranded).toEqual([]);
  });
});

describe('the citation blocks', () => {
  it('are never split: each title stands on the page of its last form (BibTeX)', () => {
    const blocks = [
      ...html.matchAll(
        /<summary\b[^>]*>([^<]+)<\/summary>\s*<dl\b[^>]*>[\s\S]*?<pre id="cite-[^"]+"[^>]*>([^\n<]+)/g,
      ),
    ].map((m) => ({ title: textOf(m[1]!), last: textOf(m[2]!) }));
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const pages of [poppler, pdfjs]) {
      const split = blocks.filter((b) => {
        const [at] = locateLinesInOrder(pages, [b.title], 3);
        return at === undefined || !comparableText(pages[at - 1]!).includes(comparableText(b.last));
      });
      expect(split.map((b) => b.title)).toEqual([]);
    }
  });
});

describe('the cover', () => {
  const cover = () => comparableText(poppler[0] ?? '');
  const report = readFileSync(join(contentDir, 'reports/wechat-jd/report.yaml'), 'utf8');

  it('has the title, subtitle, credits, the edition note and who compiles this edition', () => {
    const edition = /^edition:\s*(.+)$/m.exec(report)?.[1];
    expect(edition).toBeTruthy();
    for (const text of [
      '微信京东十年“联姻”落幕',
      '网经社独家解读报告',
      '撰写',
      '无痕',
      edition!,
      site.name,
      site.publisher,
    ]) {
      expect(cover()).toContain(comparableText(text));
    }
  });

  it('states the day it was made, in Beijing time, matching the PDF creation date', () => {
    const created = /^CreationDate:\s+(.+)$/m.exec(run('pdfinfo', ['-isodates', pdf]))![1]!.trim();
    const day = beijingDay(new Date(created));
    expect(cover()).toContain(comparableText(`本版生成于${day.text}`));
    // Only in the PDF: the HTML has no build-time clock.
    const slot = /<p [^>]*data-build-date hidden>([\s\S]*?)<\/p>/.exec(html)?.[1];
    expect(slot).toBe('本版生成于');
  });

  it('prints the site URL only when the site has one, and never a local address', () => {
    expect(cover()).not.toMatch(/localhost|127\.0\.0\.1/);
    if (site.url) expect(cover()).toContain(comparableText(site.url));
    else expect(cover()).not.toMatch(/https?:/);
  });
});

describe('the accessible structure (PDF/UA-1)', () => {
  let doc: PDFDocument;
  beforeAll(async () => {
    doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
  });
  const str = (o: PDFObject | undefined) =>
    o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
  /** The structure elements in reading order, with their type (after the RoleMap) and depth. */
  const elements = () => {
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const out: Array<{ type: string; el: PDFDict; ref: PDFRef; kids: PDFObject[] }> = [];
    const walk = (node: PDFDict) => {
      const k = node.get(PDFName.of('K'));
      for (const kid of k instanceof PDFArray ? k.asArray() : k ? [k] : []) {
        const el = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
        if (!(kid instanceof PDFRef) || !(el instanceof PDFDict) || !el.has(PDFName.of('S'))) continue;
        const kk = el.get(PDFName.of('K'));
        const kids = (kk instanceof PDFArray ? kk.asArray() : kk ? [kk] : []).map((x) =>
          x instanceof PDFRef ? doc.context.lookup(x)! : x,
        );
        out.push({ type: el.get(PDFName.of('S'))!.toString().slice(1), el, ref: kid, kids });
        walk(el);
      }
    };
    walk(root);
    return out;
  };

  it('has XMP metadata with title, author, language and the PDF/UA identifier; shows its title; is zh-CN', () => {
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Creator:\\s+${site.name}$`, 'm'));
    const xmp = run('pdfinfo', ['-meta', pdf]);
    expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(xmp).toContain(
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">微信京东十年“联姻”落幕——网经社独家解读报告</rdf:li>',
    );
    expect(xmp).toMatch(/<dc:creator><rdf:Seq><rdf:li>无痕（网经社）<\/rdf:li><\/rdf:Seq><\/dc:creator>/);
    expect(xmp).toMatch(/<dc:language><rdf:Bag><rdf:li>zh-CN<\/rdf:li>/);
    expect(xmp).toContain(`<xmp:CreatorTool>${site.name}</xmp:CreatorTool>`);
    const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(str(doc.catalog.lookup(PDFName.of('Lang')))).toBe('zh-CN');
    const mark = doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(mark.get(PDFName.of('Marked'))).toBe(PDFBool.True);
    const meta = doc.catalog.lookup(PDFName.of('Metadata'));
    expect(meta).toBeInstanceOf(PDFRawStream);
  });

  it('uses standard structure types or maps the others in its RoleMap', () => {
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const map = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
    const unmapped = [...new Set(elements().map((e) => e.type))].filter((t) => {
      if (STANDARD_STRUCTURE_TYPES.has(t)) return false;
      const to = map?.get(PDFName.of(t))?.toString().slice(1);
      return !to || !STANDARD_STRUCTURE_TYPES.has(to);
    });
    expect(unmapped).toEqual([]);
  });

  it('makes list items of a label and a body, and table rows of cells', () => {
    const typeOf = (o: PDFObject) =>
      o instanceof PDFDict ? o.get(PDFName.of('S'))?.toString().slice(1) : undefined;
    const wrong = elements().flatMap((e) => {
      const allowed = { LI: ['Lbl', 'LBody'], L: ['LI', 'L', 'Caption'], TR: ['TH', 'TD'] }[e.type];
      return allowed
        ? e.kids.filter((k) => !allowed.includes(typeOf(k) ?? '')).map((k) => `${e.type} > ${typeOf(k) ?? k}`)
        : [];
    });
    expect(wrong).toEqual([]);
    expect(elements().filter((e) => e.type === 'LBody').length).toBeGreaterThan(10);
  });

  it('has a ParentTree that names, for each marked content, the element that holds it', () => {
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const entries = new Map<number, PDFObject>();
    const visit = (node: PDFDict | undefined) => {
      const nums = node?.lookupMaybe(PDFName.of('Nums'), PDFArray);
      for (let i = 0; nums && i + 1 < nums.size(); i += 2)
        entries.set(Number(nums.get(i)!.toString()), nums.lookup(i + 1)!);
      node
        ?.lookupMaybe(PDFName.of('Kids'), PDFArray)
        ?.asArray()
        .forEach((k) => visit(doc.context.lookupMaybe(k, PDFDict)));
    };
    visit(root.lookupMaybe(PDFName.of('ParentTree'), PDFDict));
    const mismatched: string[] = [];
    let checked = 0;
    for (const e of elements()) {
      for (const kid of e.kids) {
        const mcid = kid instanceof PDFDict ? kid.get(PDFName.of('MCID')) : kid;
        if (!mcid || mcid instanceof PDFDict || !/^\d+$/.test(mcid.toString())) continue;
        const pg = (kid instanceof PDFDict && kid.get(PDFName.of('Pg'))) || e.el.get(PDFName.of('Pg'));
        const key = doc.context
          .lookupMaybe(pg as PDFRef, PDFDict)
          ?.get(PDFName.of('StructParents'))
          ?.toString();
        const list = entries.get(Number(key));
        const parent = list instanceof PDFArray ? list.get(Number(mcid.toString())) : undefined;
        checked++;
        if (parent !== e.ref) mismatched.push(`${e.type} mcid ${mcid.toString()} on StructParents ${key}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(mismatched.slice(0, 10)).toEqual([]);
  });

  it('nests its headings H1 > H2 > H3 without skipping a level', () => {
    const levels = elements().flatMap((e) => headingLevel(e.type) ?? []);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels.length).toBeGreaterThan(10);
    expect(headingNestingProblems(levels)).toEqual([]);
  });

  it('gives every figure its text alternative: the chart descriptions of the page', () => {
    const descriptions = [
      ...html.matchAll(/<p class="visually-hidden" id="(fig-[a-z-]+)-desc">([^<]+)</g),
    ].map((m) => textOf(m[2]!));
    expect(descriptions).toHaveLength(3);
    // Before them, on the cover, the QR code of the page's address when the site has one.
    const images = [...html.matchAll(/<img [^>]*alt="([^"]+)"/g)].map((m) => textOf(m[1]!));
    const alts = elements()
      .filter((e) => e.type === 'Figure')
      .map((e) => str(e.el.lookup(PDFName.of('Alt'))) ?? '');
    expect(alts).toEqual([...images, ...descriptions]);
  });

  it('has alternative text on every figure as pdf.js reads the structure, page by page', () => {
    const figures: StructNode[] = [];
    const walk = (n: StructNode | null | undefined) => {
      if (!n) return;
      if (n.role === 'Figure') figures.push(n);
      n.children?.forEach(walk);
    };
    read.pages.forEach((p) => walk(p.tree));
    expect(figures.length).toBeGreaterThanOrEqual(3);
    expect(figures.filter((f) => !f.alt?.trim())).toEqual([]);
  });

  it('tags all text or marks it as an artifact: the running header and footer are artifacts', () => {
    const untagged: string[] = [];
    const running: string[] = [];
    const band = (RUNNING_BAND_MM / 25.4) * 72;
    read.pages.forEach(({ view, items }, i) => {
      const open: string[] = [];
      let header = 0;
      for (const item of items) {
        if (!('str' in item)) {
          if (item.type === 'endMarkedContent') open.pop();
          else open.push(item.type === 'beginMarkedContentProps' && item.id ? 'tagged' : (item.tag ?? ''));
          continue;
        }
        if (!item.str.trim()) continue;
        if (!open.length) untagged.push(`page ${i + 1}: ${item.str}`);
        const y = item.transform[5]!;
        if (y < view[1]! + band || y > view[3]! - band) {
          header++;
          if (open.at(-1) !== 'Artifact') running.push(`page ${i + 1}: ${item.str}`);
        }
      }
      if (i > 0) expect(header, `page ${i + 1}: running header and footer`).toBeGreaterThan(0);
    });
    expect(untagged.slice(0, 10)).toEqual([]);
    expect(running.slice(0, 10)).toEqual([]);
  });

  it('has an outline that matches the heading structure: same headings, same order, nested by level', () => {
    const headingsInTree: string[] = [];
    for (const page of read.pages) {
      // The text of each marked-content id on the page.
      const texts = new Map<string, string>();
      const open: string[] = [];
      for (const item of page.items) {
        if (!('str' in item)) {
          if (item.type === 'endMarkedContent') open.pop();
          else open.push(item.type === 'beginMarkedContentProps' ? (item.id ?? '') : '');
        } else if (open.at(-1)) texts.set(open.at(-1)!, (texts.get(open.at(-1)!) ?? '') + item.str);
      }
      const textOfNode = (node: StructNode): string =>
        node.type === 'content'
          ? (texts.get(node.id!) ?? '')
          : (node.children ?? []).map(textOfNode).join('');
      const walk = (node: StructNode | null | undefined) => {
        if (!node) return;
        const level = node.role ? headingLevel(node.role) : undefined;
        // A page's tree also holds the elements of other pages, without their content: skip those.
        const text = level ? comparableText(textOfNode(node)) : '';
        if (text) headingsInTree.push(`${'  '.repeat(level! - 1)}${text}`);
        else if (!level) node.children?.forEach(walk);
      };
      walk(page.tree);
    }
    const outline: string[] = [];
    const walkOutline = (items: OutlineItem[], depth: number) => {
      for (const item of items) {
        outline.push(`${'  '.repeat(depth)}${comparableText(item.title)}`);
        walkOutline(item.items, depth + 1);
      }
    };
    walkOutline(read.outline, 0);
    expect(outline.length).toBeGreaterThan(10);
    expect(outline).toEqual(headingsInTree);
  });

  it('describes every link annotation (/Contents) and tabs through pages in structure order', () => {
    let links = 0;
    const undescribed: string[] = [];
    doc.getPages().forEach((page, i) => {
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      if (!annots?.size()) return;
      expect(page.node.get(PDFName.of('Tabs'))?.toString(), `page ${i + 1} /Tabs`).toBe('/S');
      for (let a = 0; a < annots.size(); a++) {
        const annot = annots.lookup(a, PDFDict);
        if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
        links++;
        if (!str(annot.lookup(PDFName.of('Contents')))?.trim())
          undescribed.push(`page ${i + 1}, link ${a + 1}`);
      }
    });
    expect(links).toBeGreaterThan(20);
    expect(undescribed).toEqual([]);
  });
});
