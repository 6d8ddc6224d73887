// styles.xml: Word's built-in style names (`Title`, `heading 1` … `heading 4`, `footer`) so the
// navigation pane of Word and WPS shows the outline; explicit font names only, since theme font
// attributes (`w:asciiTheme`) would beat them. The first-line indent lives in the Normal style and is
// zeroed in every style where it does not belong (title, footer, table text), not in docDefaults,
// from where it leaks into table cells and the footer.

import type { ExportOptions } from '../../../shared/api';
import {
  BODY_CONDENSE_TWIPS,
  BODY_HALF_POINTS,
  LINE_TWIPS,
  PAGE_NUMBER_HALF_POINTS,
  TITLE_HALF_POINTS,
} from '../../../shared/layout/page';
import { indent, runProps, W_NS, XML_DECL } from './ooxml';

export const STYLE_IDS = {
  normal: 'Normal',
  title: 'Title',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'],
  footer: 'Footer',
  tableText: 'TableText',
  table: 'TableGrid',
} as const;

const EXACT = `<w:spacing w:before="0" w:after="0" w:line="${LINE_TWIPS}" w:lineRule="exact"/>`;
const SINGLE = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>';
const NO_INDENT = indent({ left: 0, right: 0, firstLine: 0 });
// Word and WPS otherwise add space between Chinese and digits or Latin letters, which breaks the
// 28-character grid and the signature arithmetic. LibreOffice 7.4 ignores these two elements and
// adds 0.2 em at each boundary (measured: `2024年6月8日` prints one character wider than its text).
const NO_AUTOSPACE = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';

function paragraphStyle(
  id: string,
  name: string,
  pPr: string,
  rPr: string,
  extra: { basedOn?: string; next?: string; isDefault?: boolean; priority?: number } = {},
): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"${extra.isDefault ? ' w:default="1"' : ''}>` +
    `<w:name w:val="${name}"/>` +
    (extra.basedOn ? `<w:basedOn w:val="${extra.basedOn}"/>` : '') +
    (extra.next ? `<w:next w:val="${extra.next}"/>` : '') +
    (extra.priority !== undefined ? `<w:uiPriority w:val="${extra.priority}"/>` : '') +
    '<w:qFormat/>' +
    `<w:pPr>${pPr}</w:pPr>${rPr}</w:style>`
  );
}

export function stylesXml(options: ExportOptions): string {
  const { fonts } = options;
  const body = {
    eastAsia: fonts.body,
    latin: fonts.latin,
    size: BODY_HALF_POINTS,
    spacing: BODY_CONDENSE_TWIPS,
  };
  const headingFonts = [fonts.heading1, fonts.heading2, fonts.body, fonts.body];

  const headings = headingFonts.map((font, i) =>
    paragraphStyle(
      STYLE_IDS.heading[i],
      `heading ${i + 1}`,
      // keepNext is left off on purpose: it would end pages short of 22 lines
      `<w:widowControl w:val="0"/>${EXACT}<w:jc w:val="both"/><w:outlineLvl w:val="${i}"/>`,
      runProps({ ...body, eastAsia: font, bold: i === 2 && options.boldLevel3 }),
      { basedOn: STYLE_IDS.normal, next: STYLE_IDS.normal, priority: 9 },
    ),
  );

  return (
    XML_DECL +
    `<w:styles xmlns:w="${W_NS}">` +
    '<w:docDefaults>' +
    `<w:rPrDefault>${runProps({ ...body, spacing: undefined }).replace('</w:rPr>', '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>')}</w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/>${NO_AUTOSPACE}${SINGLE}</w:pPr></w:pPrDefault>` +
    '</w:docDefaults>' +
    paragraphStyle(
      STYLE_IDS.normal,
      'Normal',
      `<w:widowControl w:val="0"/>${NO_AUTOSPACE}${EXACT}${indent({ firstLine: 2 })}<w:jc w:val="both"/>`,
      runProps(body),
      { isDefault: true, priority: 0 },
    ) +
    paragraphStyle(
      STYLE_IDS.title,
      'Title',
      `<w:widowControl w:val="0"/>${EXACT}${NO_INDENT}<w:jc w:val="center"/>`,
      runProps({ eastAsia: fonts.title, latin: fonts.latin, size: TITLE_HALF_POINTS }),
      { basedOn: STYLE_IDS.normal, next: STYLE_IDS.normal, priority: 10 },
    ) +
    headings.join('') +
    paragraphStyle(
      STYLE_IDS.footer,
      'footer',
      `${SINGLE}${NO_INDENT}`,
      runProps({
        eastAsia: fonts.pageNumber,
        latin: fonts.pageNumber,
        size: PAGE_NUMBER_HALF_POINTS,
      }),
      { basedOn: STYLE_IDS.normal, priority: 99 },
    ) +
    paragraphStyle(
      STYLE_IDS.tableText,
      'Table Text',
      `${SINGLE}${NO_INDENT}<w:jc w:val="center"/>`,
      runProps({ ...body, spacing: undefined }),
      { basedOn: STYLE_IDS.normal, priority: 99 },
    ) +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="table" w:styleId="${STYLE_IDS.table}"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:tblPr><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
      .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
      .join('') +
    '</w:tblBorders></w:tblPr></w:style>' +
    '</w:styles>'
  );
}
