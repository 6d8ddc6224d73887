// `npx gongwen outline <文件>`: the structure of a report as a person checks it — title, the
// headings indented by level with the number their position gives, and the signature.

import path from 'node:path';
import type { ImportResult } from '../../shared/api';
import type { Draft } from '../../shared/model';
import { numberBlocks } from '../../shared/numbering';
import type { ImportOptions } from '../services/import/index';
import { parseImportArgs } from './import';
import type { Command } from './command';

export interface OutlineCommandDeps {
  importFile: (file: string, options?: ImportOptions) => Promise<ImportResult>;
}

const INDENT = '  ';

/** what the file had where it differs from the number the position gives */
function writtenNote(marker: string | undefined, number: string): string {
  if (marker === undefined) return '  〔原文无编号〕';
  return marker === number ? '' : `  〔原文 ${marker}〕`;
}

export function outlineOf(draft: Draft): string[] {
  const lines: string[] = [];
  const { meta } = draft;
  if (meta.issuer) lines.push(`（发文单位）${meta.issuer}`);
  lines.push(`标题：${meta.title || '（未识别出标题）'}`);
  if (meta.recipient) lines.push(`主送：${meta.recipient}`);
  const numbers = numberBlocks(draft.blocks);
  draft.blocks.forEach((block, i) => {
    const number = numbers[i];
    if (number === null) return;
    if (block.type === 'heading') {
      const written = writtenNote(block.marker, number);
      lines.push(`${INDENT.repeat(block.level)}${number}${block.text}${written}`);
    } else if (block.type === 'paragraph' && block.lead) {
      const { lead } = block;
      const written = writtenNote(lead.marker, number);
      lines.push(
        `${INDENT.repeat(lead.level)}${number}${lead.text}${lead.punct ?? '。'}……〔段首标题〕${written}`,
      );
    }
  });
  const attachments = draft.blocks.filter(
    (b) => b.type === 'paragraph' && b.role === 'attachment',
  ).length;
  if (attachments) lines.push(`附件说明：${attachments} 行`);
  const { signature } = draft;
  lines.push(
    `落款：${signature ? [signature.unit || '（无署名）', signature.date || '（无日期）'].join('  ') : '无'}`,
  );
  return lines;
}

export function createOutlineCommand(deps: OutlineCommandDeps): Command {
  return {
    name: 'outline',
    usage: 'outline <文件> [--roll [年份]] [--date 日期]',
    summary: '显示文档结构：标题、按层次缩进并按位置编号的各级标题、落款',
    async run(args, io) {
      const { file, roll } = parseImportArgs(args);
      const full = path.resolve(io.cwd, file);
      const result = await deps.importFile(full, { roll });
      const many = result.drafts.length > 1;
      const out: string[] = [];
      if (many) out.push(`${path.basename(full)}：汇编，共 ${result.drafts.length} 篇`);
      result.drafts.forEach((draft, i) => {
        if (many) out.push('', `【第 ${i + 1} 篇】`);
        out.push(...outlineOf(draft));
      });
      for (const notice of result.notices)
        if (!many || !notice.includes('汇编')) out.push(`提示：${notice}`);
      io.stdout(out.join('\n'));
      return 0;
    },
  };
}
