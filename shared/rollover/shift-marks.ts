// Keeping marks in place while the user types. A mark ends when the user edits inside it (the
// figure has been updated); marks after the edit move with the text.

import type { Mark } from '../model';

/**
 * The marks after the text [editStart, editEnd) was replaced by `insertedLength` characters.
 * Typing right at a mark's start or end is outside it; deleting or replacing any character of a
 * mark, or inserting strictly inside it, ends the mark.
 */
export function shiftMarksOnEdit(
  marks: readonly Mark[],
  editStart: number,
  editEnd: number,
  insertedLength: number,
): Mark[] {
  const delta = insertedLength - (editEnd - editStart);
  const kept: Mark[] = [];
  for (const mark of marks) {
    if (mark.end <= editStart) {
      kept.push(mark);
    } else if (mark.start >= editEnd) {
      kept.push(delta ? { ...mark, start: mark.start + delta, end: mark.end + delta } : mark);
    }
  }
  return kept;
}
