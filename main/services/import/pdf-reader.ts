// PDFs with a text layer through pdfjs-dist (legacy build for Node), fully offline: CJK CMaps and
// standard fonts come from the installed package, never from the network. pdfjs runs in a worker
// thread that stays up between files: a damaged PDF that keeps it busy can be stopped at the time
// bound (terminating the worker; the next file starts a new one), and its heap limit keeps a
// runaway allocation away from the app. A scan has no text items; readDocument reports it.

import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../../../shared/raw';
import type { ReadLimits } from './limits';
import { layoutParagraphs, type TextItem } from './pdf-layout';
import { readErrors } from './read-errors';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const loading = import(workerData.moduleUrl);
async function extract({ bytes, maxPages }) {
  const pdfjs = await loading;
  const task = pdfjs.getDocument({ ...workerData.options, data: bytes });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      return { error: String((error && error.message) || error), password: !!error && error.name === 'PasswordException' };
    }
    const pages = [];
    for (let n = 1; n <= Math.min(document.numPages, maxPages); n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        const t = item.transform;
        if (!item.str || !t || t.length < 6) continue;
        items.push({ text: item.str, x: t[4], y: t[5], width: item.width || 0, size: Math.hypot(t[2], t[3]) || Math.hypot(t[0], t[1]) });
      }
      pages.push(items);
      page.cleanup();
    }
    return { numPages: document.numPages, pages };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
parentPort.on('message', ({ id, job }) => {
  extract(job).then(
    (result) => parentPort.postMessage({ id, result }),
    (error) => parentPort.postMessage({ id, result: { error: String((error && error.message) || error) } }),
  );
});
`;

interface Extracted {
  numPages?: number;
  pages?: TextItem[][];
  error?: string;
  password?: boolean;
}

interface Pending {
  resolve: (result: Extracted) => void;
  reject: (error: unknown) => void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function stopWorker(reason: (id: number) => unknown): void {
  const current = worker;
  worker = null;
  void current?.terminate();
  for (const [id, job] of pending) job.reject(reason(id));
  pending.clear();
}

function startWorker(): Worker {
  const created = new Worker(WORKER, {
    eval: true,
    workerData: {
      moduleUrl: pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.mjs')).href,
      options: {
        cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
        cMapPacked: true,
        standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
        wasmUrl: path.join(pdfjsRoot, 'wasm') + path.sep,
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        stopAtErrors: false,
        verbosity: 0,
      },
    },
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  created.on('message', ({ id, result }: { id: number; result: Extracted }) => {
    pending.get(id)?.resolve(result);
    pending.delete(id);
  });
  const fail = (error: unknown) => {
    if (worker === created) stopWorker(() => error ?? new Error('pdf worker exited'));
  };
  created.on('error', fail);
  created.on('exit', () => fail(undefined));
  // after the listeners, which would ref it again: an idle worker must not keep the CLI alive
  // (a file being read keeps it alive through its timeout timer)
  created.unref();
  return created;
}

function extract(fileName: string, bytes: Uint8Array, limits: ReadLimits): Promise<Extracted> {
  worker ??= startWorker();
  const id = nextId++;
  const running = worker;
  return new Promise<Extracted>((resolve, reject) => {
    const timer = setTimeout(() => {
      // the worker may be stuck inside pdfjs: stop it; files it was also reading fail with it
      if (worker === running) {
        stopWorker(() => readErrors.timeout(fileName, Math.round(limits.timeoutMs / 1000)));
      }
    }, limits.timeoutMs);
    pending.set(id, {
      resolve: (result) => {
        clearTimeout(timer);
        resolve(result);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    // a copy: pdfjs detaches the buffer it is given, and the caller keeps theirs
    running.postMessage({
      id,
      job: { bytes: new Uint8Array(bytes), maxPages: limits.maxPdfPages },
    });
  });
}

export async function readPdf(
  fileName: string,
  bytes: Uint8Array,
  limits: ReadLimits,
): Promise<RawDocument> {
  let result: Extracted;
  try {
    result = await extract(fileName, bytes, limits);
  } catch (error) {
    if (error instanceof Error && error.name === 'DrafterError') throw error;
    throw readErrors.damaged(fileName, 'PDF 解析程序异常退出', error);
  }
  if (result.password) throw readErrors.encryptedPdf(fileName);
  if (result.error !== undefined || !result.pages || result.numPages === undefined) {
    throw readErrors.damaged(fileName, 'PDF 结构无效', result.error);
  }
  const notices: string[] = [];
  const pages = result.pages;
  if (result.numPages > pages.length) {
    notices.push(`PDF 共 ${result.numPages} 页，只导入了前 ${pages.length} 页。`);
  }
  const emptyPages = pages.filter((items) => !items.some((i) => i.text.trim())).length;
  if (emptyPages && emptyPages < pages.length) {
    notices.push(`PDF 中有 ${emptyPages} 页没有文字层（可能是扫描页），这些页的内容未导入。`);
  }
  return { format: 'pdf', paragraphs: layoutParagraphs(pages), notices };
}
