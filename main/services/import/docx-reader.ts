// .docx (and .docm/.dotx, and WPS's own .docx): the ZIP is opened with limits checked from its
// directory, the main part found through the package relationships, styles and numbering read
// first, then the body in one streaming pass.

import type { RawDocument } from '../../../shared/raw';
import { readBody } from './docx-body';
import { emptyNumbering, ListCounter, parseNumbering } from './docx-numbering';
import { emptyStyles, parseStyles } from './docx-styles';
import type { ReadLimits } from './limits';
import { readErrors } from './read-errors';
import { openZip, type ZipArchive } from './safe-zip';
import { decodeXml, parseXml, type XmlContext } from './xml-events';

const OFFICE_DOCUMENT = /\/officeDocument$/;

export async function readDocx(
  fileName: string,
  bytes: Uint8Array,
  limits: ReadLimits,
): Promise<RawDocument> {
  const started = Date.now();
  const checkTime = () => {
    if (Date.now() - started > limits.timeoutMs) {
      throw readErrors.timeout(fileName, Math.round(limits.timeoutMs / 1000));
    }
  };
  const zip = openZip(fileName, bytes, limits);
  const context = (part: string): XmlContext => ({
    file: fileName,
    part,
    maxDepth: limits.maxXmlDepth,
  });
  const mainPart = findMainPart(zip, context);
  const main = mainPart && zip.find(mainPart);
  if (!main) throw readErrors.notDocument(fileName, describeZip(zip));

  const related = relationships(zip, mainPart, context);
  const partOf = (type: string, fallback: string) =>
    zip.find(related.find((r) => r.type.endsWith(`/${type}`))?.target ?? fallback);
  const stylesEntry = partOf('styles', 'word/styles.xml');
  const numberingEntry = partOf('numbering', 'word/numbering.xml');
  const styles = stylesEntry
    ? parseStyles(decodeXml(zip.read(stylesEntry)), context(stylesEntry.name))
    : emptyStyles();
  const numbering = numberingEntry
    ? parseNumbering(decodeXml(zip.read(numberingEntry)), context(numberingEntry.name))
    : emptyNumbering();
  const counter = new ListCounter(numbering, (styleId) => styles.byId.get(styleId)?.numId);
  checkTime();
  const body = readBody(decodeXml(zip.read(main)), context(main.name), {
    styles,
    counter,
    maxTableRows: limits.maxTableRows,
    checkTime,
  });
  return { format: 'docx', paragraphs: body.paragraphs, notices: body.notices };
}

interface Relationship {
  type: string;
  /** the target part name, resolved against the source part's folder */
  target: string;
}

function readRelationships(
  zip: ZipArchive,
  relsName: string,
  base: string,
  context: (part: string) => XmlContext,
) {
  const entry = zip.find(relsName);
  const out: Relationship[] = [];
  if (!entry) return out;
  parseXml(
    decodeXml(zip.read(entry)),
    {
      open(name, a) {
        if (name !== 'rel:Relationship' || a.TargetMode === 'External') return;
        if (a.Type && a.Target) out.push({ type: a.Type, target: resolvePart(base, a.Target) });
      },
      close() {},
      text() {},
    },
    context(relsName),
  );
  return out;
}

function findMainPart(zip: ZipArchive, context: (part: string) => XmlContext): string {
  const root = readRelationships(zip, '_rels/.rels', '', context);
  const main = root.find((r) => OFFICE_DOCUMENT.test(r.type));
  return main && zip.find(main.target) ? main.target : 'word/document.xml';
}

function relationships(
  zip: ZipArchive,
  part: string,
  context: (part: string) => XmlContext,
): Relationship[] {
  const slash = part.lastIndexOf('/');
  const folder = slash >= 0 ? part.slice(0, slash + 1) : '';
  const name = part.slice(slash + 1);
  return readRelationships(zip, `${folder}_rels/${name}.rels`, folder, context);
}

function resolvePart(base: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** What a ZIP without a Word body is, for the message. */
function describeZip(zip: ZipArchive): string {
  if (zip.find('xl/workbook.xml')) return 'Excel 表格（.xlsx）';
  if (zip.find('ppt/presentation.xml')) return 'PowerPoint 演示文稿（.pptx）';
  if (zip.find('content.xml') && zip.find('mimetype'))
    return 'OpenDocument 文档（.odt 等，请另存为 .docx）';
  if (zip.find('Documents/1/FixedDocument.fdoc') || zip.find('FixedDocumentSequence.fdseq'))
    return 'XPS 文档';
  if (zip.find('OFD.xml')) return 'OFD 版式文档';
  return '普通 ZIP 压缩包';
}
