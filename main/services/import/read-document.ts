// The one entry point for reading a file someone picked: sniff the bytes (never the extension),
// check the limits, dispatch to the reader of the format, and turn every failure into a
// DrafterError naming the file. Structure recognition (shared/structure) takes it from here.

import { DrafterError } from '../../../shared/errors';
import type { RawDocument } from '../../../shared/raw';
import { docParagraphs, type DocParagraph } from './doc-properties';
import { readDoc } from './doc-reader';
import { readDocx } from './docx-reader';
import { resolveLimits, type ReadLimits, type ReadOptions } from './limits';
import { inspectOle } from './ole-directory';
import { readPdf } from './pdf-reader';
import { readErrors } from './read-errors';
import { readRtf } from './rtf-reader';
import { sniff } from './sniff';
import { readTxt } from './txt-reader';

export type { ReadOptions, ReadLimits } from './limits';

export async function readDocument(
  fileName: string,
  bytes: Uint8Array,
  options?: ReadOptions,
): Promise<RawDocument> {
  const limits = resolveLimits(options);
  if (bytes.length > limits.maxFileBytes) {
    throw readErrors.tooLarge(fileName, '文件', bytes.length, limits.maxFileBytes);
  }
  let document: RawDocument;
  try {
    document = await withTimeout(dispatch(fileName, bytes, limits), fileName, limits.timeoutMs);
  } catch (error) {
    if (error instanceof DrafterError) throw error;
    // a parser gave up on bytes it could not make sense of: to the user that is a damaged file
    throw readErrors.damaged(fileName, undefined, error);
  }
  return finish(fileName, document, limits);
}

async function dispatch(
  fileName: string,
  bytes: Uint8Array,
  limits: ReadLimits,
): Promise<RawDocument> {
  const kind = sniff(bytes);
  if (kind === 'empty') throw readErrors.empty(fileName);
  if (kind === 'zip') return readDocx(fileName, bytes, limits);
  if (kind === 'ole') return readOle(fileName, bytes, limits);
  if (kind === 'pdf') return readPdf(fileName, bytes, limits);
  if (kind === 'text') return readTxt(bytes);
  if (kind === 'rtf') return readRtf(bytes);
  if (kind === 'binary') {
    // an Office name over bytes of no known format: DLP/transparent-encryption software replaces
    // the ZIP header with its own and leaves the name alone
    if (looksLikeOfficeName(fileName)) throw readErrors.encryptedDlp(fileName);
    throw readErrors.notDocument(fileName);
  }
  throw readErrors.notDocument(fileName, kind.other);
}

async function readOle(
  fileName: string,
  bytes: Uint8Array,
  limits: ReadLimits,
): Promise<RawDocument> {
  const { names, problem, stream } = inspectOle(bytes);
  const has = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) throw readErrors.encryptedOffice(fileName);
  if (problem) throw readErrors.damaged(fileName, problem);
  if (has('WordDocument')) {
    const wordDocument = stream?.('WordDocument');
    // FIB fEncrypted: a password-protected Word 97 file (MS-DOC 2.5.2)
    if (wordDocument && wordDocument[0x0b] & 0x01) throw readErrors.encryptedOffice(fileName);
    return readDoc(
      fileName,
      bytes,
      /\.wps$/i.test(fileName) ? 'wps' : 'doc',
      limits,
      docHints(stream),
    );
  }
  if (has('MatOST') || has('CONTENTS')) throw readErrors.worksWps(fileName);
  if (has('Workbook') || has('Book')) throw readErrors.notDocument(fileName, 'Excel 表格（.xls）');
  if (has('PowerPoint Document'))
    throw readErrors.notDocument(fileName, 'PowerPoint 演示文稿（.ppt）');
  throw readErrors.notDocument(fileName, '不含 Word 正文的 OLE 文件');
}

/** Styles, alignment and list labels of a .doc; hints only, so any failure just gives none. */
function docHints(stream: ((name: string) => Uint8Array | null) | undefined): DocParagraph[] {
  try {
    const wordDocument = stream?.('WordDocument');
    if (!stream || !wordDocument) return [];
    return docParagraphs(wordDocument, { '0Table': stream('0Table'), '1Table': stream('1Table') });
  } catch {
    return [];
  }
}

function looksLikeOfficeName(fileName: string): boolean {
  return /\.(docx?|wps|dotx?|docm|wpt)$/i.test(fileName);
}

function finish(fileName: string, document: RawDocument, limits: ReadLimits): RawDocument {
  const hasText = document.paragraphs.some(
    (p) => p.text.trim() || p.table?.some((row) => row.some((cell) => cell.trim())),
  );
  if (!hasText) {
    if (document.format === 'pdf') throw readErrors.scannedPdf(fileName);
    if (document.notices.some((n) => n.includes('图片'))) throw readErrors.onlyImages(fileName);
    throw readErrors.noText(fileName);
  }
  if (document.paragraphs.length > limits.maxParagraphs) {
    document.notices.push(
      `文档段落过多（${document.paragraphs.length} 段），只导入了前 ${limits.maxParagraphs} 段。`,
    );
    document.paragraphs.length = limits.maxParagraphs;
  }
  return document;
}

function withTimeout<T>(work: Promise<T>, fileName: string, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(readErrors.timeout(fileName, Math.round(ms / 1000))), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
