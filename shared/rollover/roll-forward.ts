// Last year's report as this year's starting draft (作为今年的初稿): years of the reporting period
// move to the target year, the 成文日期 becomes the chosen date, and every figure carried over is
// marked. The input draft is not modified.

import type { RollOptions } from '../api';
import { DrafterError } from '../errors';
import type { Block, Draft, Mark } from '../model';
import { rollText, type RollYears } from './roll-text';
import { chineseYearValue, digitValue } from './numerals';
import { countOpenMarks } from './count-marks';
import { normalizeRollDate } from './roll-date';

const ANY_YEAR = /([12][0-9]{3}|[１２][０-９]{3}|[〇○零0Ｏ一二三四五六七八九]{4})年/g;

function yearsIn(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(ANY_YEAR)) {
    const value = /^[0-9０-９]+$/.test(m[1]) ? digitValue(m[1]) : chineseYearValue(m[1]);
    if (value !== null && value >= 1900 && value <= 2099) found.push(value);
  }
  return found;
}

/** The year last year's report is about: its metadata, else its title, else its commonest year. */
export function reportYear(draft: Draft): number | null {
  if (draft.meta.year !== null) return draft.meta.year;
  const inTitle = yearsIn(draft.meta.title);
  if (inTitle.length) return inTitle[0];
  const counts = new Map<number, number>();
  for (const block of draft.blocks) {
    if (block.type === 'table') continue;
    for (const y of yearsIn(block.text)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}

function withMarks<T extends { marks?: Mark[] }>(item: T, marks: Mark[]): T {
  if (!marks.length) return item;
  return { ...item, marks };
}

function rollBlock(block: Block, years: RollYears): Block {
  if (block.type === 'table') return block;
  const body = rollText(block.text, years);
  const rolled = withMarks({ ...block, text: body.text }, body.marks);
  if (rolled.type === 'paragraph' && rolled.lead) {
    const lead = rollText(rolled.lead.text, years);
    rolled.lead = withMarks({ ...rolled.lead, text: lead.text }, lead.marks);
  }
  return rolled;
}

/**
 * Roll `draft` forward to `options.year` (default: its year + 1). The signature date and
 * meta.date become `options.date` (default empty, for the user to fill).
 */
export function rollForward(draft: Draft, options: RollOptions = {}): Draft {
  const open = countOpenMarks(draft);
  if (open > 0) {
    // rolling again would move the shifted years twice and lose what the marks remember
    throw new DrafterError(
      'invalid-request',
      `文稿“${draft.meta.title}”还有 ${open} 处去年的数据待处理，请先处理完再滚动到新的年份`,
    );
  }
  const from = reportYear(draft);
  const to = options.year ?? (from !== null ? from + 1 : null);
  if (to !== null && (!Number.isInteger(to) || to < 1900 || to > 2099)) {
    throw new DrafterError('invalid-request', `目标年份 ${to} 无效，应为 1900 到 2099 之间的年份`);
  }
  if (from !== null && to !== null && to < from) {
    throw new DrafterError('invalid-request', `目标年份 ${to} 早于原稿的年份 ${from}`);
  }
  const years: RollYears = { from, to };
  const date = normalizeRollDate(options.date);

  const title = rollText(draft.meta.title, years);
  const meta = { ...draft.meta, title: title.text, year: to ?? draft.meta.year, date };
  if (title.marks.length) meta.titleMarks = title.marks;
  meta.rolledFrom = { year: draft.meta.year, date: draft.meta.date };
  if (draft.signature) meta.rolledFrom.signatureDate = draft.signature.date;

  return {
    ...draft,
    meta,
    blocks: draft.blocks.map((block) => rollBlock(block, years)),
    signature: draft.signature ? { ...draft.signature, date } : null,
  };
}
