// SET_BLOCK_LEVEL_COMMAND and SET_LEAD_COMMAND: change the block at the cursor between body text,
// a heading and a run-in heading, keeping the cursor where it was in the text.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  type ElementNode,
  type LexicalNode,
  type PointType,
} from 'lexical';
import { useEffect } from 'react';
import type { Block } from '../../../shared/model';
import { withLead, withLevel } from '../block-level';
import { SET_BLOCK_LEVEL_COMMAND, SET_LEAD_COMMAND } from '../commands';
import { $blockToNode, $nodeToBlock } from '../convert';

function $topLevel(node: LexicalNode): LexicalNode {
  return node.getTopLevelElement() ?? node;
}

/** Offset of a point in the text of its top-level block (line breaks count one). */
export function $blockOffset(point: PointType): number {
  const block = $topLevel(point.getNode());
  let offset = 0;
  const target = point.getNode();
  const walk = (node: LexicalNode): boolean => {
    if (node === target) {
      if ($isTextNode(node)) offset += point.offset;
      else if ($isElementNode(node)) {
        node
          .getChildren()
          .slice(0, point.offset)
          .forEach((child) => (offset += child.getTextContentSize()));
      }
      return true;
    }
    if ($isElementNode(node)) {
      for (const child of node.getChildren()) if (walk(child)) return true;
      return false;
    }
    offset += node.getTextContentSize();
    return false;
  };
  walk(block);
  return offset;
}

export function $selectAtOffset(block: ElementNode, offset: number): void {
  let left = offset;
  const texts = block.getAllTextNodes();
  for (const text of texts) {
    const size = text.getTextContentSize();
    if (left <= size) {
      text.select(left, left);
      return;
    }
    left -= size;
  }
  block.selectEnd();
}

function $replaceAtCursor(change: (block: Block, offset: number) => Block): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const blocks = new Set<LexicalNode>();
  for (const node of selection.getNodes()) blocks.add($topLevel(node));
  blocks.add($topLevel(selection.anchor.getNode()));
  const anchorBlock = $topLevel(selection.anchor.getNode());
  const anchorOffset = $blockOffset(selection.anchor);
  const focusOffset = $blockOffset(selection.focus);
  for (const node of blocks) {
    if (node.getParent() !== $getRoot()) continue;
    const before = $nodeToBlock(node);
    const after = change(before, node === anchorBlock ? Math.max(anchorOffset, focusOffset) : -1);
    if (after === before) continue;
    const replacement = $blockToNode(after);
    node.replace(replacement);
    if (node === anchorBlock && $isElementNode(replacement)) {
      $selectAtOffset(replacement, anchorOffset);
    }
  }
  return true;
}

export function BlockLevelPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          SET_BLOCK_LEVEL_COMMAND,
          (level) => $replaceAtCursor((block) => withLevel(block, level)),
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          SET_LEAD_COMMAND,
          (level) => {
            const selection = $getSelection();
            const collapsed = $isRangeSelection(selection) && selection.isCollapsed();
            return $replaceAtCursor((block, end) =>
              withLead(block, level, collapsed || end < 0 ? undefined : end),
            );
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
