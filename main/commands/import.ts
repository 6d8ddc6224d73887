// `npx gongwen import <文件> [--json] [--roll [年份]] [--date 日期] [-o 文稿.gwd]`: reads a report
// (or a compilation of reports) and prints the drafts as JSON, a short summary for a person, or
// saves one as a .gwd draft.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ImportResult, RollOptions } from '../../shared/api';
import { DrafterError } from '../../shared/errors';
import type { Draft } from '../../shared/model';
import { countOpenMarks } from '../../shared/rollover/index';
import { serializeDraft } from '../services/drafts/draft-file';
import { atomicWrite } from '../services/files/atomic-write';
import type { ImportOptions } from '../services/import/index';
import { parseArgs, UsageError, type Command } from './command';
import { pickDraft } from './pick-draft';

export interface ImportCommandDeps {
  importFile: (file: string, options?: ImportOptions) => Promise<ImportResult>;
}

const DOC_TYPE_NAMES: Record<Draft['meta']['docType'], string> = {
  summary: '工作总结',
  plan: '工作计划',
  debrief: '述职报告',
  report: '报告',
  notice: '通知',
  other: '其他',
};

/**
 * `--roll` takes an optional year; when what follows it is not a year it is the file
 * (`import --roll 去年.docx`), so it goes back to the positionals.
 */
export function rollOptionsFrom(
  options: Map<string, string>,
  positionals: string[],
): RollOptions | undefined {
  const date = options.get('date');
  if (!options.has('roll')) {
    if (date !== undefined) throw new UsageError('--date 只能与 --roll 一起使用');
    return undefined;
  }
  const value = options.get('roll') ?? '';
  const roll: RollOptions = {};
  if (/^\d{4}$/.test(value)) roll.year = Number(value);
  else if (value) positionals.unshift(value);
  if (date !== undefined) {
    if (!date.trim()) throw new UsageError('--date 需要一个日期，例如 2024年6月28日');
    roll.date = date.trim();
  }
  return roll;
}

export function parseImportArgs(
  args: string[],
  extra: { flags?: string[]; options?: string[] } = {},
): {
  file: string;
  flags: Set<string>;
  options: Map<string, string>;
  roll?: RollOptions;
} {
  const { positionals, flags, options } = parseArgs(args, {
    flags: extra.flags ?? [],
    options: ['date', ...(extra.options ?? [])],
    optionalValue: ['roll'],
  });
  const roll = rollOptionsFrom(options, positionals);
  if (positionals.length !== 1) throw new UsageError('请给出一个要导入的文件');
  return { file: positionals[0], flags, options, roll };
}

async function saveDraft(draft: Draft, output: string, cwd: string): Promise<string> {
  const target = path.resolve(cwd, output);
  // never replaces a file, least of all the one being imported
  if (existsSync(target)) {
    throw new DrafterError('write-failed', `“${output}”已存在，为免覆盖，请换一个文件名。`, target);
  }
  await atomicWrite(target, serializeDraft(draft), { label: path.basename(target) });
  return target;
}

function countBlocks(draft: Draft): string {
  const headings = [0, 0, 0, 0];
  let paragraphs = 0;
  let leads = 0;
  let tables = 0;
  for (const block of draft.blocks) {
    if (block.type === 'heading') headings[block.level - 1]++;
    else if (block.type === 'table') tables++;
    else {
      paragraphs++;
      if (block.lead) leads++;
    }
  }
  const levels = headings
    .map((n, i) => (n ? `${i + 1}级 ${n}` : ''))
    .filter(Boolean)
    .join('、');
  return [
    `标题 ${levels || '无'}`,
    `段落 ${paragraphs}（其中段首标题 ${leads}）`,
    tables ? `表格 ${tables}` : '',
  ]
    .filter(Boolean)
    .join('；');
}

export function summarize(result: ImportResult, label: string): string {
  const lines: string[] = [];
  const many = result.drafts.length > 1;
  lines.push(many ? `${label}：汇编，共 ${result.drafts.length} 篇` : `${label}：`);
  result.drafts.forEach((draft, i) => {
    const { meta, signature } = draft;
    const head = many ? `${i + 1}. ` : '';
    const pad = many ? '   ' : '  ';
    lines.push(`${many ? '' : '  '}${head}${meta.title || '（未识别出标题）'}`);
    const facts = [
      DOC_TYPE_NAMES[meta.docType],
      meta.unit && `单位 ${meta.unit}`,
      meta.year !== null && `${meta.year}年`,
      meta.period,
    ].filter(Boolean);
    lines.push(`${pad}${facts.join('，')}`);
    lines.push(`${pad}${countBlocks(draft)}`);
    lines.push(
      `${pad}落款：${signature ? [signature.unit, signature.date].filter(Boolean).join(' ') : '无'}`,
    );
    const open = countOpenMarks(draft);
    if (open) lines.push(`${pad}还有 ${open} 处去年的数据待更新`);
  });
  for (const notice of result.notices) lines.push(`提示：${notice}`);
  return lines.join('\n');
}

export function createImportCommand(deps: ImportCommandDeps): Command {
  return {
    name: 'import',
    usage: 'import <文件> [--json] [--roll [年份]] [--date 日期] [-o 文稿.gwd] [--index 序号]',
    summary:
      '导入 Word/WPS/PDF/文本文档，识别标题、层次和落款（--roll 滚动为新一年的初稿，-o 保存为文稿）',
    async run(args, io) {
      const { file, flags, options, roll } = parseImportArgs(args, {
        flags: ['json'],
        options: ['output', 'index'],
      });
      const full = path.resolve(io.cwd, file);
      const output = options.get('output');
      if (options.has('index') && output === undefined) {
        throw new UsageError('--index 只能与 -o 一起使用');
      }
      const result = await deps.importFile(full, { roll });
      if (output !== undefined) {
        const draft = pickDraft(result.drafts, options.get('index'), path.basename(full), '保存');
        await saveDraft(draft, output, io.cwd);
        io.stdout(`已导入《${draft.meta.title || '无标题'}》：${output}`);
        for (const notice of result.notices) io.stderr(`提示：${notice}`);
        return 0;
      }
      if (flags.has('json')) {
        const value = result.drafts.length === 1 ? result.drafts[0] : result.drafts;
        io.stdout(JSON.stringify(value, null, 2));
        for (const notice of result.notices) io.stderr(`提示：${notice}`);
      } else {
        io.stdout(summarize(result, path.basename(full)));
      }
      return 0;
    },
  };
}
