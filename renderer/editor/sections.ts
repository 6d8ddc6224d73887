// Sections as the outline shows them: a heading (or a paragraph opening with a run-in heading)
// with everything after it up to the next heading at the same or a higher level. Moving one moves
// all of that; numbers follow because they come from position.

import { $getNodeByKey, $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import type { HeadingLevel } from '../../shared/model';
import { headingMarker } from '../../shared/numbering';
import { countWords } from '../../shared/word-count';
import { $plainText } from './convert';
import { $isGwHeadingNode } from './nodes/heading-node';
import { $isGwLeadNode } from './nodes/lead-node';

/** The heading level of a top-level node, counting a run-in lead at its level. */
export function $nodeLevel(node: LexicalNode): HeadingLevel | null {
  if ($isGwHeadingNode(node)) return node.getLevel();
  if ($isElementNode(node)) {
    const first = node.getFirstChild();
    if ($isGwLeadNode(first)) return first.getLevel();
  }
  return null;
}

/** [start, end) of the section that starts at `index` among `levels`. */
export function sectionEnd(levels: readonly (HeadingLevel | null)[], index: number): number {
  const level = levels[index];
  if (level === null) return index + 1;
  let end = index + 1;
  while (end < levels.length) {
    const next = levels[end];
    if (next !== null && next <= level) break;
    end++;
  }
  return end;
}

export interface OutlineEntry {
  key: string;
  level: HeadingLevel;
  /** heading text without number (a lead's text without its closing punctuation) */
  text: string;
  number: string;
  /** 字数 of the section, number and subsections included */
  chars: number;
  lead: boolean;
}

export interface DocumentStats {
  entries: OutlineEntry[];
  /** 字数 of every block, numbers included */
  total: number;
  /** for each top-level block key, the index of the innermost section entry holding it */
  sectionOf: Map<string, number>;
}

/** Outline and counts in one pass over the top-level blocks (run after typing pauses). */
export function $documentStats(): DocumentStats {
  const children = $getRoot().getChildren();
  const levels = children.map($nodeLevel);
  const counters = [0, 0, 0, 0];
  const blockChars: number[] = [];
  const entries: OutlineEntry[] = [];
  const entryAt: number[] = [];
  const sectionOf = new Map<string, number>();
  const open: number[] = [];
  children.forEach((node, i) => {
    const level = levels[i];
    let number = '';
    if (level !== null) {
      counters[level - 1] += 1;
      for (let d = level; d < 4; d++) counters[d] = 0;
      number = headingMarker(level, counters[level - 1]);
      const first = $isElementNode(node) ? node.getFirstChild() : null;
      const lead = $isGwLeadNode(first);
      const text = $plainText(lead ? first : node);
      entries.push({ key: node.getKey(), level, text, number, chars: 0, lead });
      entryAt[i] = entries.length - 1;
      while (open.length && entries[open[open.length - 1]].level >= level) open.pop();
      open.push(entries.length - 1);
    }
    // the exported text carries the number and a lead's closing punctuation: count them too
    const first = $isElementNode(node) ? node.getFirstChild() : null;
    const punct = $isGwLeadNode(first) ? first.getPunct() : '';
    blockChars.push(countWords(number + punct) + countWords(node.getTextContent()));
    if (open.length) sectionOf.set(node.getKey(), open[open.length - 1]);
  });
  let total = 0;
  const prefix = [0];
  for (const chars of blockChars) prefix.push((total += chars));
  children.forEach((_node, i) => {
    if (levels[i] === null) return;
    const end = sectionEnd(levels, i);
    entries[entryAt[i]].chars = prefix[end] - prefix[i];
  });
  return { entries, total, sectionOf };
}

function $moveRange(nodes: LexicalNode[], before: LexicalNode): void {
  for (const node of nodes) before.insertBefore(node);
}

/** Move the section headed by `key` past its previous (-1) or next (+1) sibling section. */
export function $moveSection(key: string, direction: -1 | 1): boolean {
  const children = $getRoot().getChildren();
  const index = children.findIndex((node) => node.getKey() === key);
  if (index < 0) return false;
  const levels = children.map($nodeLevel);
  const level = levels[index];
  if (level === null) return false;
  const end = sectionEnd(levels, index);
  if (direction < 0) {
    let prev = index - 1;
    while (prev >= 0 && (levels[prev] === null || levels[prev]! > level)) prev--;
    if (prev < 0 || levels[prev] !== level) return false;
    $moveRange(children.slice(index, end), children[prev]);
    return true;
  }
  if (end >= children.length || levels[end] !== level) return false;
  const nextEnd = sectionEnd(levels, end);
  $moveRange(children.slice(end, nextEnd), children[index]);
  return true;
}

/** Move the section headed by `key` to just before the section headed by `targetKey` (drag). */
export function $moveSectionBefore(key: string, targetKey: string): boolean {
  const children = $getRoot().getChildren();
  const index = children.findIndex((node) => node.getKey() === key);
  const target = children.findIndex((node) => node.getKey() === targetKey);
  if (index < 0 || target < 0) return false;
  const levels = children.map($nodeLevel);
  const end = sectionEnd(levels, index);
  if (target >= index && target < end) return false;
  $moveRange(children.slice(index, end), children[target]);
  return true;
}

export function $isTopLevelKey(key: string): boolean {
  const node = $getNodeByKey(key);
  return !!node && node.getParent() === $getRoot();
}
