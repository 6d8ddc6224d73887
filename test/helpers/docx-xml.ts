// Builds small but real .docx files from XML strings (fflate zip), for tests that need exact control
// over what Word would write: numbering.xml, style ids, text boxes, fields, tracked changes.

import { strToU8, zipSync } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const NAMESPACES =
  `xmlns:w="${W_NS}" ` +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One run of text; tabs become w:tab. */
export function run(text: string, rPr = ''): string {
  const parts = text
    .split('\t')
    .map((t) => (t ? `<w:t xml:space="preserve">${escapeXml(t)}</w:t>` : ''));
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${parts.join('<w:tab/>')}</w:r>`;
}

export function paragraph(content: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

export function table(rows: string[][]): string {
  const tr = rows
    .map((row) => `<w:tr>${row.map((c) => `<w:tc>${paragraph(run(c))}</w:tc>`).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr/><w:tblGrid/>${tr}</w:tbl>`;
}

export interface DocxParts {
  body: string;
  styles?: string;
  numbering?: string;
  /** section properties (page size and margins); an empty w:sectPr if not given */
  sectPr?: string;
  /** footer paragraphs (w:p…), referenced from the section */
  footer?: string;
  /** extra parts by name, e.g. a bomb or a broken part */
  extra?: Record<string, Uint8Array | string>;
}

export function documentXml(body: string, sectPr = '<w:sectPr/>'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NAMESPACES}><w:body>${body}${sectPr}</w:body></w:document>`;
}

export function stylesXml(styles: string, defaults = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}"><w:docDefaults>${defaults}</w:docDefaults>${styles}</w:styles>`;
}

export function numberingXml(content: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">${content}</w:numbering>`;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';

export function buildDocx(parts: DocxParts): Uint8Array {
  const related = [
    {
      id: 'rId1',
      type: 'styles',
      part: 'styles.xml',
      content: 'styles+xml',
      present: !!parts.styles,
    },
    {
      id: 'rId2',
      type: 'numbering',
      part: 'numbering.xml',
      content: 'numbering+xml',
      present: !!parts.numbering,
    },
    {
      id: 'rId3',
      type: 'footer',
      part: 'footer1.xml',
      content: 'footer+xml',
      present: !!parts.footer,
    },
  ].filter((r) => r.present);
  const rels = related
    .map((r) => `<Relationship Id="${r.id}" Type="${REL}${r.type}" Target="${r.part}"/>`)
    .join('');
  const overrides = related
    .map((r) => `<Override PartName="/word/${r.part}" ContentType="${CT}${r.content}"/>`)
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/word/document.xml" ContentType="${CT}document.main+xml"/>` +
        overrides +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    'word/document.xml': strToU8(
      documentXml(
        parts.body,
        parts.footer && !parts.sectPr
          ? '<w:sectPr><w:footerReference w:type="default" r:id="rId3"/></w:sectPr>'
          : parts.sectPr,
      ),
    ),
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(parts.styles);
  if (parts.numbering) files['word/numbering.xml'] = strToU8(parts.numbering);
  if (parts.footer)
    files['word/footer1.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${NAMESPACES}>${parts.footer}</w:ftr>`,
    );
  for (const [name, content] of Object.entries(parts.extra ?? {})) {
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files, { level: 6 });
}
