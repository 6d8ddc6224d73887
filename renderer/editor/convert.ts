// The one place where the draft model (shared/model.ts) and the Lexical editor state meet. Every
// block shape the model has must survive model → Lexical → model unchanged (test/renderer/editor/
// convert.test.ts). Call these inside editor.update() / editorState.read().

import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getState,
  $isElementNode,
  $isLineBreakNode,
  $isParagraphNode,
  $isTextNode,
  $setState,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type {
  Block,
  HeadingBlock,
  Lead,
  Mark,
  ParagraphBlock,
  TableBlock,
} from '../../shared/model';
import { $createGwHeadingNode, $isGwHeadingNode } from './nodes/heading-node';
import { $createGwLeadNode, $isGwLeadNode } from './nodes/lead-node';
import { $createGwMarkNode, $isGwMarkNode } from './nodes/mark-node';
import {
  blockIdState,
  guideState,
  kindsState,
  markerState,
  punctState,
  roleState,
} from './nodes/node-states';
import { $createGwTableNode, $isGwTableNode } from './nodes/table-node';

/** Marks sorted, inside the text and not overlapping (an overlapping one cannot be a node). */
export function usableMarks(text: string, marks: readonly Mark[] | undefined): Mark[] {
  const sorted = [...(marks ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Mark[] = [];
  let end = 0;
  for (const mark of sorted) {
    if (mark.start < end || mark.start >= mark.end || mark.end > text.length) continue;
    kept.push(mark);
    end = mark.end;
  }
  return kept;
}

function $appendText(parent: ElementNode, text: string): void {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) parent.append($createLineBreakNode());
    if (line) parent.append($createTextNode(line));
  });
}

/** Text with its marks as children of `parent`: plain text nodes between mark nodes. */
export function $appendMarkedText(
  parent: ElementNode,
  text: string,
  marks: readonly Mark[] | undefined,
): void {
  let at = 0;
  for (const mark of usableMarks(text, marks)) {
    $appendText(parent, text.slice(at, mark.start));
    const { kind, was, unsure } = mark;
    parent.append($createGwMarkNode(text.slice(mark.start, mark.end), { kind, was, unsure }));
    at = mark.end;
  }
  $appendText(parent, text.slice(at));
}

export function $blockToNode(block: Block): LexicalNode {
  switch (block.type) {
    case 'heading': {
      const node = $createGwHeadingNode(block.level);
      $setState(node, kindsState, block.kinds);
      $setState(node, markerState, block.marker);
      $setState(node, blockIdState, block.id);
      $appendMarkedText(node, block.text, block.marks);
      return node;
    }
    case 'paragraph': {
      const node = $createParagraphNode();
      $setState(node, roleState, block.role);
      $setState(node, blockIdState, block.id);
      $setState(node, guideState, block.guide);
      if (block.lead) {
        const lead = $createGwLeadNode(block.lead.level);
        $setState(lead, markerState, block.lead.marker);
        $setState(lead, punctState, block.lead.punct);
        $appendMarkedText(lead, block.lead.text, block.lead.marks);
        // A lead node cannot be empty (Lexical removes empty inline elements): drop an empty lead.
        if (block.lead.text) node.append(lead);
      }
      $appendMarkedText(node, block.text, block.marks);
      return node;
    }
    case 'table': {
      const node = $createGwTableNode(block.rows);
      $setState(node, blockIdState, block.id);
      return node;
    }
  }
}

/** Text and marks of the inline children of an element, offsets in UTF-16 code units. */
export function $readMarkedText(nodes: readonly LexicalNode[]): { text: string; marks: Mark[] } {
  let text = '';
  const marks: Mark[] = [];
  for (const node of nodes) {
    if ($isGwMarkNode(node)) {
      const mark: Mark = {
        kind: node.getMarkKind(),
        start: text.length,
        end: text.length + node.getTextContentSize(),
        was: node.getWas(),
      };
      if (node.isUnsure()) mark.unsure = true;
      if (mark.end > mark.start) marks.push(mark);
      text += node.getTextContent();
    } else if ($isLineBreakNode(node)) {
      text += '\n';
    } else if ($isTextNode(node)) {
      text += node.getTextContent();
    } else if ($isElementNode(node)) {
      const inner = $readMarkedText(node.getChildren());
      for (const mark of inner.marks) {
        marks.push({ ...mark, start: mark.start + text.length, end: mark.end + text.length });
      }
      text += inner.text;
    } else {
      text += node.getTextContent();
    }
  }
  return { text, marks };
}

function withOptional<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0 && key === 'marks')) {
      (target as Record<string, unknown>)[key] = value;
    }
  }
  return target;
}

export function $nodeToBlock(node: LexicalNode): Block {
  if ($isGwHeadingNode(node)) {
    const { text, marks } = $readMarkedText(node.getChildren());
    const block: HeadingBlock = { type: 'heading', level: node.getLevel(), text };
    return withOptional(block, {
      kinds: $getState(node, kindsState),
      marker: $getState(node, markerState),
      marks,
      id: $getState(node, blockIdState),
    });
  }
  if ($isGwTableNode(node)) {
    const table: TableBlock = { type: 'table', rows: node.getRows() };
    return withOptional(table, { id: $getState(node, blockIdState) });
  }
  const children = $isElementNode(node) ? node.getChildren() : [node];
  const first = children[0];
  let lead: Lead | undefined;
  if ($isGwLeadNode(first)) {
    const inner = $readMarkedText(first.getChildren());
    lead = withOptional<Lead>(
      { level: first.getLevel(), text: inner.text },
      {
        marker: $getState(first, markerState),
        punct: $getState(first, punctState),
        marks: inner.marks,
      },
    );
  }
  const { text, marks } = $readMarkedText(lead ? children.slice(1) : children);
  const block: ParagraphBlock = { type: 'paragraph', text };
  return withOptional(block, {
    lead,
    role: $isParagraphNode(node) ? $getState(node, roleState) : undefined,
    marks,
    id: $getState(node, blockIdState),
    guide: $isParagraphNode(node) ? $getState(node, guideState) : undefined,
  });
}

/** Replace the editor's content with these blocks (an empty document keeps one empty paragraph). */
export function $setBlocks(blocks: readonly Block[]): void {
  const root = $getRoot();
  root.clear();
  for (const block of blocks) root.append($blockToNode(block));
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

export function $getBlocks(): Block[] {
  return $getRoot().getChildren().map($nodeToBlock);
}

/** A node's text as the model sees it (a lead's text without its number and punctuation). */
export function $plainText(node: LexicalNode): string {
  return $isElementNode(node) ? $readMarkedText(node.getChildren()).text : node.getTextContent();
}
