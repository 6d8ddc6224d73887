// `npx gongwen check <文件> [--json]`: the 检查 findings for a report, a compilation of reports, a
// .gwd or a draft .json, for a person (grouped by severity) or as JSON. Exit code 1 when any
// finding is an error, so scripts can stop a report with an ID number in it.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportResult } from '../../shared/api';
import { checkDraft, RULES, type Finding, type Severity } from '../../shared/checks';
import { DrafterError } from '../../shared/errors';
import type { Draft } from '../../shared/model';
import { parseDraft } from '../services/drafts/draft-file';
import { parseArgs, UsageError, type Command } from './command';

export interface CheckCommandDeps {
  importFile: (file: string) => Promise<ImportResult>;
}

const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', hint: '提示' };
const RULE_NAMES = new Map(RULES.map((r) => [r.id, r.name]));

/** .gwd files and draft JSON (one draft, or the array `import --json` prints for a compilation). */
async function readDrafts(file: string, deps: CheckCommandDeps): Promise<Draft[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.gwd' && ext !== '.json') return (await deps.importFile(file)).drafts;
  const label = path.basename(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // the import service words every way a file can fail to open
    return (await deps.importFile(file)).drafts;
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('[')) {
    let items: unknown;
    try {
      items = JSON.parse(trimmed);
    } catch {
      return [parseDraft(text, label, file)];
    }
    if (!Array.isArray(items) || items.length === 0) {
      throw new DrafterError('empty', `“${label}”中没有文稿可检查。`, file);
    }
    return items.map((item) => parseDraft(JSON.stringify(item), label, file));
  }
  return [parseDraft(text, label, file)];
}

function place(f: Finding): string {
  if (f.where === 'title') return '标题';
  if (f.where === 'signature') return '落款';
  const n = `第 ${f.block + 1} 段`;
  if (f.field === 'marker') return `${n}编号`;
  return f.where === 'lead' ? `${n}段首标题` : n;
}

export function formatFindings(draft: Draft, findings: Finding[]): string[] {
  const counts = (['error', 'warning', 'hint'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0);
  const title = draft.meta.title || '（无标题）';
  if (!findings.length) return [`《${title}》：未发现问题`];
  const lines = [
    `《${title}》：${counts.map(([s, n]) => `${n} 个${SEVERITY_NAMES[s]}`).join('，')}`,
  ];
  for (const [severity] of counts) {
    lines.push(`  ${SEVERITY_NAMES[severity]}：`);
    for (const f of findings.filter((x) => x.severity === severity)) {
      const shown = f.text ? `“${f.text.length > 40 ? f.text.slice(0, 40) + '…' : f.text}”` : '';
      const fix = f.fix === undefined ? '' : f.fix ? `（可改为“${f.fix}”）` : '（可删去）';
      const name = RULE_NAMES.get(f.rule) ?? f.rule;
      lines.push(
        `    ${[place(f), shown, f.message + fix, `[${name}]`].filter(Boolean).join(' ')}`,
      );
    }
  }
  return lines;
}

function asJson(f: Finding, report?: { index: number; title: string }) {
  return {
    ...(report ? { report: report.index, title: report.title } : {}),
    rule: f.rule,
    severity: f.severity,
    block: f.block,
    start: f.start,
    end: f.end,
    message: f.message,
    fix: f.fix ?? null,
    where: f.where,
    text: f.text,
    // the fix replaces the number written before a heading, not a range of its text
    ...(f.field ? { field: f.field } : {}),
  };
}

export function createCheckCommand(deps: CheckCommandDeps): Command {
  return {
    name: 'check',
    usage: 'check <文件> [--json]',
    summary: '检查编号、标点、重复、规范表述、隐私信息、占位符等，有错误时退出码为 1',
    async run(args, io) {
      const { positionals, flags } = parseArgs(args, { flags: ['json'] });
      if (positionals.length !== 1) throw new UsageError('请给出一个要检查的文件');
      const file = path.resolve(io.cwd, positionals[0]);
      const drafts = await readDrafts(file, deps);
      const results = drafts.map((draft) => checkDraft(draft));
      const compilation = drafts.length > 1;
      if (flags.has('json')) {
        const out = results.flatMap((findings, index) =>
          findings.map((f) =>
            asJson(f, compilation ? { index, title: drafts[index].meta.title } : undefined),
          ),
        );
        io.stdout(JSON.stringify(out, null, 1));
      } else {
        const lines: string[] = [];
        if (compilation) lines.push(`“${path.basename(file)}”是汇编，共 ${drafts.length} 篇：`);
        results.forEach((findings, i) => {
          const block = formatFindings(drafts[i], findings);
          if (compilation) block[0] = `第 ${i + 1} 篇 ${block[0]}`;
          lines.push(...block, '');
        });
        io.stdout(lines.join('\n').trimEnd());
      }
      return results.some((r) => r.some((f) => f.severity === 'error')) ? 1 : 0;
    },
  };
}
