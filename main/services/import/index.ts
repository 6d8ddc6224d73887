// The import service: a file's bytes → reader → structure recognition → (optionally) rolled
// forward into this year's starting draft. The source file is only ever read.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DrafterApi, ImportResult, RollOptions } from '../../../shared/api';
import { DrafterError } from '../../../shared/errors';
import type { Draft } from '../../../shared/model';
import { rollForward } from '../../../shared/rollover';
import { recognize } from '../../../shared/structure';
import { readDocument } from './read-document';

export interface ImportOptions {
  /** roll forward into this year's starting draft (作为今年的初稿) */
  roll?: RollOptions;
}

export async function importBytes(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const raw = await readDocument(name, bytes);
  let drafts = recognize(raw);
  const notices = [...raw.notices];
  if (!drafts.some(hasContent)) {
    throw new DrafterError('empty', `“${name}”中没有可导入的正文。`, name);
  }
  if (drafts.length > 1) {
    notices.push(`“${name}”是汇编，识别出 ${drafts.length} 篇文稿。`);
  }
  const untitled = drafts.filter((d) => !d.meta.title).length;
  if (untitled > 0) {
    notices.push(`“${name}”中有 ${untitled} 篇未能识别出标题，请在文稿信息中补上。`);
  }
  // .doc, PDF and text keep no heading styles (.docx and web pages do): an unnumbered heading
  // there is inferred from how the line looks, which a person should confirm
  if (raw.format !== 'docx' && raw.format !== 'html') {
    const inferred = drafts.reduce(
      (n, d) => n + d.blocks.filter((b) => b.type === 'heading' && b.marker === undefined).length,
      0,
    );
    if (inferred > 0) {
      notices.push(`有 ${inferred} 个标题在原文中没有编号，是按版面推断的，请核对层次。`);
    }
  }
  if (options.roll) {
    const roll = options.roll;
    drafts = drafts.map((draft) => rollForward(draft, roll));
  }
  return { drafts, notices };
}

function hasContent(draft: Draft): boolean {
  return draft.meta.title !== '' || draft.blocks.length > 0;
}

/** Reads `file` from disk and imports it; errors name the file as the user typed it. */
export async function importFile(file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const label = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw readFailure(error, file, label);
  }
  return importBytes(label, bytes, options);
}

function readFailure(error: unknown, file: string, label: string): DrafterError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new DrafterError('not-found', `找不到文件“${label}”。`, file);
    case 'EISDIR':
      return new DrafterError('unsupported', `“${label}”是文件夹，不是文件。`, file);
    case 'EACCES':
    case 'EPERM':
      return new DrafterError('forbidden', `没有读取“${label}”的权限。`, file, { cause: error });
    case 'EBUSY':
      return new DrafterError('locked', `“${label}”正被其他程序占用，请关闭后再试。`, file, {
        cause: error,
      });
    default:
      return new DrafterError('damaged', `无法读取“${label}”（${code ?? String(error)}）。`, file, {
        cause: error,
      });
  }
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

export function createImportApi(): Pick<DrafterApi, 'importDocument'> {
  return {
    async importDocument(req) {
      const name = typeof req?.file?.name === 'string' ? req.file.name : '';
      const data = req?.file?.data;
      if (!name || typeof data !== 'string' || !BASE64.test(data)) {
        throw new DrafterError('invalid-request', '导入请求缺少文件名或文件内容。');
      }
      const bytes = new Uint8Array(Buffer.from(data, 'base64'));
      return importBytes(name, bytes, { roll: req.roll });
    },
  };
}
