import { describe, expect, it } from 'vitest';
import { beijingDay, buildTime } from '../../src/integrations/pdf/build-date.ts';
import {
  endsWithHeading,
  locateContents,
  locateInOrder,
  locateLinesInOrder,
  missingInOrder,
} from '../../src/integrations/pdf/locate.ts';
import { headingNestingProblems, roleMapFor } from '../../src/integrations/pdf/structure.ts';
import { xmpPacket } from '../../src/integrations/pdf/xmp.ts';
import { markArtifacts } from '../../src/integrations/pdf/artifacts.ts';
import { numberStructureIds } from '../../src/integrations/pdf/tagging.ts';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

const pages = [
  '微信京东十年“联姻”落幕\n网经社独家解读报告',
  '目录\n十年合作历程 3\n图1 腾讯持有京东股份比例 3\n合作时间线 4',
  '十年合作历程\n时间追溯到2014年，腾讯宣布以约2.15亿\n美元现金入股京东。\n图1 腾讯持有\n京东股份比例\n图表',
  '正文提到合作时间线这几个字。\n合作时间线\n2014年',
];

describe('locateInOrder', () => {
  it('finds texts in reading order across line breaks, whitespace and punctuation width', () => {
    expect(
      locateInOrder(pages, ['时间追溯到2014年,腾讯宣布以约2.15亿美元现金入股京东。', '合作时间线']),
    ).toEqual([3, 4]);
  });

  it('searches each text after the previous one, from a page on', () => {
    expect(locateInOrder(pages, ['十年合作历程'], 3)).toEqual([3]);
    expect(locateInOrder(pages, ['合作时间线', '十年合作历程'], 3)).toEqual([4, undefined]);
  });

  it('lists what is missing or out of order', () => {
    expect(missingInOrder(pages, ['美元现金入股京东。', '时间追溯到2014年'])).toEqual(['时间追溯到2014年']);
    expect(missingInOrder(pages, ['不在这里'])).toEqual(['不在这里']);
  });
});

describe('locateLinesInOrder', () => {
  it('matches whole lines only, also a heading set on two lines', () => {
    // "合作时间线" inside a sentence on page 4 is not the heading; the line of its own is.
    expect(locateLinesInOrder(pages, ['图1 腾讯持有京东股份比例', '合作时间线'], 3)).toEqual([3, 4]);
    expect(locateLinesInOrder(pages, ['腾讯持有'], 3)).toEqual([undefined]);
  });
});

describe('locateContents', () => {
  it('finds the entries on the contents page, then the headings after it', () => {
    expect(locateContents(pages, ['十年合作历程', '图1 腾讯持有京东股份比例', '合作时间线'], 2)).toEqual({
      contentsEnd: 2,
      pages: [3, 3, 4],
    });
  });

  it('fails when the contents do not list an entry', () => {
    expect(() => locateContents(pages, ['专家观点一览'], 2)).toThrow(/do not list: 专家观点一览/);
  });
});

describe('endsWithHeading', () => {
  it('names the heading a page ends with', () => {
    expect(endsWithHeading('正文。\n引用图3：京东估值与市值\n', ['引用', '引用图3：京东估值与市值'])).toBe(
      '引用图3：京东估值与市值',
    );
    expect(
      endsWithHeading('引用图3：京东估值与市值\nGB/T 7714', ['引用图3：京东估值与市值']),
    ).toBeUndefined();
  });
});

describe('build date', () => {
  it('is the day in Beijing time', () => {
    expect(beijingDay(new Date('2026-11-27T15:59:59Z'))).toEqual({
      iso: '2026-11-27',
      text: '2026年11月27日',
    });
    expect(beijingDay(new Date('2026-11-27T16:00:00Z'))).toEqual({
      iso: '2026-11-28',
      text: '2026年11月28日',
    });
    expect(beijingDay(new Date('2025-01-05T00:00:00Z')).text).toBe('2025年1月5日');
  });

  it('comes from SOURCE_DATE_EPOCH when set', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(buildTime({}, now)).toBe(now);
    expect(buildTime({ SOURCE_DATE_EPOCH: '1764259200' }, now).toISOString()).toBe(
      '2025-11-27T16:00:00.000Z',
    );
    expect(() => buildTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/whole seconds/);
  });
});

describe('structure rules', () => {
  it('maps the non-standard structure types to standard ones', () => {
    expect(roleMapFor(['Document', 'P', 'Strong', 'Em', 'H2', 'Made-up'])).toEqual({
      Strong: 'Span',
      Em: 'Span',
      'Made-up': 'NonStruct',
    });
  });

  it('finds headings that skip a level', () => {
    expect(headingNestingProblems([1, 2, 3, 2, 3, 3, 2])).toEqual([]);
    expect(headingNestingProblems([1, 3])).toEqual(['heading 2: H3 after H1']);
    expect(headingNestingProblems([2])).toEqual(['heading 1: H2 after the start']);
  });
});

describe('xmpPacket', () => {
  const xmp = xmpPacket({
    title: '微信京东十年“联姻”落幕——网经社独家解读报告',
    creators: ['无痕（网经社）'],
    description: 'A & B <c>',
    language: 'zh-CN',
    keywords: ['微信', '京东'],
    creatorTool: '研报精读',
    producer: 'Chromium, pdf-lib',
    created: new Date('2026-11-27T22:45:35.123Z'),
    modified: new Date('2026-11-27T22:45:35.123Z'),
    pdfuaPart: 1,
  });

  it('states title, creator, language, tool, dates and the PDF/UA part', () => {
    expect(xmp).toContain(
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">微信京东十年“联姻”落幕——网经社独家解读报告</rdf:li>',
    );
    expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>无痕（网经社）</rdf:li></rdf:Seq></dc:creator>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreatorTool>研报精读</xmp:CreatorTool>');
    expect(xmp).toContain('<xmp:CreateDate>2026-11-27T22:45:35Z</xmp:CreateDate>');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
  });

  it('escapes XML and is a complete packet', () => {
    expect(xmp).toContain('A &amp; B &lt;c&gt;');
    expect(xmp.startsWith('<?xpacket begin="\uFEFF"')).toBe(true);
    expect(xmp.endsWith('<?xpacket end="w"?>')).toBe(true);
  });
});

describe('markArtifacts', () => {
  it('wraps each graphics object outside marked content as an artifact', () => {
    const page = [
      'q 1 1 1 rg 0 0 658 964 re f Q',
      'BT /F1 11 Tf 1 0 0 -1 68 41 Tm <347A> Tj ET',
      'q 212 237 2055 3011 re W* n',
      '/H2 <</MCID 0 >>BDC 0 1499 658 3 re f BT /F4 14 Tf (a\\)b) Tj ET EMC',
      '/Im1 Do Q',
    ].join('\n');
    expect(markArtifacts(page)).toBe(
      [
        'q 1 1 1 rg /Artifact BMC\n0 0 658 964 re f\nEMC Q',
        '/Artifact BMC\nBT /F1 11 Tf 1 0 0 -1 68 41 Tm <347A> Tj ET\nEMC',
        'q 212 237 2055 3011 re W* n',
        '/H2 <</MCID 0 >>BDC 0 1499 658 3 re f BT /F4 14 Tf (a\\)b) Tj ET EMC',
        '/Artifact BMC\n/Im1 Do\nEMC Q',
      ].join('\n'),
    );
  });

  it('leaves content it cannot follow as it is', () => {
    for (const s of ['BI /W 1 /H 1 ID x EI', '/P <</MCID 1>> BDC BT (x) Tj ET', 'EMC BT (x) Tj ET']) {
      expect(markArtifacts(s)).toBe(s);
    }
  });
});

describe('numberStructureIds', () => {
  /** A tagged document as Chromium writes one: a table whose cells name their header cells by ID. */
  const tagged = async (first: number) => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const c = doc.context;
    const id = (n: number) => PDFString.of(`node${String(n).padStart(8, '0')}`);
    const th1 = c.obj({ Type: 'StructElem', S: 'TH', ID: id(first) });
    const th2 = c.obj({ Type: 'StructElem', S: 'TH', ID: id(first + 3) });
    const td = c.obj({
      Type: 'StructElem',
      S: 'TD',
      A: [c.obj({ O: 'Table', Headers: [id(first), id(first + 3)] })],
    });
    const table = c.obj({ Type: 'StructElem', S: 'Table', K: [th1, th2, td] });
    const names = c.obj({ Limits: [id(first), id(first + 3)], Names: [id(first), th1, id(first + 3), th2] });
    const root = c.obj({ Type: 'StructTreeRoot', K: [c.register(table)], IDTree: c.register(names) });
    doc.catalog.set(PDFName.of('StructTreeRoot'), c.register(root));
    return doc;
  };
  const save = async (doc: PDFDocument) => Buffer.from(await doc.save({ useObjectStreams: false }));

  it('names the IDs 1, 2… in Chromium’s order, wherever they appear, so a page printed after others prints alike', async () => {
    const fresh = await tagged(778);
    const later = await tagged(5493);
    expect(numberStructureIds(fresh)).toBe(2);
    expect(numberStructureIds(later)).toBe(2);
    const text = (await save(fresh)).toString('latin1');
    expect(text).not.toContain('node00000778');
    expect(text).toContain('/ID (node1)');
    expect(text).toContain('/Headers [ (node1) (node2) ]');
    expect(text).toContain('/Limits [ (node1) (node2) ]');
    expect(await save(later)).toEqual(await save(fresh));
  });
});
