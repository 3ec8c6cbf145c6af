/**
 * Post-processing of Chromium's tagged PDF with pdf-lib, for PDF/UA-1 where Chromium falls short:
 * document metadata (Info and XMP with the PDF/UA identifier, language, the title shown in the window),
 * a RoleMap for the structure types PDF 1.7 does not define (/Strong, /Em …), the scope of table
 * header cells, list items as Lbl + LBody, a description (/Contents) on every link annotation, the tab order of pages with
 * annotations, and /Artifact marks on the content Chromium leaves untagged (backgrounds, rules, the
 * running header and footer). It also checks what Chromium must have done: every /Figure has alternative text.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { markArtifacts } from './artifacts.ts';
import { headingLevel, roleMapFor } from './structure.ts';
import { xmpPacket } from './xmp.ts';

export interface Metadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
  /** The application that made the document: the site's name. */
  creator: string;
  producer: string;
  date: Date;
}

/** Sets the Info dictionary, the XMP metadata stream, the document language and DisplayDocTitle. */
export function setMetadata(pdf: PDFDocument, m: Metadata): void {
  pdf.setTitle(m.title, { showInWindowTitleBar: true });
  pdf.setAuthor(m.author);
  pdf.setSubject(m.subject);
  pdf.setKeywords(m.keywords);
  pdf.setLanguage(m.lang);
  pdf.setCreator(m.creator);
  pdf.setProducer(m.producer);
  pdf.setCreationDate(m.date);
  pdf.setModificationDate(m.date);
  const xmp = xmpPacket({
    title: m.title,
    creators: [m.author],
    description: m.subject,
    language: m.lang,
    keywords: m.keywords,
    creatorTool: m.creator,
    producer: m.producer,
    created: m.date,
    modified: m.date,
    pdfuaPart: 1,
  });
  const stream = pdf.context.stream(new TextEncoder().encode(xmp), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}

const text = (o: PDFObject | undefined) =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;

/** The structure elements under a node (kids that are dictionaries with a type /S), in order. */
function kidsOf(pdf: PDFDocument, node: PDFDict): PDFDict[] {
  const k = node.get(PDFName.of('K'));
  const list = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  return list
    .map((x) => (x instanceof PDFRef ? pdf.context.lookup(x) : x))
    .filter((x): x is PDFDict => x instanceof PDFDict && x.has(PDFName.of('S')));
}

const typeOf = (el: PDFDict) => el.get(PDFName.of('S'))!.toString().slice(1);

export interface StructureReport {
  /** Structure types used, and how many times. */
  types: Record<string, number>;
  /** Added RoleMap entries. */
  roleMap: Record<string, string>;
  /** Heading levels in reading order. */
  headings: number[];
  /** /Alt of each /Figure, in reading order ('' if it has none). */
  figures: string[];
  links: number;
}

/**
 * Finishes the structure tree and the annotations. `targets` describes link destinations inside the
 * document (id → text), `external` links out (URL → text).
 */
export function finishStructure(
  pdf: PDFDocument,
  targets: Record<string, string>,
  external: Record<string, string>,
): StructureReport {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) throw new Error('the PDF is not tagged (no StructTreeRoot)');
  const report: StructureReport = { types: {}, roleMap: {}, headings: [], figures: [], links: 0 };
  const walk = (node: PDFDict) => {
    for (const el of kidsOf(pdf, node)) {
      const type = typeOf(el);
      report.types[type] = (report.types[type] ?? 0) + 1;
      const level = headingLevel(type);
      if (level) report.headings.push(level);
      if (type === 'Figure') report.figures.push(text(el.lookup(PDFName.of('Alt'))) ?? '');
      if (type === 'TH' && !el.has(PDFName.of('A'))) {
        // A header cell in a row of header cells heads its column; one beside data cells heads its row.
        const row = el.lookupMaybe(PDFName.of('P'), PDFDict);
        const allHeaders = row ? kidsOf(pdf, row).every((c) => typeOf(c) === 'TH') : true;
        el.set(PDFName.of('A'), pdf.context.obj({ O: 'Table', Scope: allHeaders ? 'Column' : 'Row' }));
      }
      walk(el);
    }
  };
  walk(root);

  report.roleMap = roleMapFor(Object.keys(report.types));
  if (Object.keys(report.roleMap).length) {
    const map = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? pdf.context.obj({});
    for (const [from, to] of Object.entries(report.roleMap)) map.set(PDFName.of(from), PDFName.of(to));
    root.set(PDFName.of('RoleMap'), map);
  }

  for (const page of pdf.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots || annots.size() === 0) continue;
    // PDF/UA: pages with annotations tab in structure order.
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i, PDFDict);
      if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      report.links++;
      if (text(annot.lookup(PDFName.of('Contents')))) continue;
      const description = linkDescription(annot, targets, external);
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(description));
    }
  }
  return report;
}

/** What a link annotation leads to, in words: the target's heading or label, or the link's text and URL. */
function linkDescription(
  annot: PDFDict,
  targets: Record<string, string>,
  external: Record<string, string>,
): string {
  const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
  const uri = text(action?.lookup(PDFName.of('URI'))) ?? action?.lookup(PDFName.of('URI'))?.toString();
  if (uri) {
    const label = external[uri] ?? external[uri.replace(/\/$/, '')];
    return label && !label.includes(uri) ? `${label}（${uri}）` : uri;
  }
  // A destination in the document: the annotation's /Dest or a GoTo action's /D, by name.
  const dest = annot.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'));
  const name =
    dest instanceof PDFName ? dest.decodeText() : (text(dest as PDFObject | undefined) ?? undefined);
  const label = name !== undefined ? targets[name] : undefined;
  if (label) return label;
  if (name) return `#${name}`;
  throw new Error('a link annotation has neither a URI nor a named destination: cannot describe it');
}

/**
 * Wraps each page's untagged graphics objects as artifacts (src/integrations/pdf/artifacts.ts). Returns the
 * number of content streams changed.
 */
export function markUntaggedArtifacts(pdf: PDFDocument): number {
  let changed = 0;
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = pdf.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const before = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      const after = markArtifacts(before);
      if (after === before) continue;
      pdf.context.assign(ref, pdf.context.flateStream(Buffer.from(after, 'latin1')));
      changed++;
    }
  }
  return changed;
}

/** Where the ParentTree keeps the parents of a page's marked content or of an annotation. */
function parentTree(pdf: PDFDocument, root: PDFDict): Map<number, { nums: PDFArray; index: number }> {
  const entries = new Map<number, { nums: PDFArray; index: number }>();
  const visit = (node: PDFDict | undefined) => {
    if (!node) return;
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      entries.set(nums.lookup(i, PDFNumber).asNumber(), { nums, index: i + 1 });
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    kids?.asArray().forEach((k) => visit(pdf.context.lookupMaybe(k, PDFDict)));
  };
  visit(root.lookupMaybe(PDFName.of('ParentTree'), PDFDict));
  return entries;
}

/**
 * Puts the content of each list item that is not its label into an /LBody (PDF 1.7 allows only Lbl
 * and LBody in an LI; Chromium puts paragraphs, links and text there directly), and points the
 * ParentTree at the new element for marked content and annotations that moved. Returns how many
 * list items changed.
 */
export function wrapListBodies(pdf: PDFDocument): number {
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const tree = parentTree(pdf, root);
  const S = PDFName.of('S');
  const K = PDFName.of('K');
  const Pg = PDFName.of('Pg');
  const reparent = (key: number | undefined, mcid: number | undefined, to: PDFRef) => {
    const entry = key === undefined ? undefined : tree.get(key);
    if (!entry) throw new Error(`no ParentTree entry ${key} for moved content`);
    if (mcid === undefined) entry.nums.set(entry.index, to);
    else entry.nums.lookup(entry.index, PDFArray).set(mcid, to);
  };
  const structParents = (page: PDFObject | undefined) =>
    pdf.context
      .lookupMaybe(page as PDFRef, PDFDict)
      ?.lookupMaybe(PDFName.of('StructParents'), PDFNumber)
      ?.asNumber();
  let changed = 0;
  const walk = (ref: PDFRef, el: PDFDict) => {
    const k = el.get(K);
    const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    for (const kid of kids) {
      const d = kid instanceof PDFRef ? pdf.context.lookup(kid) : undefined;
      if (kid instanceof PDFRef && d instanceof PDFDict && d.has(S)) walk(kid, d);
    }
    if (el.get(S)?.toString() !== '/LI') return;
    const isPart = (kid: PDFObject) => {
      const d = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
      return d instanceof PDFDict && ['/Lbl', '/LBody'].includes(d.get(S)?.toString() ?? '');
    };
    const move = kids.filter((kid) => !isPart(kid));
    if (!move.length) return;
    const body = pdf.context.obj({ Type: 'StructElem', S: 'LBody', P: ref, K: move });
    if (el.get(Pg)) body.set(Pg, el.get(Pg)!);
    const bodyRef = pdf.context.register(body);
    for (const kid of move) {
      const d = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
      if (kid instanceof PDFNumber) reparent(structParents(el.get(Pg)), kid.asNumber(), bodyRef);
      else if (d instanceof PDFDict && d.has(S)) d.set(PDFName.of('P'), bodyRef);
      else if (d instanceof PDFDict && d.get(PDFName.of('Type'))?.toString() === '/MCR') {
        const mcid = d.lookup(PDFName.of('MCID'), PDFNumber).asNumber();
        reparent(structParents(d.get(Pg) ?? el.get(Pg)), mcid, bodyRef);
      } else if (d instanceof PDFDict && d.get(PDFName.of('Type'))?.toString() === '/OBJR') {
        const annot = d.lookupMaybe(PDFName.of('Obj'), PDFDict);
        reparent(annot?.lookupMaybe(PDFName.of('StructParent'), PDFNumber)?.asNumber(), undefined, bodyRef);
      }
    }
    el.set(K, pdf.context.obj([...kids.filter(isPart), bodyRef]));
    changed++;
  };
  const top = root.get(K);
  for (const kid of top instanceof PDFArray ? top.asArray() : [top]) {
    const d = kid instanceof PDFRef ? pdf.context.lookup(kid) : undefined;
    if (kid instanceof PDFRef && d instanceof PDFDict) walk(kid, d);
  }
  return changed;
}

/**
 * Numbers the structure elements' IDs (/ID, the table cells' /Headers that name them, the IDTree)
 * 1, 2, 3… in the order Chromium gave them. Chromium names them after its DOM node ids, which count on
 * across the documents a renderer has shown, so the same page printed in a tab that printed other pages
 * before would otherwise make a PDF that differs in these names only (the build prints many reports in
 * one tab: src/integrations/chromium/chromium-assets.ts). Returns how many IDs were renamed.
 */
export function numberStructureIds(pdf: PDFDocument): number {
  const decoded = (o: PDFObject | undefined) =>
    o instanceof PDFString || o instanceof PDFHexString ? o : undefined;
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const elements: PDFDict[] = [];
  const walk = (node: PDFDict) => {
    for (const el of kidsOf(pdf, node)) {
      elements.push(el);
      walk(el);
    }
  };
  if (root) walk(root);
  const ids = new Map<string, string>();
  const idOf = (s: string) => Number(/(\d+)$/.exec(s)?.[1] ?? Number.NaN);
  const old = elements.flatMap((el) => {
    const id = decoded(el.get(PDFName.of('ID')))?.decodeText();
    return id === undefined ? [] : [id];
  });
  const ordered = [...new Set(old)].sort((a, b) => idOf(a) - idOf(b) || a.localeCompare(b));
  const width = String(ordered.length).length;
  ordered.forEach((id, i) => ids.set(id, `node${String(i + 1).padStart(width, '0')}`));
  if (!ids.size) return 0;
  const rename = (o: PDFObject | undefined) => {
    const s = decoded(o);
    const to = s && ids.get(s.decodeText());
    return to === undefined ? undefined : PDFString.of(to);
  };
  const renameAll = (array: PDFArray) => {
    for (let i = 0; i < array.size(); i++) {
      const to = rename(array.get(i));
      if (to) array.set(i, to);
    }
  };
  for (const el of elements) {
    const to = rename(el.get(PDFName.of('ID')));
    if (to) el.set(PDFName.of('ID'), to);
    const attrs = el.lookup(PDFName.of('A'));
    for (const attr of attrs instanceof PDFArray ? attrs.asArray() : [attrs]) {
      const dict = attr instanceof PDFRef ? pdf.context.lookup(attr) : attr;
      const headers = dict instanceof PDFDict ? dict.lookup(PDFName.of('Headers')) : undefined;
      if (headers instanceof PDFArray) renameAll(headers);
    }
  }
  // The IDTree: a name tree whose keys are the IDs (kept in order: the new names sort as the old did).
  const tree = root?.lookupMaybe(PDFName.of('IDTree'), PDFDict);
  const visit = (node: PDFDict) => {
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (names)
      for (let i = 0; i < names.size(); i += 2) {
        const to = rename(names.get(i));
        if (to) names.set(i, to);
      }
    const limits = node.lookupMaybe(PDFName.of('Limits'), PDFArray);
    if (limits) renameAll(limits);
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) visit(kids.lookup(i, PDFDict));
  };
  if (tree) visit(tree);
  return ids.size;
}
