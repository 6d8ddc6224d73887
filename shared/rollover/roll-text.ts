// One pass over one text (a block's, a lead's or the title): years of the reporting period move
// forward, and every year, date and figure the user must look at gets a mark. Text outside the
// marks is never changed, so undoing every mark gives the text back exactly.

import type { Mark } from '../model';
import { arabicFigureAt, chineseFigureAt, rankAt, type FigureHit } from './figures';
import { formatChineseYear, formatLikeDigits, isDigit } from './numerals';
import { NameScope, nameSpans } from './text-scope';
import { decideYear, yearAt } from './years';

export interface RollYears {
  /** the year last year's report is about; null when unknown (no year moves) */
  from: number | null;
  /** the year the new draft is about */
  to: number | null;
}

export interface RolledText {
  text: string;
  marks: Mark[];
}

// Characters where something may start; everything else is skipped by one regex search.
const CANDIDATE = /[0-9０-９〇○零一二两三四五六七八九十百千万亿第全前]/g;
const MONTH_DAY = /[0-9０-９]{1,2}月[0-9０-９]{1,2}[日号]/y;
const NUMERAL = '零〇一二两三四五六七八九十百千万亿';

function monthDayAt(text: string, pos: number): number {
  if (isDigit(text[pos - 1])) return 0;
  MONTH_DAY.lastIndex = pos;
  const m = MONTH_DAY.exec(text);
  return m ? m[0].length : 0;
}

/** Roll one text forward. Marks come out sorted by start and never overlap. */
export function rollText(text: string, years: RollYears): RolledText {
  const scope = new NameScope(nameSpans(text));
  const shift = years.from !== null && years.to !== null ? years.to - years.from : 0;
  const marks: Mark[] = [];
  let out = '';
  let copied = 0;

  const addFigure = (hit: FigureHit) => {
    const last = marks[marks.length - 1];
    // 12户29人, 4个方面26项: adjacent figures are one mark
    if (last && last.kind === 'figure' && last.end === hit.start) {
      last.end = hit.end;
      last.was = text.slice(last.start, hit.end);
    } else {
      marks.push({
        kind: 'figure',
        start: hit.start,
        end: hit.end,
        was: text.slice(hit.start, hit.end),
      });
    }
  };

  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text))) {
    const pos = m.index;
    const ch = text[pos];
    let next = pos + 1;

    const year = yearAt(text, pos);
    if (year) {
      const decision = decideYear(text, year, years.from, scope.contains(pos));
      if (decision.action === 'shift' && shift !== 0) {
        const to = year.year + shift;
        const digits = year.chinese
          ? formatChineseYear(to, year.digits)
          : formatLikeDigits(to, year.digits);
        out += text.slice(copied, pos) + digits + '年';
        copied = year.end;
        // lengths are equal (four digits for four), so positions in `text` stay valid in `out`
        const mark: Mark = {
          kind: 'year',
          start: pos,
          end: year.end,
          was: text.slice(pos, year.end),
        };
        if (decision.unsure) mark.unsure = true;
        marks.push(mark);
        next = year.end;
      } else if (decision.action === 'stale-date') {
        marks.push({
          kind: 'date',
          start: pos,
          end: decision.end,
          was: text.slice(pos, decision.end),
        });
        next = decision.end;
      } else {
        next = decision.action === 'keep' ? decision.end : year.end;
      }
    } else if (isDigit(ch)) {
      if (isDigit(text[pos - 1])) continue;
      const dateLength = monthDayAt(text, pos);
      if (dateLength) {
        marks.push({
          kind: 'date',
          start: pos,
          end: pos + dateLength,
          was: text.slice(pos, pos + dateLength),
        });
        next = pos + dateLength;
      } else if (!scope.contains(pos)) {
        const hit = arabicFigureAt(text, pos);
        if (hit && !hit.skip) addFigure(hit);
        next = hit ? hit.end : pos + 1;
      } else {
        while (isDigit(text[next]) || text[next] === '.') next++;
      }
    } else if (ch === '第' || ch === '全' || ch === '前') {
      const hit = scope.contains(pos) ? null : rankAt(text, pos);
      if (hit && !hit.skip) addFigure(hit);
      if (hit) next = hit.end;
    } else if (!NUMERAL.includes(text[pos - 1] ?? '') || pos === 0) {
      if (!scope.contains(pos)) {
        const hit = chineseFigureAt(text, pos);
        if (hit && !hit.skip) addFigure(hit);
        if (hit) next = hit.end;
      } else {
        while (NUMERAL.includes(text[next] ?? '')) next++;
      }
    }
    // always move on, whatever a matcher answered: a loop here would hang the import
    CANDIDATE.lastIndex = Math.max(next, pos + 1);
  }
  out += text.slice(copied);
  return { text: out, marks };
}
