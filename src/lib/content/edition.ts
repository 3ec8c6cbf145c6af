/**
 * What this edition changed from the source, computed per report from the source and the article as
 * published (pure): the footer lists these and nothing else, so a report whose source had no half-width
 * punctuation is never said to have had it corrected.
 */

/** Half-width marks and their names, as the article may give them full width. */
const MARKS: Record<string, string> = {
  ',': '逗号',
  ':': '冒号',
  ';': '分号',
  '(': '括号',
  ')': '括号',
  '!': '叹号',
  '?': '问号',
};

/** What the footer needs to know about a report besides its text. */
export interface EditionFacts {
  /** Each source line that the article gives, with the article's text for it, in order. */
  pairs: Array<[source: string, article: string]>;
  /** Whether the headline line of the source is shown as the page's title. */
  headline: boolean;
  /** The roles of credits printed on lines of the source (moved to the header). */
  creditRoles: string[];
  /** Whether a dateline of the source is shown in the header. */
  dateline: boolean;
  /** Whether pictures of the original are left out (their captions kept). */
  omittedImages: boolean;
  /** Whether the article has web addresses (made into links). */
  urls: boolean;
  /** Whether experts' titles carry 原文如此 marks. */
  sic: boolean;
}

/** The changes, as sentences for readers (Chinese, without the closing punctuation). */
export function editionChanges(f: EditionFacts): string[] {
  const marks = new Set<string>();
  let quotes = false;
  let stops = false;
  let width = false;
  let spaces = false;
  for (const [source, article] of f.pairs) {
    const s = source.trim();
    const a = article.trim();
    if ((s.match(/\s+/g)?.length ?? 0) > (a.match(/\s+/g)?.length ?? 0)) spaces = true;
    const sc = [...s.replace(/\s+/g, '')];
    const ac = [...a.replace(/\s+/g, '')];
    if (sc.length !== ac.length) {
      width ||= sc.join('') !== ac.join('');
      continue;
    }
    sc.forEach((ch, i) => {
      const other = ac[i]!;
      if (ch === other) return;
      if (MARKS[ch]) marks.add(MARKS[ch]);
      else if (ch === '"' || ch === "'") quotes = true;
      else if (ch === '.' && other === '。') stops = true;
      else width = true;
    });
  }
  const out: string[] = [];
  const header = [
    ...(f.headline ? ['标题'] : []),
    ...(f.creditRoles.length ? [`署名行（${[...new Set(f.creditRoles)].join('、')}）`] : []),
    ...(f.dateline ? ['日期行'] : []),
  ];
  if (header.length) out.push(`原文的${header.join('、')}移到了页首`);
  const punctuation = [
    ...(marks.size ? [`半角的${[...marks].join('、')}改为全角`] : []),
    ...(quotes ? ['直引号改为“”'] : []),
    ...(stops ? ['句末的半角句点改为“。”'] : []),
    ...(width ? ['其余全角与半角字符统一'] : []),
  ];
  if (punctuation.length) out.push(`统一了中文标点的全角与半角（${punctuation.join('，')}）`);
  if (spaces) out.push('删去了多余的空格');
  if (f.omittedImages) out.push('原文配图未收录，保留其图注并标明“配图未收录”');
  out.push(`为章节、段落加了可链接的锚点${f.urls ? '，正文中的网址做成了链接' : ''}`);
  if (f.sic) out.push('原文的错字照录，只在专家信息中标注“原文如此”及应有的写法');
  return out;
}
