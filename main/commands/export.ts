// `npx gongwen export <文稿或文档> -o <输出.docx>`: a draft (.gwd/.json) or any document import
// reads, written as a GB/T 9704 .docx. A compilation (汇编) holds several reports: without
// `--index N` the command lists them and exports none, since guessing would hand in the wrong one.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportResult } from '../../shared/api';
import { DrafterError } from '../../shared/errors';
import type { Draft } from '../../shared/model';
import { parseDraft } from '../services/drafts/index';
import { exportDocx, exportFileName } from '../services/export/index';
import { atomicWrite } from '../services/files/atomic-write';
import { parseArgs, UsageError, type Command } from './command';
import { pickDraft } from './pick-draft';

export interface ExportCommandDeps {
  /** reads any non-draft document into drafts (the import service) */
  importFile: (name: string, bytes: Uint8Array) => Promise<ImportResult>;
}

function looksLikeDraft(name: string, bytes: Uint8Array): boolean {
  if (/\.(gwd|json)$/i.test(name)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i]))) i++;
  return bytes[i] === 0x7b; // `{`
}

async function readInput(file: string, label: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DrafterError('not-found', `找不到文件“${label}”。`, file);
    if (code === 'EISDIR')
      throw new DrafterError('unsupported', `“${label}”是文件夹，不是文件。`, file);
    throw new DrafterError('damaged', `无法读取“${label}”（${code ?? String(error)}）。`, file, {
      cause: error,
    });
  }
}

export function createExportCommand(deps: ExportCommandDeps): Command {
  return {
    name: 'export',
    usage:
      'export <文稿.gwd|文稿.json|文档> -o <输出.docx> [--page-numbers odd-even|center] [--index 序号]',
    summary: '导出符合 GB/T 9704 版式的 Word 文档（汇编须用 --index 指定篇目）',
    async run(args, io) {
      const { positionals, options } = parseArgs(args, {
        options: ['output', 'page-numbers', 'index'],
      });
      if (positionals.length !== 1) throw new UsageError('请给出一个要导出的文件');
      const input = path.resolve(io.cwd, positionals[0]);
      const label = path.basename(input);
      const pageNumbers = options.get('page-numbers');
      if (pageNumbers !== undefined && pageNumbers !== 'odd-even' && pageNumbers !== 'center') {
        throw new UsageError(`--page-numbers 只能是 odd-even 或 center，收到“${pageNumbers}”`);
      }

      const bytes = await readInput(input, label);
      let drafts: Draft[];
      if (looksLikeDraft(label, bytes)) {
        drafts = [parseDraft(new TextDecoder().decode(bytes), label, input)];
      } else {
        const result = await deps.importFile(label, bytes);
        for (const notice of result.notices) io.stderr(`提示：${notice}`);
        drafts = result.drafts;
      }
      const draft = pickDraft(drafts, options.get('index'), label, '导出');

      let output = path.resolve(io.cwd, options.get('output') ?? exportFileName(draft));
      // `-o 文件夹` writes into the folder under the title's name
      if ((await stat(output).catch(() => null))?.isDirectory()) {
        output = path.join(output, exportFileName(draft));
      }
      if (output === input) {
        throw new UsageError('输出文件不能与输入文件相同（导入从不改动原文件）');
      }
      const docx = await exportDocx(draft, pageNumbers ? { pageNumbers } : {});
      await atomicWrite(output, docx, { label: path.basename(output) });
      io.stdout(`已导出：${output}`);
      return 0;
    },
  };
}
