// Heading numbers as written in an imported file (the `marker` the importer keeps), compared with
// what their position gives: skipped, repeated or out-of-order numbers at each level, a level used
// without its parent, and the marker's own punctuation (GB/T 9704 §7.3.3: 一、 （一） 1. （1）).
// In our editor numbers are automatic, so these rules only speak where a marker was written.

import type { Block, HeadingLevel } from '../model';
import { chineseNumeral, parseChineseNumeral } from '../numbering';
import type { Finding, FindingWhere } from './types';

export type MarkerKind = 'cn' | 'cn-paren' | 'num' | 'num-paren' | 'circled';

/** GB/T 9704 rank of each kind: 一、 is the first level, （1） the fourth. */
const RANK: Record<MarkerKind, number> = {
  cn: 1,
  'cn-paren': 2,
  num: 3,
  'num-paren': 4,
  circled: 5,
};

export interface ParsedMarker {
  kind: MarkerKind;
  value: number;
  /** the marker as GB/T 9704 writes it */
  standard: string;
}

function standardMarker(kind: MarkerKind, value: number): string {
  switch (kind) {
    case 'cn':
      return `${chineseNumeral(value)}、`;
    case 'cn-paren':
      return `（${chineseNumeral(value)}）`;
    case 'num':
      return `${value}.`;
    case 'num-paren':
      return `（${value}）`;
    case 'circled':
      return String.fromCharCode(0x2460 + value - 1);
  }
}

export function parseMarker(marker: string): ParsedMarker | null {
  const m = marker.trim();
  const circled = m.charCodeAt(0) - 0x2460;
  if (m.length === 1 && circled >= 0 && circled < 20) {
    return { kind: 'circled', value: circled + 1, standard: m };
  }
  const re = /^([（(]?)([零〇一二三四五六七八九十百]+|\d{1,3})([）)]?)\s*([、.．，,:：]?)$/;
  const parts = re.exec(m);
  if (!parts) return null;
  const [, open, body, close] = parts;
  if (!!open !== !!close) {
    // `1）` / `1)` is a common stand-in for （1）
    if (open || !/^\d+$/.test(body)) return null;
  }
  const digits = /^\d+$/.test(body);
  const value = digits ? Number(body) : parseChineseNumeral(body);
  if (value === null || value < 1) return null;
  const paren = !!(open || close);
  const kind: MarkerKind = digits ? (paren ? 'num-paren' : 'num') : paren ? 'cn-paren' : 'cn';
  return { kind, value, standard: standardMarker(kind, value) };
}

const LEADING_MARKER = /^\s*([（(]?(?:[零〇一二三四五六七八九十百]+|\d{1,3})[）)]?[、.．]?)/;

/**
 * Whether a body paragraph between `from` and `to` opens with the marker of `kind` and `value`:
 * a heading the structure took for body text (a numbered line after a list, say), so the number
 * is not missing and saying so would be a false alarm.
 */
function inBody(
  blocks: readonly Block[],
  from: number,
  to: number,
  kind: MarkerKind,
  value: number,
) {
  for (let i = Math.max(0, from + 1); i < to; i++) {
    const block = blocks[i];
    if (block.type !== 'paragraph' || block.lead) continue;
    const m = LEADING_MARKER.exec(block.text);
    const parsed = m ? parseMarker(m[1]) : null;
    if (parsed && parsed.kind === kind && parsed.value === value) return true;
  }
  return false;
}

function levelOf(block: Block): HeadingLevel | null {
  if (block.type === 'heading') return block.level;
  if (block.type === 'paragraph' && block.lead) return block.lead.level;
  return null;
}

function markerOf(block: Block): string | undefined {
  if (block.type === 'heading') return block.marker;
  if (block.type === 'paragraph') return block.lead?.marker;
  return undefined;
}

export function numberingFindings(blocks: readonly Block[]): Finding[] {
  const out: Finding[] = [];
  // last written value at each level, reset when a shallower heading opens a new scope
  const last: (number | null)[] = [null, null, null, null];
  // where the last heading of each level is, and where the current scope of each level began
  const lastAt = [-1, -1, -1, -1];
  // numbers an inner list restarted from (`四、` then `一、二、三、` then `五、`), per level
  const resume: number[][] = [[], [], [], []];
  const scopeAt = [-1, -1, -1, -1];
  const seen = [false, false, false, false];
  // ranks of the open headings, for the missing-parent rule
  const open: { rank: number; block: number }[] = [];
  const warnedScopes = new Set<string>();
  blocks.forEach((block, index) => {
    const level = levelOf(block);
    if (level === null) return;
    const where: FindingWhere = block.type === 'heading' ? 'heading' : 'lead';
    const marker = markerOf(block);
    const parsed = marker ? parseMarker(marker) : null;
    const base = { block: index, start: 0, end: 0, where, field: 'marker' as const };
    for (let deeper = level; deeper < 4; deeper++) {
      last[deeper] = null;
      seen[deeper] = false;
      lastAt[deeper] = -1;
      scopeAt[deeper] = index;
      resume[deeper] = [];
    }

    const rank = parsed ? RANK[parsed.kind] : level;
    while (open.length && open[open.length - 1].rank >= rank) open.pop();
    const parentRank = open.length ? open[open.length - 1].rank : 0;
    const scope = `${open.length ? open[open.length - 1].block : -1}:${rank}`;
    if (rank <= 4 && parentRank < rank - 1 && !warnedScopes.has(scope)) {
      warnedScopes.add(scope);
      const missing = standardMarker(
        (['cn', 'cn-paren', 'num', 'num-paren'] as const)[rank - 2],
        1,
      ).replace(/一|1/, '…');
      const label = marker ? `编号“${marker.trim()}”` : `第 ${level} 级标题`;
      out.push({
        ...base,
        rule: 'numbering.parent',
        severity: 'warning',
        message: parentRank
          ? `层级跳过：${label}上面缺少“${missing}”一层`
          : `层级跳过：${label}前面没有“${missing}”一层`,
      });
    }
    open.push({ rank, block: index });

    if (!parsed || !marker) return;
    if (parsed.standard !== marker.trim() && parsed.kind !== 'circled') {
      out.push({
        ...base,
        rule: 'numbering.punct',
        severity: 'warning',
        message: `编号“${marker.trim()}”写法不规范，应为“${parsed.standard}”`,
        fix: parsed.standard,
      });
    }
    const prev = last[level - 1];
    const shown = marker.trim();
    const since = lastAt[level - 1] >= 0 ? lastAt[level - 1] : scopeAt[level - 1];
    const missingInBody =
      parsed.value > (prev ?? 0) + 1 && inBody(blocks, since, index, parsed.kind, parsed.value - 1);
    const outer = resume[level - 1];
    const resumesOuter =
      prev !== null && outer.length > 0 && parsed.value === outer[outer.length - 1] + 1;
    if (resumesOuter) {
      // the inner list is over and the outer one goes on: flagged once, at the restart
      outer.pop();
    } else if (missingInBody) {
      // the structure read the missing heading as body text; nothing is skipped
    } else if (prev === null) {
      if (parsed.value !== 1 && !seen[level - 1]) {
        out.push({
          ...base,
          rule: 'numbering.order',
          severity: 'error',
          message: `编号“${shown}”前面缺少从 1 开始的编号`,
        });
      }
    } else if (parsed.value === prev) {
      out.push({
        ...base,
        rule: 'numbering.order',
        severity: 'error',
        message: `编号“${shown}”与上一个重复`,
      });
    } else if (parsed.value > prev + 1) {
      out.push({
        ...base,
        rule: 'numbering.order',
        severity: 'error',
        message: `编号跳过了：上一个是第 ${prev} 个，此处是“${shown}”`,
      });
    } else if (parsed.value === 1) {
      resume[level - 1].push(prev);
      out.push({
        ...base,
        rule: 'numbering.order',
        severity: 'warning',
        message: `编号在第 ${prev} 个之后又从“${shown}”开始：同一层的编号应连续，或是层级用错了`,
      });
    } else if (parsed.value < prev) {
      out.push({
        ...base,
        rule: 'numbering.order',
        severity: 'error',
        message: `编号顺序颠倒：上一个是第 ${prev} 个，此处是“${shown}”`,
      });
    }
    last[level - 1] = parsed.value;
    seen[level - 1] = true;
    lastAt[level - 1] = index;
  });
  return out;
}
