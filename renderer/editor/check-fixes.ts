// A finding's fix applied through the editor, as an ordinary Lexical update, so Ctrl+Z takes it
// back and the marks (roll-forward nodes) around it move with the text. The pure version for
// whole drafts is shared/checks/fix.ts; this one never rebuilds the document. Call inside
// editor.update().

import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getState,
  $isElementNode,
  $isTextNode,
  $setSelection,
  $setState,
} from 'lexical';
import type { Finding } from '../../shared/checks';
import { $findingRange } from './check-ranges';
import { $plainText } from './convert';
import { $isGwHeadingNode } from './nodes/heading-node';
import { $isGwLeadNode } from './nodes/lead-node';
import { markerState } from './nodes/node-states';

/** Findings whose fix lives in the editor (the title and the signature are outside it). */
export function fixableInEditor(f: Finding): boolean {
  return f.fix !== undefined && f.block >= 0 && f.where !== 'title' && f.where !== 'signature';
}

function $fixMarker(f: Finding, fix: string): boolean {
  const block = $getRoot().getChildAtIndex(f.block);
  const lead = $isElementNode(block) ? block.getFirstChild() : null;
  const owner = $isGwHeadingNode(block) ? block : $isGwLeadNode(lead) ? lead : null;
  if (!owner) return false;
  if (f.text !== undefined && ($getState(owner, markerState) ?? '') !== f.text) return false;
  $setState(owner, markerState, fix);
  return true;
}

function $removeParagraph(f: Finding): boolean {
  const block = $getRoot().getChildAtIndex(f.block);
  if (!$isElementNode(block) || $isGwHeadingNode(block)) return false;
  const first = block.getFirstChild();
  const body = $isGwLeadNode(first)
    ? block
        .getChildren()
        .slice(1)
        .map((n) => n.getTextContent())
        .join('')
    : $plainText(block);
  if (f.text !== undefined && body !== f.text) return false;
  block.remove();
  return true;
}

/**
 * Applies one finding's fix; false when it has none, points outside the editor, or the text has
 * changed since the check (then nothing is touched).
 */
export function $applyFindingFix(f: Finding): boolean {
  const fix = f.fix;
  if (fix === undefined || !fixableInEditor(f)) return false;
  if (f.field === 'marker') return $fixMarker(f, fix);
  if (f.rule === 'repeat.paragraph') return $removeParagraph(f);
  const range = $findingRange(f);
  if (!range) return false;
  const { anchor, focus } = range;
  if (anchor.type === 'text' && focus.type === 'text' && anchor.key === focus.key) {
    const node = $getNodeByKey(anchor.key);
    if (!$isTextNode(node)) return false;
    node.spliceText(anchor.offset, focus.offset - anchor.offset, fix, false);
    return true;
  }
  // the range crosses node boundaries (a mark, a line break): replace it as a selection would
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.key, anchor.offset, anchor.type);
  selection.focus.set(focus.key, focus.offset, focus.type);
  $setSelection(selection);
  if (fix) selection.insertText(fix);
  else selection.removeText();
  return true;
}

/**
 * Every editor fix among `findings` (the panel's 全部修复 for one rule) in one update, from the
 * end of the document backwards so the offsets of those still to come stay valid; a finding that
 * overlaps one already fixed is left alone. Returns how many were applied.
 */
export function $applyFindingFixes(findings: readonly Finding[]): number {
  const order = (f: Finding) => (f.where === 'lead' ? 0 : 1);
  const sorted = findings
    .filter(fixableInEditor)
    .slice()
    .sort((a, b) => b.block - a.block || order(b) - order(a) || b.start - a.start);
  let applied = 0;
  let last: Finding | null = null;
  for (const f of sorted) {
    const overlaps =
      last !== null &&
      last.block === f.block &&
      order(last) === order(f) &&
      f.field === last.field &&
      f.end > last.start;
    if (overlaps) continue;
    if ($applyFindingFix(f)) {
      applied++;
      last = f;
    }
  }
  return applied;
}
