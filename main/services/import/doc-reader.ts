// Word 97–2003 .doc and Kingsoft WPS 文字 .wps (the same OLE binary format) through word-extractor,
// which gives the text without styles. scripts/patch-word-extractor.js fixes its sprm parsing,
// without which runs with condensed or expanded character spacing vanish silently.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { RawDocument, RawParagraph } from '../../../shared/raw';
import type { DocParagraph } from './doc-properties';
import type { ReadLimits } from './limits';
import { readErrors } from './read-errors';
import { tableParagraph } from './table-paragraph';
import { lineToParagraph } from './line-paragraph';

const require = createRequire(import.meta.url);
const wordExtractorPath = require.resolve('word-extractor');

// word-extractor runs in a worker thread: its promise chains never yield to timers, so only a
// worker can be stopped when a damaged file keeps it busy, and the worker's heap limit keeps a
// runaway allocation from taking the app down with it.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const WordExtractor = require(workerData.modulePath);
new WordExtractor()
  .extract(Buffer.from(workerData.bytes))
  .then((document) => parentPort.postMessage({
    body: document.getBody({ filterUnicode: false }),
    boxes: document.getTextboxes({ filterUnicode: false, includeHeadersAndFooters: false, includeBody: true }),
  }))
  .catch((error) => parentPort.postMessage({ error: String(error && error.message || error) }));
`;

interface Extracted {
  body?: string;
  boxes?: string;
  error?: string;
}

function extract(fileName: string, bytes: Uint8Array, limits: ReadLimits): Promise<Extracted> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { modulePath: wordExtractorPath, bytes },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(readErrors.timeout(fileName, Math.round(limits.timeoutMs / 1000)));
    }, limits.timeoutMs);
    const done = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (message: Extracted) => {
      done();
      resolve(message);
    });
    worker.once('error', (error) => {
      done();
      reject(readErrors.damaged(fileName, undefined, error));
    });
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve({ error: 'word-extractor 意外退出' });
    });
  });
}

export async function readDoc(
  fileName: string,
  bytes: Uint8Array,
  format: 'doc' | 'wps',
  limits: ReadLimits,
  hints: DocParagraph[] = [],
): Promise<RawDocument> {
  const { body, boxes, error } = await extract(fileName, bytes, limits);
  if (error !== undefined || body === undefined)
    throw readErrors.damaged(fileName, undefined, error);
  const paragraphs = docTextToParagraphs(body);
  applyHints(paragraphs, hints);
  const notices: string[] = [];
  if (boxes?.trim()) {
    for (const paragraph of docTextToParagraphs(boxes)) paragraphs.push(paragraph);
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

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * Puts the properties read from the paragraph FKPs onto word-extractor's paragraphs, matching
 * them in order by text; a paragraph whose text does not match keeps no hints.
 */
function applyHints(paragraphs: RawParagraph[], hints: DocParagraph[]): void {
  let next = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.table) continue;
    const text = squeeze(paragraph.text);
    for (let k = next; k < hints.length && k < next + 64; k++) {
      if (squeeze(hints[k].text) !== text) continue;
      const { style, outlineLevel, alignment, numbering, numberingLevel } = hints[k];
      if (style) paragraph.style = style;
      if (outlineLevel !== undefined) paragraph.outlineLevel = outlineLevel;
      if (alignment) paragraph.alignment = alignment;
      if (numbering !== undefined) {
        paragraph.numbering = numbering;
        paragraph.numberingLevel = numberingLevel;
      }
      next = k + 1;
      break;
    }
  }
}
