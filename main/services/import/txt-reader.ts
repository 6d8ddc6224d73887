// Plain text: one line is one paragraph (that is how reports are typed in Notepad and how WPS saves
// .txt). Text that is really a web page or an MHT saved under a .doc name goes to the HTML reader.

import type { RawDocument, RawParagraph } from '../../../shared/raw';
import { decodeText } from './decode-text';
import { htmlOfMht, looksLikeHtml, looksLikeMht, readHtml } from './html-reader';
import { lineToParagraph } from './line-paragraph';

export function readTxt(bytes: Uint8Array): RawDocument {
  const { text } = decodeText(bytes);
  if (looksLikeMht(text)) {
    const html = htmlOfMht(bytes);
    if (html !== null) return readHtml(html);
  }
  if (looksLikeHtml(text)) return readHtml(text);
  return { format: 'txt', paragraphs: textToParagraphs(text), notices: [] };
}

export function textToParagraphs(text: string): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  for (const rawLine of text.split(/\r\n|\r|\n|\f|\u2028|\u2029/)) {
    const paragraph = lineToParagraph(rawLine);
    if (paragraph) paragraphs.push(paragraph);
  }
  return paragraphs;
}
