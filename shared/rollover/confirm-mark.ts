// 仍然有效: the user says the carried-over text is right for this year too. The mark goes, the
// text stays as it is.

import { DrafterError } from '../errors';
import type { Draft } from '../model';
import { readTarget, writeTarget, type MarkWhere } from './mark-target';

export function confirmMark(
  draft: Draft,
  blockIndex: number,
  where: MarkWhere,
  markIndex: number,
): Draft {
  const target = readTarget(draft, blockIndex, where);
  if (!target.marks[markIndex]) {
    throw new DrafterError(
      'invalid-request',
      `${draft.meta.title}：没有这处标记（第 ${markIndex + 1} 处）`,
    );
  }
  const marks = target.marks.filter((_, i) => i !== markIndex);
  return writeTarget(draft, blockIndex, where, { text: target.text, marks });
}
