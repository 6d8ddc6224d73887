// WordprocessingML primitives. The exporter writes the XML itself (zipped with fflate) because the
// `docx` package cannot express what GB/T 9704 layout needs: `w:firstLineChars`/`w:rightChars`
// indents measured in characters, and styles free of theme fonts.

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 forbids; a pasted control character must not make Word refuse the file.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export interface RunFormat {
  /** East Asian font (the Chinese font of the element) */
  eastAsia: string;
  /** Latin font for ascii/hAnsi; the page number uses its Chinese font here too */
  latin: string;
  /** half-points */
  size: number;
  bold?: boolean;
  /** twips; negative condenses */
  spacing?: number;
}

/**
 * Run properties naming every font slot. `w:hint="eastAsia"` makes Word print “”, —— and …… (which
 * Unicode leaves ambiguous and Word otherwise puts under hAnsi) in the Chinese font.
 */
export function runProps(f: RunFormat): string {
  const latin = escapeXml(f.latin);
  const eastAsia = escapeXml(f.eastAsia);
  return (
    '<w:rPr>' +
    `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${eastAsia}" w:cs="${latin}" w:hint="eastAsia"/>` +
    (f.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>') +
    (f.spacing ? `<w:spacing w:val="${f.spacing}"/>` : '') +
    `<w:sz w:val="${f.size}"/><w:szCs w:val="${f.size}"/>` +
    '</w:rPr>'
  );
}

/** A run of text; line feeds become line breaks. */
export function run(text: string, f: RunFormat): string {
  const rPr = runProps(f);
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i) => `<w:r>${rPr}${i ? '<w:br/>' : ''}${textElement(line)}</w:r>`)
    .join('');
}

export function textElement(text: string): string {
  if (!text) return '';
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<w:t${space}>${escapeXml(text)}</w:t>`;
}

export interface Indent {
  /** characters; written as both `…Chars` (Word, WPS) and twips (LibreOffice 7.4 reads only twips) */
  left?: number;
  right?: number;
  firstLine?: number;
  hanging?: number;
}

const CHAR = 320; // one 16 pt character in twips

function hundredths(chars: number): number {
  return Math.round(chars * 100);
}

function twips(chars: number): number {
  return Math.round(chars * CHAR);
}

/** `w:ind` in characters with its twips equivalent; zeroes are written, to stop inheritance. */
export function indent(ind: Indent): string {
  const attrs: string[] = [];
  if (ind.left !== undefined) {
    attrs.push(`w:left="${twips(ind.left)}" w:leftChars="${hundredths(ind.left)}"`);
  }
  if (ind.right !== undefined) {
    attrs.push(`w:right="${twips(ind.right)}" w:rightChars="${hundredths(ind.right)}"`);
  }
  if (ind.hanging !== undefined) {
    attrs.push(`w:hanging="${twips(ind.hanging)}" w:hangingChars="${hundredths(ind.hanging)}"`);
  } else if (ind.firstLine !== undefined) {
    attrs.push(
      `w:firstLine="${twips(ind.firstLine)}" w:firstLineChars="${hundredths(ind.firstLine)}"`,
    );
  }
  return attrs.length ? `<w:ind ${attrs.join(' ')}/>` : '';
}

export type Justification = 'left' | 'center' | 'right' | 'both';

export interface ParagraphFormat {
  style?: string;
  indent?: Indent;
  jc?: Justification;
}

/** A paragraph; properties in the order CT_PPr requires (Word rejects other orders). */
export function paragraph(content: string, p: ParagraphFormat = {}): string {
  const pPr =
    (p.style ? `<w:pStyle w:val="${p.style}"/>` : '') +
    (p.indent ? indent(p.indent) : '') +
    (p.jc ? `<w:jc w:val="${p.jc}"/>` : '');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}
