// Where a check finding sits in the editor. Findings count UTF-16 offsets into one text of a block
// (shared/checks/types.ts): the body text of a paragraph (after its run-in lead), the lead's own
// text, or a heading's text. Numbers and a lead's closing punctuation are drawn by CSS and are in
// none of them. Block i is the root's child i, as convert.ts reads them.

import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type TextNode,
} from 'lexical';
import type { Finding } from '../../shared/checks';
import { $isGwHeadingNode } from './nodes/heading-node';
import { $isGwLeadNode } from './nodes/lead-node';
import { $isGwTableNode } from './nodes/table-node';

/** A position in the editor: inside a text node, or between children of an element. */
export type CheckPoint =
  | { type: 'text'; key: NodeKey; offset: number }
  | { type: 'element'; key: NodeKey; offset: number };

export interface CheckRange {
  anchor: CheckPoint;
  focus: CheckPoint;
}

interface Segment {
  node: LexicalNode;
  start: number;
  end: number;
}

/** The inline leaves of a text as the model counts them (convert.ts $readMarkedText). */
function $segments(children: readonly LexicalNode[], at = 0, out: Segment[] = []): Segment[] {
  for (const node of children) {
    if ($isTextNode(node)) {
      const size = node.getTextContentSize();
      out.push({ node, start: at, end: at + size });
      at += size;
    } else if ($isLineBreakNode(node)) {
      out.push({ node, start: at, end: at + 1 });
      at += 1;
    } else if ($isElementNode(node)) {
      const before = out.length;
      $segments(node.getChildren(), at, out);
      if (out.length > before) at = out[out.length - 1].end;
    } else {
      const size = node.getTextContentSize();
      out.push({ node, start: at, end: at + size });
      at += size;
    }
  }
  return out;
}

/** The block node of a finding and the inline children its offsets count, or null. */
function $findingContainer(
  f: Finding,
  blocks?: readonly LexicalNode[],
): { block: ElementNode; children: LexicalNode[]; owner: ElementNode } | null {
  if (f.block < 0 || f.where === 'title' || f.where === 'signature') return null;
  const block = blocks ? blocks[f.block] : $getRoot().getChildAtIndex(f.block);
  if (!$isElementNode(block) || $isGwTableNode(block)) return null;
  const first = block.getFirstChild();
  const lead = $isGwLeadNode(first) ? first : null;
  if (f.where === 'lead' || (f.field === 'marker' && lead && !$isGwHeadingNode(block))) {
    if (!lead) return null;
    return { block, children: lead.getChildren(), owner: lead };
  }
  const children = block.getChildren();
  return { block, children: lead ? children.slice(1) : children, owner: block };
}

function textPoint(node: TextNode, offset: number): CheckPoint {
  return { type: 'text', key: node.getKey(), offset };
}

function elementPoint(node: LexicalNode, after: boolean): CheckPoint {
  const parent = node.getParentOrThrow();
  return { type: 'element', key: parent.getKey(), offset: node.getIndexWithinParent() + +after };
}

/** The point at `offset`; a start prefers the text that follows it, an end the text before. */
function locate(segments: readonly Segment[], offset: number, isEnd: boolean): CheckPoint | null {
  const texts = segments.filter((s) => $isTextNode(s.node));
  const inside = isEnd
    ? texts.find((s) => s.start < offset && offset <= s.end)
    : texts.find((s) => s.start <= offset && offset < s.end);
  const edge = inside ?? texts.find((s) => s.start <= offset && offset <= s.end);
  if (edge) return textPoint(edge.node as TextNode, offset - edge.start);
  // between two line breaks, or next to something that is not text
  const next = segments.find((s) => s.start >= offset);
  if (next) return elementPoint(next.node, false);
  const last = segments[segments.length - 1];
  return last ? elementPoint(last.node, true) : null;
}

/**
 * The editor range a finding points at, or null when it points outside the editor (title,
 * signature) or at text that has changed since the check (a stale finding). A finding on a
 * written number marker gets the start of its heading or lead, since the number is not text.
 * `blocks`: the root's children, when mapping many findings (getChildAtIndex walks the list).
 */
export function $findingRange(f: Finding, blocks?: readonly LexicalNode[]): CheckRange | null {
  const container = $findingContainer(f, blocks);
  if (!container) return null;
  const segments = $segments(container.children);
  if (f.field === 'marker') {
    const start = locate(segments, 0, false) ?? {
      type: 'element' as const,
      key: container.owner.getKey(),
      offset: 0,
    };
    return { anchor: start, focus: start };
  }
  const text = container.children.map((n) => n.getTextContent()).join('');
  if (f.end > text.length || f.start > f.end) return null;
  if (f.text !== undefined && text.slice(f.start, f.end) !== f.text) return null;
  const anchor = locate(segments, f.start, false);
  const focus = f.end === f.start ? anchor : locate(segments, f.end, true);
  return anchor && focus ? { anchor, focus } : null;
}

function firstTextNode(element: Node): Text | null {
  const walker = element.ownerDocument?.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  return (walker?.nextNode() as Text | null) ?? null;
}

function setBoundary(
  editor: LexicalEditor,
  range: Range,
  point: CheckPoint,
  which: 'start' | 'end',
): boolean {
  const element = editor.getElementByKey(point.key);
  if (!element) return false;
  if (point.type === 'text') {
    const text = firstTextNode(element);
    if (!text) return false;
    const offset = Math.min(point.offset, text.length);
    if (which === 'start') range.setStart(text, offset);
    else range.setEnd(text, offset);
    return true;
  }
  const offset = Math.min(point.offset, element.childNodes.length);
  if (which === 'start') range.setStart(element, offset);
  else range.setEnd(element, offset);
  return true;
}

/** A DOM Range over the rendered text of an editor range (for underlines and scrolling). */
export function domRangeOf(editor: LexicalEditor, range: CheckRange): Range | null {
  const root = editor.getRootElement();
  if (!root) return null;
  const dom = root.ownerDocument.createRange();
  if (!setBoundary(editor, dom, range.anchor, 'start')) return null;
  if (!setBoundary(editor, dom, range.focus, 'end')) return null;
  return dom;
}

/** Every finding's DOM range, read from the editor's current state (null where there is none). */
export function findingDomRanges(
  editor: LexicalEditor,
  findings: readonly Finding[],
): (Range | null)[] {
  const ranges = editor.getEditorState().read(() => {
    const blocks = $getRoot().getChildren();
    return findings.map((f) => $findingRange(f, blocks));
  });
  return ranges.map((r) => (r && r.anchor !== r.focus ? domRangeOf(editor, r) : null));
}

/**
 * The title and the signature are drawn by the page frame around the editor: a finding there
 * gets a range over the frame's text when it still reads as it did at the check.
 */
export function frameDomRange(root: ParentNode, f: Finding): Range | null {
  const selector =
    f.where === 'title' ? '.page-title' : f.where === 'signature' ? '.page-signature p' : null;
  const element = selector ? root.querySelector(selector) : null;
  const text = element ? firstTextNode(element) : null;
  if (!text || f.end > text.length) return null;
  if (f.text !== undefined && text.data.slice(f.start, f.end) !== f.text) return null;
  const range = text.ownerDocument.createRange();
  range.setStart(text, f.start);
  range.setEnd(text, f.end);
  return range;
}
