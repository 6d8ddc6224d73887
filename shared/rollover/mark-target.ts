// Where a mark lives: a block's text, the run-in heading (lead) of a paragraph, or the title.
// Helpers read and replace that text and its marks without touching the rest of the draft.

import { DrafterError } from '../errors';
import type { Block, Draft, DraftMeta, Mark } from '../model';

export type MarkWhere = 'text' | 'lead' | 'title';

export interface MarkTarget {
  text: string;
  marks: Mark[];
}

function targetOf(draft: Draft, blockIndex: number, where: MarkWhere): MarkTarget | null {
  if (where === 'title') return { text: draft.meta.title, marks: draft.meta.titleMarks ?? [] };
  const block: Block | undefined = draft.blocks[blockIndex];
  if (!block || block.type === 'table') return null;
  if (where === 'lead') {
    if (block.type !== 'paragraph' || !block.lead) return null;
    return { text: block.lead.text, marks: block.lead.marks ?? [] };
  }
  return { text: block.text, marks: block.marks ?? [] };
}

/** The text and marks at a place; throws when the place does not exist (a stale UI reference). */
export function readTarget(draft: Draft, blockIndex: number, where: MarkWhere): MarkTarget {
  const target = targetOf(draft, blockIndex, where);
  if (!target) {
    throw new DrafterError('invalid-request', `文稿中没有第 ${blockIndex + 1} 段的这处标记`);
  }
  return target;
}

function withMarks<T extends { marks?: Mark[] }>(item: T, marks: Mark[]): T {
  const next: T = { ...item, marks };
  if (!marks.length) delete next.marks;
  return next;
}

/** A copy of `draft` with the text and marks at a place replaced; an empty list drops `marks`. */
export function writeTarget(
  draft: Draft,
  blockIndex: number,
  where: MarkWhere,
  target: MarkTarget,
): Draft {
  if (where === 'title') {
    const meta: DraftMeta = { ...draft.meta, title: target.text, titleMarks: target.marks };
    if (!target.marks.length) delete meta.titleMarks;
    return { ...draft, meta };
  }
  const blocks = draft.blocks.slice();
  const block = blocks[blockIndex];
  if (block.type === 'table') return draft;
  if (where === 'lead' && block.type === 'paragraph' && block.lead) {
    blocks[blockIndex] = {
      ...block,
      lead: withMarks({ ...block.lead, text: target.text }, target.marks),
    };
  } else {
    blocks[blockIndex] = withMarks({ ...block, text: target.text }, target.marks);
  }
  return { ...draft, blocks };
}
