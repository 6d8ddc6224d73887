// Commands and helpers for the marks rolling forward leaves in the text (年份/日期/数据 from last
// year's report). The mark plugin handles the commands; the mark bar, the status bar and the export
// dialog dispatch them or read the marks through these helpers.

import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  createCommand,
  type LexicalCommand,
  type LexicalNode,
} from 'lexical';
import type { MarkKind } from '../../../shared/model';
import { $isGwMarkNode, type GwMarkNode } from '../nodes/mark-node';

/** Select the next (1) or previous (-1) mark after the cursor, wrapping round, and show it. */
export const JUMP_TO_MARK_COMMAND: LexicalCommand<1 | -1> = createCommand('JUMP_TO_MARK');
/** 仍然有效: the mark at the cursor goes, its text stays. */
export const CONFIRM_MARK_COMMAND: LexicalCommand<void> = createCommand('CONFIRM_MARK');
/** 恢复去年: the mark at the cursor goes back to last year's text. */
export const REVERT_MARK_COMMAND: LexicalCommand<void> = createCommand('REVERT_MARK');

/** Keys, as the mark bar and the help show them; F-keys and Ctrl+Enter are not IME keys. */
export const MARK_SHORTCUTS = {
  next: { key: 'F8', shift: false, ctrl: false, label: 'F8' },
  previous: { key: 'F8', shift: true, ctrl: false, label: 'Shift+F8' },
  confirm: { key: 'Enter', shift: false, ctrl: true, label: 'Ctrl+Enter' },
} as const;

/** An open mark as the export dialog lists it. */
export interface OpenMark {
  key: string;
  kind: MarkKind;
  text: string;
  was: string;
  unsure: boolean;
  /** a few characters either side, so a list can say where the mark is */
  before?: string;
  after?: string;
}

const CONTEXT = 10;

/** Every mark node of the document, in reading order. */
export function $allMarkNodes(): GwMarkNode[] {
  const found: GwMarkNode[] = [];
  const walk = (node: LexicalNode) => {
    if ($isGwMarkNode(node)) found.push(node);
    else if ($isElementNode(node)) for (const child of node.getChildren()) walk(child);
  };
  walk($getRoot());
  return found;
}

export function $openMarks(): OpenMark[] {
  return $allMarkNodes().map((node) => ({
    key: node.getKey(),
    kind: node.getMarkKind(),
    text: node.getTextContent(),
    was: node.getWas(),
    unsure: node.isUnsure(),
    before: node.getPreviousSibling()?.getTextContent().slice(-CONTEXT) ?? '',
    after: node.getNextSibling()?.getTextContent().slice(0, CONTEXT) ?? '',
  }));
}

/** The mark holding the cursor, or touching it on either side. */
export function $markAtSelection(): GwMarkNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const { anchor } = selection;
  const node = anchor.getNode();
  if ($isGwMarkNode(node)) return node;
  if (!$isTextNode(node)) return null;
  if (anchor.offset === 0) {
    const before = node.getPreviousSibling();
    if ($isGwMarkNode(before)) return before;
  }
  if (anchor.offset === node.getTextContentSize()) {
    const after = node.getNextSibling();
    if ($isGwMarkNode(after)) return after;
  }
  return null;
}

/**
 * Replace a mark by plain text (its own, or `text`), keeping the cursor where it was inside it.
 * Lexical merges the plain text with its neighbours afterwards.
 */
export function $unmark(node: GwMarkNode, text = node.getTextContent()): void {
  const selection = $getSelection();
  const key = node.getKey();
  const plain = $createTextNode(text);
  plain.setFormat(node.getFormat());
  plain.setStyle(node.getStyle());
  const clamp = (offset: number) => Math.min(offset, text.length);
  const points = $isRangeSelection(selection)
    ? {
        anchor: selection.anchor.key === key ? clamp(selection.anchor.offset) : null,
        focus: selection.focus.key === key ? clamp(selection.focus.offset) : null,
      }
    : null;
  node.replace(plain);
  if (points && $isRangeSelection(selection)) {
    if (points.anchor !== null) selection.anchor.set(plain.getKey(), points.anchor, 'text');
    if (points.focus !== null) selection.focus.set(plain.getKey(), points.focus, 'text');
  }
}
