// PDFs with a text layer through pdfjs-dist (legacy build for Node), fully offline: CJK CMaps and
// standard fonts come from the installed package, never from the network. A scan has no text
// items at all; readDocument reports it as such.

import { createRequire } from 'node:module';
import path from 'node:path';
import type { RawDocument } from '../../../shared/raw';
import type { ReadLimits } from './limits';
import { layoutParagraphs, type TextItem } from './pdf-layout';
import { readErrors } from './read-errors';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
}

export async function readPdf(
  fileName: string,
  bytes: Uint8Array,
  limits: ReadLimits,
): Promise<RawDocument> {
  const started = Date.now();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (and may detach) the buffer it is given
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
    wasmUrl: path.join(pdfjsRoot, 'wasm') + path.sep,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      if ((error as { name?: string })?.name === 'PasswordException') {
        throw readErrors.encryptedPdf(fileName);
      }
      throw readErrors.damaged(fileName, 'PDF 结构无效', error);
    }
    const notices: string[] = [];
    const pageCount = Math.min(document.numPages, limits.maxPdfPages);
    if (document.numPages > pageCount) {
      notices.push(`PDF 共 ${document.numPages} 页，只导入了前 ${pageCount} 页。`);
    }
    const pages: TextItem[][] = [];
    let emptyPages = 0;
    for (let n = 1; n <= pageCount; n++) {
      if (Date.now() - started > limits.timeoutMs) {
        throw readErrors.timeout(fileName, Math.round(limits.timeoutMs / 1000));
      }
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items as PdfTextItem[]) {
        const t = raw.transform;
        if (!raw.str || !t || t.length < 6) continue;
        const size = Math.hypot(t[2], t[3]) || Math.hypot(t[0], t[1]);
        items.push({ text: raw.str, x: t[4], y: t[5], width: raw.width ?? 0, size });
      }
      if (!items.some((i) => i.text.trim())) emptyPages++;
      pages.push(items);
      page.cleanup();
    }
    if (emptyPages && emptyPages < pageCount) {
      notices.push(`PDF 中有 ${emptyPages} 页没有文字层（可能是扫描页），这些页的内容未导入。`);
    }
    return { format: 'pdf', paragraphs: layoutParagraphs(pages), notices };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
