// Every rule that reads one text at a time, and the few that only make sense for headings, plus
// the marks rolling forward left open. Results depend on nothing but the text, so they are cached
// per block by the incremental checker.

import type { Mark } from '../model';
import { orderedListRule } from './formulation-order';
import { formulationRule } from './formulation-rule';
import { misuseRule } from './misuse';
import { numberRules } from './numbers';
import { placeholderRule } from './placeholders';
import { privacyRule } from './privacy';
import { punctuationRules } from './punctuation';
import { repetitionRules } from './repetition';
import type { LocalFinding, TextContext, TextRule } from './types';

/** Standalone headings and titles end without punctuation (only ？ and ！ may stay). */
export const headingPunct: TextRule = (text, ctx) => {
  if (ctx.where !== 'heading' && ctx.where !== 'title') return [];
  // a line ending in ；，、 is an item of a list, which the structure may take for a heading
  const m = /[。：.:]+\s*$/.exec(text);
  if (!m || /[；，、;,]/.test(text[m.index - 1] ?? '')) return [];
  // a long line or one with clauses inside is a numbered sentence, which does end in 。
  const body = text.slice(0, m.index);
  if (body.length > 30 || /[，；。：！？,;]/.test(body)) return [];
  return [
    {
      rule: 'heading.punct',
      severity: 'warning',
      start: m.index,
      end: text.length,
      message: `单独成行的标题末尾不加标点“${m[0].trim()}”`,
      fix: '',
    },
  ];
};

export const TEXT_RULES: TextRule[] = [
  ...punctuationRules,
  ...numberRules,
  privacyRule,
  placeholderRule,
  misuseRule,
  ...repetitionRules,
  formulationRule,
  orderedListRule,
  headingPunct,
];

export function checkText(text: string, ctx: TextContext): LocalFinding[] {
  if (!text) return [];
  const out: LocalFinding[] = [];
  for (const rule of TEXT_RULES) out.push(...rule(text, ctx));
  return out;
}

const MARK_MESSAGE: Record<Mark['kind'], string> = {
  figure: '沿用去年的数字，请核实并改为今年的数据',
  year: '年份已顺延，请确认',
  date: '日期已顺延，请确认',
};

/** Marks still open from rolling forward: every one is a figure or date the user has not confirmed. */
export function markFindings(marks: readonly Mark[] | undefined): LocalFinding[] {
  if (!marks?.length) return [];
  return marks.map((mark) => ({
    rule: 'rollover.open',
    severity: mark.kind === 'figure' ? 'warning' : 'hint',
    start: mark.start,
    end: mark.end,
    message:
      mark.unsure && mark.kind === 'year'
        ? `不确定这个年份是否该顺延（原为“${mark.was}”），请确认`
        : `${MARK_MESSAGE[mark.kind]}（原为“${mark.was}”）`,
  }));
}
