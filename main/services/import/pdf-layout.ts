// Paragraphs rebuilt from the positioned text of PDF pages. A PDF only knows glyphs at places, so
// the layout of an official document is read back from geometry: a paragraph starts with a
// first-line indent of about two characters (GB/T 9704 §7.4 body text) or after a line that ends
// short of the right margin; a centred line is a title; a line pushed right is a signature or date;
// page numbers (`— 1 —`, §7.5) are not text of the document.

import type { RawParagraph } from '../../../shared/raw';

export interface TextItem {
  text: string;
  x: number;
  /** baseline, growing upwards (PDF user space) */
  y: number;
  width: number;
  /** font size from the text matrix */
  size: number;
}

interface Line {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
  page: number;
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
/** spaces a PDF producer put between Chinese and Latin or digits (autospacing), not the author */
const LAYOUT_SPACE = new RegExp(`(?<=[${CJK}])[ \\u00a0]+|[ \\u00a0]+(?=[${CJK}])`, 'g');
const PAGE_NUMBER = /^[\s\-—–－一_]*(第\s*)?\d{1,4}(\s*页)?([\s/共]*\d*\s*页?)?[\s\-—–－一_]*$/;

function lineFrom(items: TextItem[], page: number): Line {
  items.sort((a, b) => a.x - b.x);
  // the size of most of the text: digits and Latin often come in a slightly different size
  const size = items.reduce((a, b) => (b.text.length > a.text.length ? b : a)).size;
  let text = '';
  let end = items[0].x;
  for (const item of items) {
    const gap = item.x - end;
    if (text && gap > size * 1.5) text += '\t';
    else if (text && gap > size * 0.2 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    text += item.text;
    end = Math.max(end, item.x + item.width);
  }
  return {
    text: text.replace(LAYOUT_SPACE, '').trim(),
    x: items[0].x,
    end,
    y: items[0].y,
    size,
    page,
  };
}

/** Items of one page grouped into lines by baseline, top to bottom. */
export function pageLines(items: TextItem[], page: number): Line[] {
  const sorted = items.filter((i) => i.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: TextItem[] = [];
  for (const item of sorted) {
    const first = current[0];
    if (first && Math.abs(first.y - item.y) > Math.max(first.size, item.size) * 0.4) {
      lines.push(lineFrom(current, page));
      current = [];
    }
    current.push(item);
  }
  if (current.length) lines.push(lineFrom(current, page));
  return lines.filter((l) => l.text);
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = values[0] ?? 0;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

export function layoutParagraphs(pages: TextItem[][]): RawParagraph[] {
  let lines = pages.flatMap((items, page) => pageLines(items, page));
  lines = dropPageFurniture(lines, pages.length);
  if (!lines.length) return [];
  const left = mode(lines.map((l) => l.x));
  const bodySize = mode(lines.map((l) => l.size)) || 12;
  // a loop, not Math.max(...): a long PDF has more lines than a call has room for arguments
  let right = left;
  for (const l of lines) if (Math.abs(l.x - left) < bodySize && l.end > right) right = l.end;
  const centre = (left + right) / 2;

  const kind = (l: Line): 'center' | 'right' | 'indent' | 'flush' | 'other' => {
    const offset = (l.x + l.end) / 2 - centre;
    const indentOffset = Math.abs(l.x - (left + l.size * 2));
    const full = right - l.end < l.size * 1.5;
    // a title in larger type that fills the line is centred text that happened to fit
    if (full && l.size >= bodySize * 1.2 && Math.abs(l.x - left) < l.size * 1.5) return 'center';
    if (Math.abs(l.x - left) <= bodySize * 0.3) return 'flush';
    // a body line starting two characters in is a first line, even if it happens to look centred
    if (indentOffset <= l.size * 0.3 && Math.abs(l.size - bodySize) < 0.6) return 'indent';
    if (
      Math.abs(offset) < l.size * 0.6 ||
      (l.x > left + l.size * 3 && Math.abs(offset) < l.size * 1.2)
    )
      return 'center';
    // signature and date: GB/T 9704 §7.3.5.1 sets the date four characters in from the right
    // margin (右空四字) and centres the unit above it, so "right" reaches that far in
    if (l.x > centre - l.size && right - l.end < l.size * 7) return 'right';
    if (indentOffset <= l.size * 0.7) return 'indent';
    return 'other';
  };

  const out: RawParagraph[] = [];
  let open: { paragraph: RawParagraph; last: Line; kind: string } | null = null;
  for (const line of lines) {
    const k = kind(line);
    const full = (l: Line) => right - l.end < l.size * 1.5;
    const continues =
      open !== null &&
      full(open.last) &&
      Math.abs(open.last.size - line.size) < 0.6 &&
      (line.page !== open.last.page || open.last.y - line.y < line.size * 2.6) &&
      ((open.kind === 'center' && k === 'center') ||
        (open.kind !== 'center' && open.kind !== 'right' && k === 'flush'));
    if (open && continues) {
      open.paragraph.text = joinLines(open.paragraph.text, line.text);
      open.last = line;
      continue;
    }
    const paragraph: RawParagraph = { text: line.text, fontSize: Math.round(line.size * 2) / 2 };
    if (k === 'center') paragraph.alignment = 'center';
    if (k === 'right') {
      paragraph.alignment = 'right';
      paragraph.pushedRight = true;
    }
    if (k === 'indent' || (k === 'other' && line.x > left + line.size)) paragraph.indented = true;
    out.push(paragraph);
    open = { paragraph, last: line, kind: k };
  }
  return out;
}

function joinLines(a: string, b: string): string {
  // Latin words broken across lines need their space back; Chinese lines join directly
  return /[A-Za-z0-9,.;:]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Page numbers and running heads: lines that look like a page number, and lines repeated at the
 * same height on most pages.
 */
function dropPageFurniture(lines: Line[], pageCount: number): Line[] {
  const repeated = new Map<string, number>();
  for (const l of lines) {
    const key = `${Math.round(l.y)}|${l.text.replace(/\d+/g, '#')}`;
    repeated.set(key, (repeated.get(key) ?? 0) + 1);
  }
  // the first and last line of every page (lines come page by page, top to bottom)
  const edges = new Set<Line>();
  lines.forEach((l, i) => {
    if (i === 0 || lines[i - 1].page !== l.page) edges.add(l);
    if (i === lines.length - 1 || lines[i + 1].page !== l.page) edges.add(l);
  });
  return lines.filter((l) => {
    if (!edges.has(l)) return true;
    if (PAGE_NUMBER.test(l.text)) return false;
    const key = `${Math.round(l.y)}|${l.text.replace(/\d+/g, '#')}`;
    // running heads are short; a body line can repeat at the same height by chance
    const short = l.text.length <= 30;
    return !(short && pageCount >= 3 && (repeated.get(key) ?? 0) >= Math.ceil(pageCount * 0.6));
  });
}
