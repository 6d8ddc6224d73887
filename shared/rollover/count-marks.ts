// 还有 N 处去年的数据待更新: every open mark in the draft, title included.

import type { Draft } from '../model';

export function countOpenMarks(draft: Draft): number {
  let n = draft.meta.titleMarks?.length ?? 0;
  for (const block of draft.blocks) {
    if (block.type === 'table') continue;
    n += block.marks?.length ?? 0;
    if (block.type === 'paragraph') n += block.lead?.marks?.length ?? 0;
  }
  return n;
}
