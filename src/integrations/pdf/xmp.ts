/** XMP metadata for the printed report: Dublin Core, PDF, XMP basic and the PDF/UA identifier (pure). */

export interface XmpFields {
  title: string;
  /** Authors, in order (dc:creator). */
  creators: string[];
  description?: string;
  /** BCP 47 tag of the text, e.g. zh-CN. */
  language: string;
  keywords?: string[];
  /** The application that made the document (xmp:CreatorTool, the Info dictionary's Creator). */
  creatorTool: string;
  producer: string;
  created: Date;
  modified: Date;
  /** PDF/UA part the file claims (pdfuaid:part). */
  pdfuaPart?: number;
}

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** ISO 8601 with seconds, in UTC, as the Info dictionary's dates are written by pdf-lib. */
const xmpDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The XMP packet (UTF-8 XML) for a PDF's /Metadata stream. */
export function xmpPacket(f: XmpFields): string {
  const lang = escapeXml(f.language);
  const alt = (value: string) =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li><rdf:li xml:lang="${lang}">${escapeXml(value)}</rdf:li></rdf:Alt>`;
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '  xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(f.title)}</dc:title>`,
    `<dc:creator><rdf:Seq>${f.creators.map((c) => `<rdf:li>${escapeXml(c)}</rdf:li>`).join('')}</rdf:Seq></dc:creator>`,
    ...(f.description ? [`<dc:description>${alt(f.description)}</dc:description>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    ...(f.keywords?.length
      ? [
          `<dc:subject><rdf:Bag>${f.keywords.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
          `<pdf:Keywords>${escapeXml(f.keywords.join(' '))}</pdf:Keywords>`,
        ]
      : []),
    `<pdf:Producer>${escapeXml(f.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(f.creatorTool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${xmpDate(f.created)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(f.modified)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDate(f.modified)}</xmp:MetadataDate>`,
    ...(f.pdfuaPart ? [`<pdfuaid:part>${f.pdfuaPart}</pdfuaid:part>`] : []),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  return lines.join('\n');
}
