// Reverting a roll-forward: one mark at a time (the year goes back, the mark goes), or all of
// them at once, which gives last year's draft back exactly.

import { DrafterError } from '../errors';
import type { Block, Draft, Mark } from '../model';
import { readTarget, writeTarget, type MarkWhere, type MarkTarget } from './mark-target';

/** Put `mark.was` back into `text` and move the marks after it by the change in length. */
function revert(target: MarkTarget, index: number, file: string): MarkTarget {
  const mark = target.marks[index];
  if (!mark)
    throw new DrafterError('invalid-request', `${file}：没有这处标记（第 ${index + 1} 处）`);
  if (mark.start < 0 || mark.end > target.text.length || mark.start > mark.end) {
    throw new DrafterError('draft-damaged', `${file}：标记的位置超出了文字范围`);
  }
  const delta = mark.was.length - (mark.end - mark.start);
  const text = target.text.slice(0, mark.start) + mark.was + target.text.slice(mark.end);
  const marks = target.marks
    .filter((_, i) => i !== index)
    .map((m) =>
      m.start >= mark.end && delta ? { ...m, start: m.start + delta, end: m.end + delta } : m,
    );
  return { text, marks };
}

/** Undo one mark: its text goes back to last year's, the mark is removed. */
export function undoMark(
  draft: Draft,
  blockIndex: number,
  where: MarkWhere,
  markIndex: number,
): Draft {
  const target = readTarget(draft, blockIndex, where);
  return writeTarget(draft, blockIndex, where, revert(target, markIndex, draft.meta.title));
}

function revertAll(text: string, marks: Mark[] | undefined, file: string): string {
  let target: MarkTarget = { text, marks: marks ?? [] };
  // from the last mark back, so earlier positions stay valid
  while (target.marks.length) {
    let last = 0;
    target.marks.forEach((m, i) => {
      if (m.start >= target.marks[last].start) last = i;
    });
    target = revert(target, last, file);
  }
  return target.text;
}

function undoBlock(block: Block, file: string): Block {
  if (block.type === 'table') return block;
  const next = { ...block, text: revertAll(block.text, block.marks, file) };
  delete next.marks;
  if (next.type === 'paragraph' && next.lead) {
    const lead = { ...next.lead, text: revertAll(next.lead.text, next.lead.marks, file) };
    delete lead.marks;
    next.lead = lead;
  }
  return next;
}

/** Undo every mark and restore the year and dates rolling forward replaced. */
export function undoAllMarks(draft: Draft): Draft {
  const file = draft.meta.title;
  const meta = { ...draft.meta, title: revertAll(draft.meta.title, draft.meta.titleMarks, file) };
  delete meta.titleMarks;
  let signature = draft.signature;
  const from = draft.meta.rolledFrom;
  if (from) {
    meta.year = from.year;
    meta.date = from.date;
    if (signature && from.signatureDate !== undefined) {
      signature = { ...signature, date: from.signatureDate };
    }
    delete meta.rolledFrom;
  }
  return { ...draft, meta, blocks: draft.blocks.map((b) => undoBlock(b, file)), signature };
}
