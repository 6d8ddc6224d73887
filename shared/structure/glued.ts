// `……现将有关事项通知如下：一、培训时间`: a heading typed at the end of the paragraph before it,
// as happens when a Word document is pasted into a plain-text box and back.

import type { Line } from './lines';
import { parseMarker, type MarkerKind } from './markers';

const CN = '[一二三四五六七八九十]{1,3}';
// a clause end, then a heading number of the kinds headings use
const GLUED = new RegExp(
  `[：:。；;](?=\\s*(?:${CN}[、．.]|[（(]${CN}[）)]|\\d{1,2}[、．.](?!\\d)|[（(]\\d{1,2}[）)]))`,
  'g',
);

const CN_DIGITS = '一二三四五六七八九';

/**
 * Splits glued headings off paragraphs, remembering the numbers seen so far: `一、` (or `（一）`,
 * `1.`) always may start a list, a later number only continues one already begun (`二、` after
 * `一、`). An inline enumeration (`目录：1.信息发布……；2.重大决策……`) stays in its paragraph.
 */
export class GluedHeadings {
  private readonly lastValue = new Map<MarkerKind, number>();

  split(line: Line): Line[] {
    const lines = this.splitOne(line);
    for (const l of lines) {
      const m = parseMarker(l.text);
      if (m) this.lastValue.set(m.marker.kind, m.marker.value);
    }
    return lines;
  }

  private splitOne(line: Line): Line[] {
    // `附件：1. …` is an attachment list, not a paragraph with a heading glued on
    if (line.raw.table || /^附\s*件/.test(line.text)) return [line];
    let split = -1;
    for (const m of line.text.matchAll(GLUED)) split = m.index + 1;
    if (split <= 0) return [line];
    const tail = line.text.slice(split).trim();
    const parsed = parseMarker(tail);
    if (!parsed) return [line];
    const { kind, value } = parsed.marker;
    if (value !== 1 && this.lastValue.get(kind) !== value - 1) return [line];
    const head = line.text.slice(0, split).trim();
    // `主要表现在：一、……。二、……。三、……`: an enumeration inside the paragraph
    if (hasInlineItem(parsed.rest, kind, value + 1) || hasInlineItem(head, kind, value - 1)) {
      return [line];
    }
    // what follows must read as a heading (one short phrase) or open a run-in heading
    const heading = /^[^。；！？]{1,30}[。：:]?$/.test(parsed.rest);
    const runIn = /^[^。；，]{1,20}[。：:]/.test(parsed.rest);
    if (!heading && !runIn) return [line];
    return [
      { ...line, text: head },
      { text: tail, raw: { text: tail }, blankBefore: 0 },
    ];
  }
}

function hasInlineItem(text: string, kind: MarkerKind, value: number): boolean {
  if (value < 1) return false;
  switch (kind) {
    case 'cn':
      return value < 10 && new RegExp(`${CN_DIGITS[value - 1]}[、．.]`).test(text);
    case 'cn-paren':
      return value < 10 && new RegExp(`[（(]${CN_DIGITS[value - 1]}[）)]`).test(text);
    case 'arabic-paren':
      return new RegExp(`[（(]${value}[）)]`).test(text);
    default:
      return new RegExp(`(?:^|[^\\d.])${value}[、．.](?!\\d)`).test(text);
  }
}
