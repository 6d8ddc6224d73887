// A compilation (汇编) holds several reports; commands that write one file take `--index N`.

import { DrafterError } from '../../shared/errors';
import type { Draft } from '../../shared/model';
import { UsageError } from './command';

/**
 * The one draft to work on: the only one, or the `--index`-th (1-based) of a compilation. Without
 * an index a compilation is refused with the list of its reports, so nothing is written by guess.
 * `verb` says what the command does with it (导出, 保存).
 */
export function pickDraft(
  drafts: Draft[],
  index: string | undefined,
  label: string,
  verb: string,
): Draft {
  if (!drafts.length) throw new DrafterError('empty', `“${label}”中没有可${verb}的正文。`);
  if (index === undefined) {
    if (drafts.length === 1) return drafts[0];
    const list = drafts.map((d, i) => `  ${i + 1}. ${d.meta.title || '（无标题）'}`).join('\n');
    throw new UsageError(
      `“${label}”是汇编，含 ${drafts.length} 篇文稿，请用 --index 序号 指定${verb}哪一篇：\n${list}\n`,
    );
  }
  const n = Number(index);
  if (!Number.isInteger(n) || n < 1 || n > drafts.length) {
    throw new UsageError(`--index 应为 1 到 ${drafts.length} 之间的序号，收到“${index}”`);
  }
  return drafts[n - 1];
}
