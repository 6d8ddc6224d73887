// Marks that come in pairs (GB/T 15834 §4.8–4.9, §4.15): quotes, brackets and 书名号 with both
// halves; half-width `( ) "` around Chinese; a curly opening quote closed by a straight one.

import { isChinese } from './chars';
import type { LocalFinding, TextRule } from './types';

const OPENERS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '【': '】',
  '〔': '〕',
  '〈': '〉',
};
const CLOSERS: Record<string, string> = Object.fromEntries(
  Object.entries(OPENERS).map(([o, c]) => [c, o]),
);
const PAIR_NAME: Record<string, string> = {
  '“': '引号',
  '‘': '单引号',
  '《': '书名号',
  '【': '方头括号',
  '〔': '六角括号',
  '〈': '单书名号',
  '（': '括号',
};

/** A closer with no opener that is really a list marker: `1）`, `a)` at the start of an item. */
function isListMarkerCloser(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 4), i);
  const m = /(?:^|[\s；。：，、])[\dA-Za-z一二三四五六七八九十①-⑳]{1,3}$/.exec(before);
  return !!m && (i - 4 <= 0 || m.index > 0 || /[\s；。：，、]/.test(before[0]));
}

/**
 * Quotes, brackets and 书名号 in pairs; half-width `( ) "` around Chinese; a curly opening quote
 * closed by a straight one (mixed styles).
 */
export const pairedMarks: TextRule = (text) => {
  const out: LocalFinding[] = [];
  if (!/[“”‘’《》【】〔〕〈〉（）()"]/.test(text)) return out;
  const stacks = new Map<string, number[]>();
  const parens: { index: number; half: boolean }[] = [];
  const straight: number[] = [];
  const push = (k: string, i: number) => {
    const s = stacks.get(k);
    if (s) s.push(i);
    else stacks.set(k, [i]);
  };
  const unpaired = (i: number, kind: string) =>
    out.push({
      rule: 'punct.unpaired',
      severity: 'warning',
      start: i,
      end: i + 1,
      message: `${PAIR_NAME[kind] ?? '标点'}不成对：“${text[i]}”没有对应的另一半`,
    });
  const marks = /[“”‘’《》【】〔〕〈〉（）()"]/g;
  for (let hit = marks.exec(text); hit; hit = marks.exec(text)) {
    const i = hit.index;
    const ch = hit[0];
    if (OPENERS[ch]) push(ch, i);
    else if (CLOSERS[ch]) {
      const s = stacks.get(CLOSERS[ch]);
      if (s?.length) s.pop();
      else if (!isListMarkerCloser(text, i)) unpaired(i, CLOSERS[ch]);
    } else if (ch === '（' || ch === '(') parens.push({ index: i, half: ch === '(' });
    else if (ch === '）' || ch === ')') {
      const open = parens.pop();
      const half = ch === ')';
      if (!open) {
        if (isListMarkerCloser(text, i)) continue;
        if (!half || isChinese(text[i - 1])) unpaired(i, '（');
        continue;
      }
      if (!open.half && !half) continue;
      const inner = text.slice(open.index + 1, i);
      if (!/[\u4e00-\u9fff]/.test(inner) && open.half && half) continue;
      for (const [at, isHalf, full] of [
        [open.index, open.half, '（'],
        [i, half, '）'],
      ] as const) {
        if (!isHalf) continue;
        out.push({
          rule: 'punct.halfwidth',
          severity: 'warning',
          start: at,
          end: at + 1,
          message: `中文里用了半角括号“${text[at]}”，应为全角“${full}”`,
          fix: full,
        });
      }
    } else if (ch === '"') {
      const quotes = stacks.get('“');
      if (quotes?.length) {
        quotes.pop();
        out.push({
          rule: 'punct.mixed-quotes',
          severity: 'warning',
          start: i,
          end: i + 1,
          message: '前引号是中文“，后引号却是半角"，应为”',
          fix: '”',
        });
      } else straight.push(i);
    }
  }
  for (const [kind, s] of stacks) {
    for (const i of s) unpaired(i, kind);
  }
  for (const p of parens) {
    if (!p.half || isChinese(text[p.index + 1]) || isChinese(text[p.index - 1])) {
      unpaired(p.index, '（');
    }
  }
  // Straight quotes left over: pair them in order; a pair around Chinese wants “ ”.
  for (let k = 0; k + 1 < straight.length; k += 2) {
    const [a, b] = [straight[k], straight[k + 1]];
    const inner = text.slice(a + 1, b);
    if (!/[\u4e00-\u9fff]/.test(inner)) continue;
    for (const [at, full] of [
      [a, '“'],
      [b, '”'],
    ] as const) {
      out.push({
        rule: 'punct.halfwidth',
        severity: 'warning',
        start: at,
        end: at + 1,
        message: `中文里用了半角引号，应为“${full}”`,
        fix: full,
      });
    }
  }
  return out;
};
