// The fixed parts of the .docx package around document.xml and styles.xml: content types,
// relationships, settings, the page-number footers, the font table and document properties.

import type { ExportOptions } from '../../../shared/api';
import { PAGE, PAGE_NUMBER_HALF_POINTS } from '../../../shared/layout/page';
import { escapeXml, paragraph, R_NS, runProps, W_NS, XML_DECL } from './ooxml';
import { STYLE_IDS } from './styles-xml';

const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export function contentTypesXml(evenFooter: boolean): string {
  const part = (name: string, type: string) =>
    `<Override PartName="/${name}" ContentType="${type}"/>`;
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    part('word/document.xml', `${MAIN_CT}.document.main+xml`) +
    part('word/styles.xml', `${MAIN_CT}.styles+xml`) +
    part('word/settings.xml', `${MAIN_CT}.settings+xml`) +
    part('word/fontTable.xml', `${MAIN_CT}.fontTable+xml`) +
    part('word/footer1.xml', `${MAIN_CT}.footer+xml`) +
    (evenFooter ? part('word/footer2.xml', `${MAIN_CT}.footer+xml`) : '') +
    part('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    part(
      'docProps/app.xml',
      'application/vnd.openxmlformats-officedocument.extended-properties+xml',
    ) +
    '</Types>'
  );
}

export function packageRelsXml(): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${DOC_REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

export function documentRelsXml(evenFooter: boolean): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${DOC_REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="rId3" Type="${DOC_REL}/fontTable" Target="fontTable.xml"/>` +
    `<Relationship Id="rId4" Type="${DOC_REL}/footer" Target="footer1.xml"/>` +
    (evenFooter ? `<Relationship Id="rId5" Type="${DOC_REL}/footer" Target="footer2.xml"/>` : '') +
    '</Relationships>'
  );
}

/** Section properties: A4, GB/T 9704 margins, footers; no w:docGrid (see GBT9704.md). */
export function sectionXml(evenFooter: boolean): string {
  return (
    '<w:sectPr>' +
    '<w:footerReference w:type="default" r:id="rId4"/>' +
    (evenFooter ? '<w:footerReference w:type="even" r:id="rId5"/>' : '') +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>` +
    '<w:pgNumType w:start="1"/>' +
    '</w:sectPr>'
  );
}

export function documentXml(body: string, evenFooter: boolean): string {
  return (
    XML_DECL +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>` +
    body +
    sectionXml(evenFooter) +
    '</w:body></w:document>'
  );
}

/** `w:evenAndOddHeaders` gives even pages their own footer (GB/T 9704 §7.5: odd right, even left). */
export function settingsXml(evenAndOdd: boolean): string {
  return (
    XML_DECL +
    `<w:settings xmlns:w="${W_NS}">` +
    // CT_Settings order matters to Word: defaultTabStop comes before evenAndOddHeaders
    '<w:zoom w:percent="100"/>' +
    '<w:defaultTabStop w:val="420"/>' +
    (evenAndOdd ? '<w:evenAndOddHeaders/>' : '') +
    // compressing punctuation would fit more than 28 characters on some lines
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  );
}

export type FooterPlacement = 'odd' | 'even' | 'center';

/** `— N —` in 4号 宋体 with U+2014 on both sides, one character in from the text block's edge. */
export function footerXml(placement: FooterPlacement, options: ExportOptions): string {
  const rPr = runProps({
    eastAsia: options.fonts.pageNumber,
    latin: options.fonts.pageNumber,
    size: PAGE_NUMBER_HALF_POINTS,
  });
  const r = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  const content =
    r('<w:t xml:space="preserve">— </w:t>') +
    r('<w:fldChar w:fldCharType="begin"/>') +
    r('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
    r('<w:fldChar w:fldCharType="separate"/>') +
    r('<w:t>1</w:t>') +
    r('<w:fldChar w:fldCharType="end"/>') +
    r('<w:t xml:space="preserve"> —</w:t>');
  const para =
    placement === 'center'
      ? paragraph(content, { style: STYLE_IDS.footer, jc: 'center' })
      : placement === 'odd'
        ? paragraph(content, {
            style: STYLE_IDS.footer,
            indent: { left: 0, right: 1, firstLine: 0 },
            jc: 'right',
          })
        : paragraph(content, {
            style: STYLE_IDS.footer,
            indent: { left: 1, right: 0, firstLine: 0 },
            jc: 'left',
          });
  return XML_DECL + `<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${para}</w:ftr>`;
}

/** Font table with GB2312 charsets, so Word and WPS substitute a missing font with a Chinese one. */
export function fontTableXml(options: ExportOptions): string {
  const names = new Set(Object.values(options.fonts));
  const entries = [...names].map((name) => {
    const latin = name === options.fonts.latin;
    return (
      `<w:font w:name="${escapeXml(name)}">` +
      `<w:charset w:val="${latin ? '00' : '86'}"/>` +
      `<w:family w:val="${latin ? 'roman' : 'modern'}"/>` +
      `<w:pitch w:val="${latin ? 'variable' : 'fixed'}"/>` +
      '</w:font>'
    );
  });
  return XML_DECL + `<w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`;
}

export function coreXml(title: string): string {
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    '</cp:coreProperties>'
  );
}

export function appXml(): string {
  return (
    XML_DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
    '<Application>公文起草助手</Application>' +
    '</Properties>'
  );
}
