// Rules over the whole draft, computed from the per-block summaries the incremental checker
// caches: sentences met twice, one kind of number written two ways, heading punctuation judged
// among siblings.

import type { Block, Draft } from '../model';
import type { BlockResult } from './check-draft';
import type { Finding, FindingWhere } from './types';

/** Long sentences met earlier in the draft, and paragraphs repeated whole. */
export function duplicateFindings(
  blocks: readonly Block[],
  results: readonly BlockResult[],
): Finding[] {
  const out: Finding[] = [];
  const firstSentence = new Map<string, number>();
  const firstParagraph = new Map<string, number>();
  results.forEach((result, index) => {
    const block = blocks[index];
    if (block.type !== 'paragraph') return;
    const whole = block.text.trim();
    const firstWhole = result.sentences.length ? firstParagraph.get(whole) : undefined;
    if (firstWhole !== undefined) {
      out.push({
        rule: 'repeat.paragraph',
        severity: 'warning',
        block: index,
        start: 0,
        end: block.text.length,
        where: 'text',
        message: `整段与第 ${firstWhole + 1} 段重复`,
        fix: '',
      });
      return;
    }
    if (result.sentences.length) firstParagraph.set(whole, index);
    for (const s of result.sentences) {
      // a sentence or its tail may repeat an earlier whole sentence; tails are never compared with
      // tails, so `1月29日，某某领学……` and `4月24日，某某领学……` stay two sentences
      let first: number | undefined;
      for (const key of s.keys) first ??= firstSentence.get(key);
      if (!firstSentence.has(s.keys[0])) firstSentence.set(s.keys[0], index);
      if (first === undefined) continue;
      out.push({
        rule: 'repeat.sentence',
        severity: 'warning',
        block: index,
        start: s.start,
        end: s.end,
        where: 'text',
        message:
          first === index ? '这句话在本段中重复出现' : `这句话与第 ${first + 1} 段中的一句重复`,
      });
    }
  });
  return out;
}

const KIND_NAME = { year: '年份', month: '月份', percent: '百分数' } as const;

/** GB/T 15835 asks one document to write one kind of number one way: years, months, percentages. */
export function numberStyleFindings(
  blocks: readonly Block[],
  results: readonly BlockResult[],
): Finding[] {
  const out: Finding[] = [];
  for (const kind of ['year', 'month', 'percent'] as const) {
    let chinese = 0;
    let arabic = 0;
    for (const r of results) {
      for (const m of r.numbers) {
        if (m.kind !== kind) continue;
        if (m.chinese) chinese++;
        else arabic++;
      }
    }
    if (!chinese || !arabic) continue;
    const minorityChinese = chinese <= arabic;
    results.forEach((r, index) => {
      const where: FindingWhere = blocks[index].type === 'heading' ? 'heading' : 'text';
      for (const m of r.numbers) {
        if (m.kind !== kind || m.chinese !== minorityChinese) continue;
        out.push({
          rule: 'number.mixed-style',
          severity: 'hint',
          block: index,
          start: m.start,
          end: m.end,
          where,
          message: minorityChinese
            ? `${KIND_NAME[kind]}全文多用阿拉伯数字（${arabic} 处），此处用了汉字`
            : `${KIND_NAME[kind]}全文多用汉字（${chinese} 处），此处用了阿拉伯数字`,
          fix: minorityChinese && m.arabic ? m.arabic : undefined,
        });
      }
    });
  }
  return out;
}

/**
 * Sibling headings that all end in punctuation are written that way on purpose (the State
 * Council's reports print `（一）……。` headings); only a group of siblings that mixes both is
 * flagged. Siblings: headings of one level under the same parent heading.
 */
export function headingPunctByStyle(draft: Draft, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.rule === 'heading.punct')) return findings;
  const scopeOf = new Map<number, string>();
  const bare = new Set<string>();
  // siblings ending in ； are items of a list, and the last item rightly ends in 。
  const list = new Set<string>();
  const parents: number[] = [-1, -1, -1, -1];
  draft.blocks.forEach((block, index) => {
    const level =
      block.type === 'heading'
        ? block.level
        : block.type === 'paragraph'
          ? block.lead?.level
          : undefined;
    if (!level) return;
    const scope = `${level > 1 ? parents[level - 2] : -1}:${level}`;
    for (let deeper = level - 1; deeper < 4; deeper++)
      parents[deeper] = deeper === level - 1 ? index : -1;
    if (block.type !== 'heading') return;
    scopeOf.set(index, scope);
    if (/[；，、;,]\s*$/.test(block.text)) list.add(scope);
    else if (!/[。：.:]\s*$/.test(block.text)) bare.add(scope);
  });
  return findings.filter((f) => {
    if (f.rule !== 'heading.punct' || f.where !== 'heading') return true;
    const scope = scopeOf.get(f.block);
    return scope !== undefined && bare.has(scope) && !list.has(scope);
  });
}
