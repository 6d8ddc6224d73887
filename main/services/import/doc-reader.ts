// Word 97–2003 .doc and Kingsoft WPS 文字 .wps (the same OLE binary format) through word-extractor,
// which gives the text without styles. scripts/patch-word-extractor.js fixes its sprm parsing,
// without which runs with condensed or expanded character spacing vanish silently.

import { createRequire } from 'node:module';
import type { RawDocument, RawParagraph } from '../../../shared/raw';
import { tableParagraph } from './table-paragraph';
import { lineToParagraph } from './txt-reader';

interface WordDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
  getTextboxes(options?: {
    filterUnicode?: boolean;
    includeHeadersAndFooters?: boolean;
    includeBody?: boolean;
  }): string;
}
interface WordExtractorClass {
  new (): { extract(source: Buffer): Promise<WordDocument> };
}

const require = createRequire(import.meta.url);
const WordExtractor = require('word-extractor') as WordExtractorClass;

export async function readDoc(bytes: Uint8Array, format: 'doc' | 'wps'): Promise<RawDocument> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const document = await new WordExtractor().extract(buffer);
  const paragraphs = docTextToParagraphs(document.getBody({ filterUnicode: false }));
  const boxes = document
    .getTextboxes({ filterUnicode: false, includeHeadersAndFooters: false, includeBody: true })
    .trim();
  const notices: string[] = [];
  if (boxes) {
    paragraphs.push(...docTextToParagraphs(boxes));
    notices.push('文本框中的文字已放在正文末尾，请核对位置。');
  }
  return { format, paragraphs, notices };
}

/**
 * word-extractor ends each table cell with a tab and each row with a tab before the line end, so a
 * run of lines ending in a tab is a table; everything else is one paragraph per line.
 */
export function docTextToParagraphs(text: string): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let table: string[][] | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.endsWith('\t') && line.includes('\t', 0) && line.split('\t').length >= 3) {
      table ??= [];
      table.push(
        line
          .slice(0, -1)
          .split('\t')
          .map((cell) => cell.trim()),
      );
      continue;
    }
    if (table) {
      paragraphs.push(tableParagraph(table));
      table = null;
    }
    const paragraph = lineToParagraph(line);
    if (paragraph) paragraphs.push(paragraph);
  }
  if (table) paragraphs.push(tableParagraph(table));
  return paragraphs;
}
