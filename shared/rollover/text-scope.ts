// Where in a text a number is part of a name rather than data: inside “…” (slogans and project
// names: “300户宜居改造项目”, “两个维护”), 《…》 (document titles), 〔…〕 and 【…】 (document
// numbers, tags). Reports have unbalanced quotes, so a pair only counts when it closes soon.

const PAIRS: Record<string, { close: string; reach: number }> = {
  '“': { close: '”', reach: 40 },
  '《': { close: '》', reach: 80 },
  '〔': { close: '〕', reach: 12 },
  '［': { close: '］', reach: 12 },
  '[': { close: ']', reach: 12 },
  '【': { close: '】', reach: 40 },
  '「': { close: '」', reach: 40 },
};

/** Sorted, non-overlapping [start, end) ranges of quoted or bracketed names in `text`. */
export function nameSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const pair = PAIRS[text[i]];
    if (pair) {
      const close = text.indexOf(pair.close, i + 1);
      const nextNewline = text.indexOf('\n', i + 1);
      if (close > 0 && close - i <= pair.reach && (nextNewline < 0 || nextNewline > close)) {
        spans.push([i + 1, close]);
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/** Answers "is this position inside a name?" for positions visited in increasing order. */
export class NameScope {
  private index = 0;

  constructor(private readonly spans: [number, number][]) {}

  contains(pos: number): boolean {
    while (this.index < this.spans.length && this.spans[this.index][1] <= pos) this.index++;
    const span = this.spans[this.index];
    return span !== undefined && span[0] <= pos && pos < span[1];
  }
}
