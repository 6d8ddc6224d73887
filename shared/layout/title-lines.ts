// GB/T 9704-2012 §7.3.1: a title that wraps is broken into lines that keep words whole and read as
// a trapezoid (longer lines first) or diamond, never a long line followed by a stub. Words come from
// Intl.Segmenter('zh'), so `退役军人` or `2023年` never straddle two lines.

import { TITLE_LINE_CHARS } from './page';
import { textWidth } from './text-width';

// Punctuation that must not open a line (closing marks) or must not end one (opening marks).
const NO_LINE_START = /^[，。、；：？！”’）》〉】」』〕…—·,.;:?!)\]]/;
const NO_LINE_END = /[“‘（《〈【「『〔([]$/;

/** The title split into unbreakable pieces: words, with punctuation glued to its neighbour. */
export function titleWords(title: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const pieces: string[] = [];
  let carry = '';
  for (const { segment } of segmenter.segment(title.replace(/\s+/g, ' ').trim())) {
    if (segment === ' ') {
      if (pieces.length) pieces[pieces.length - 1] += ' ';
      continue;
    }
    if (NO_LINE_START.test(segment) && pieces.length && !carry) {
      pieces[pieces.length - 1] += segment;
    } else if (NO_LINE_END.test(segment)) {
      carry += segment;
    } else {
      pieces.push(carry + segment);
      carry = '';
    }
  }
  if (carry) {
    if (pieces.length) pieces[pieces.length - 1] += carry;
    else pieces.push(carry);
  }
  return glueFragments(pieces);
}

// ICU's dictionary cuts many names of offices and compounds into single characters
// (`办公|室`, `数|管|局`, `帮|扶`) and years from their 年 (`2023|年`). Rejoin them so a line never
// ends in the middle of `办公室` or starts with `年`.
const SUFFIX = /^[室局委办会厅处科组部院所站队县区乡镇村市省化性的]$/;
const AFTER_NUMBER = /^(年度?|月|日|号|届|次|个|项|人|户|家|名)$/;
const SINGLE_HAN = /^\p{Script=Han}$/u;

function glueFragments(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    const glue =
      prev !== undefined &&
      !NO_LINE_END.test(prev) &&
      ((AFTER_NUMBER.test(piece) && /\d$/.test(prev)) ||
        (SUFFIX.test(piece) && /[\p{Script=Han}A-Za-z]$/u.test(prev)) ||
        (SINGLE_HAN.test(piece) && SINGLE_HAN.test(prev)));
    if (glue) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}

/** Pieces wider than a line are cut into characters, the only way they can be placed. */
function fitPieces(pieces: string[], maxWidth: number): string[] {
  return pieces.flatMap((p) => (textWidth(p) > maxWidth ? [...p] : [p]));
}

function greedyLineCount(widths: number[], maxWidth: number): number {
  let lines = 1;
  let current = 0;
  for (const w of widths) {
    if (current > 0 && current + w > maxWidth) {
      lines++;
      current = 0;
    }
    current += w;
  }
  return lines;
}

/**
 * Breaks a title into as few lines as fit `maxWidth` em (20 at 22 pt on 156 mm), choosing among
 * all word-boundary breaks the one with the most even lines, each no longer than the line above.
 * If no break keeps the lines non-increasing, the most even one wins.
 */
export function balanceTitle(title: string, maxWidth: number = TITLE_LINE_CHARS): string[] {
  const trimmed = title.trim();
  if (!trimmed) return [];
  if (textWidth(trimmed) <= maxWidth) return [trimmed];
  const pieces = fitPieces(titleWords(trimmed), maxWidth);
  const widths = pieces.map(textWidth);
  const total = widths.reduce((a, b) => a + b, 0);
  const lineCount = greedyLineCount(widths, maxWidth);
  const mean = total / lineCount;

  // prefix sums make a line's width O(1)
  const prefix = [0];
  for (const w of widths) prefix.push(prefix[prefix.length - 1] + w);

  let best: { cost: number; breaks: number[] } | null = null;
  const breaks: number[] = [];
  let budget = 200_000; // plenty for titles; a pathological input falls back to the greedy result

  const search = (start: number, linesLeft: number, previous: number, cost: number) => {
    if (--budget < 0 || (best && cost >= best.cost)) return;
    if (linesLeft === 1) {
      const width = prefix[pieces.length] - prefix[start];
      if (width > maxWidth) return;
      const total = cost + lineCost(width, previous, mean);
      if (!best || total < best.cost) best = { cost: total, breaks: [...breaks] };
      return;
    }
    for (let end = start + 1; end <= pieces.length - (linesLeft - 1); end++) {
      const width = prefix[end] - prefix[start];
      if (width > maxWidth) break;
      breaks.push(end);
      search(end, linesLeft - 1, width, cost + lineCost(width, previous, mean));
      breaks.pop();
    }
  };
  search(0, lineCount, Infinity, 0);

  const chosen: number[] = best
    ? (best as { breaks: number[] }).breaks
    : greedyBreaks(widths, maxWidth);
  const lines: string[] = [];
  let from = 0;
  for (const to of [...chosen, pieces.length]) {
    lines.push(pieces.slice(from, to).join('').trim());
    from = to;
  }
  return lines;
}

function lineCost(width: number, previous: number, mean: number): number {
  const uneven = (width - mean) ** 2;
  // a line longer than the one above turns the trapezoid upside down
  const inverted = width > previous ? 1000 + (width - previous) * 10 : 0;
  return uneven + inverted;
}

function greedyBreaks(widths: number[], maxWidth: number): number[] {
  const result: number[] = [];
  let current = 0;
  widths.forEach((w, i) => {
    if (current > 0 && current + w > maxWidth) {
      result.push(i);
      current = 0;
    }
    current += w;
  });
  return result;
}
