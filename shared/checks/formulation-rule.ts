// Near-misses of official formulations: text that is one dropped word, one swapped or added
// character away from a formulation in formulations.ts. Precision first: only text that shares an
// intact stretch (an anchor) with a formulation is compared, an exact formulation or correct form
// nearby silences it, and the allowed distance grows slowly with the formulation's length.

import {
  FORMULATIONS,
  LEGIT_FORMS,
  NUMBERED_FORMULATIONS,
  NUMBERED_LEGIT_FORMS,
} from './formulations';
import type { LocalFinding, TextRule } from './types';

interface Entry {
  text: string;
  /** checked for near-misses (false: only known as a correct form) */
  canon: boolean;
  maxDistance: number;
}

interface Anchor {
  entry: number;
  offset: number;
  text: string;
}

function maxDistance(length: number): number {
  if (length < 7) return 0;
  if (length < 8) return 1;
  if (length < 12) return 1;
  if (length < 16) return 2;
  return Math.floor(length / 4);
}

interface Index {
  entries: Entry[];
  /** anchors by their first two characters (as one number: c1 × 65536 + c2) */
  anchors: Map<number, Anchor[]>;
  /** 1 for each UTF-16 unit an anchor starts with, to skip most positions at once */
  firstChars: Uint8Array;
}

let plainIndex: Index | null = null;
let numberedIndex: Index | null = null;

function buildIndex(canon: readonly string[], legit: readonly string[]): Index {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const text of canon) {
    if (seen.has(text)) continue;
    seen.add(text);
    entries.push({ text, canon: true, maxDistance: maxDistance(text.length) });
  }
  for (const text of legit) {
    if (seen.has(text)) continue;
    seen.add(text);
    entries.push({ text, canon: false, maxDistance: 0 });
  }
  const anchors = new Map<number, Anchor[]>();
  const firstChars = new Uint8Array(65536);
  const add = (entry: number, offset: number, text: string) => {
    const key = text.charCodeAt(0) * 65536 + text.charCodeAt(1);
    firstChars[text.charCodeAt(0)] = 1;
    const list = anchors.get(key);
    const anchor = { entry, offset, text };
    if (list) list.push(anchor);
    else anchors.set(key, [anchor]);
  };
  entries.forEach((e, i) => {
    const L = e.text.length;
    // exact forms need one anchor; near-misses are found through any of three intact thirds
    if (e.maxDistance === 0) {
      add(i, 0, e.text);
      return;
    }
    const a = Math.floor(L / 3);
    const b = Math.floor((2 * L) / 3);
    add(i, 0, e.text.slice(0, a));
    add(i, a, e.text.slice(a, b));
    add(i, b, e.text.slice(b));
  });
  return { entries, anchors, firstChars };
}

// rows of the distance table, reused between calls (formulations are short)
let rows: Int32Array[] = [];
let starts: Int32Array[] = [];

/**
 * Edit distance (with adjacent swaps) between `pattern` and the best-matching substring of `text`;
 * returns the distance and the substring's range.
 */
export function bestSubstringMatch(
  pattern: string,
  text: string,
): { distance: number; start: number; end: number } {
  const m = pattern.length;
  const n = text.length;
  if (rows.length < 3 || rows[0].length < n + 1) {
    const size = Math.max(n + 1, 64);
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
    starts = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  let prev2Start = starts[0];
  let prevStart = starts[1];
  let curStart = starts[2];
  for (let j = 0; j <= n; j++) {
    prev[j] = 0;
    prevStart[j] = j;
  }
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    curStart[0] = 0;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const tc = text.charCodeAt(j - 1);
      let best = prev[j - 1] + (pc === tc ? 0 : 1);
      let start = prevStart[j - 1];
      if (prev[j] + 1 < best) {
        best = prev[j] + 1;
        start = prevStart[j];
      }
      if (cur[j - 1] + 1 < best) {
        best = cur[j - 1] + 1;
        start = curStart[j - 1];
      }
      if (
        i > 1 &&
        j > 1 &&
        pc === text.charCodeAt(j - 2) &&
        pattern.charCodeAt(i - 2) === tc &&
        prev2[j - 2] + 1 < best
      ) {
        best = prev2[j - 2] + 1;
        start = prev2Start[j - 2];
      }
      cur[j] = best;
      curStart[j] = start;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
    [prev2Start, prevStart, curStart] = [prevStart, curStart, prev2Start];
  }
  let distance = Infinity;
  let end = 0;
  for (let j = 0; j <= n; j++) {
    // ties: the longer match, so a dropped character at the end is not mistaken for a cut
    if (prev[j] < distance || (prev[j] === distance && j - prevStart[j] > end - prevStart[end])) {
      distance = prev[j];
      end = j;
    }
  }
  return { distance, start: prevStart[end], end };
}

/** Enough of the formulation's characters are in the window for a near-miss to be possible. */
function sharesEnough(entry: Entry, window: string): boolean {
  let missing = 0;
  for (let k = 0; k < entry.text.length; k++) {
    if (window.indexOf(entry.text[k]) < 0 && ++missing > entry.maxDistance) return false;
  }
  return true;
}

interface NearMiss {
  /** the formulation as it should read */
  canon: string;
  start: number;
  end: number;
}

function nearMisses(text: string, { entries, anchors, firstChars }: Index): NearMiss[] {
  const exact: [number, number, number][] = [];
  const candidates = new Map<string, { entry: number; from: number }>();
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!firstChars[c]) continue;
    const list = anchors.get(c * 65536 + text.charCodeAt(i + 1));
    if (!list) continue;
    for (const anchor of list) {
      if (!text.startsWith(anchor.text, i)) continue;
      const entry = entries[anchor.entry];
      const from = i - anchor.offset;
      if (text.startsWith(entry.text, from)) {
        exact.push([from, from + entry.text.length, anchor.entry]);
      } else if (entry.canon && entry.maxDistance > 0) {
        candidates.set(`${anchor.entry}:${from}`, { entry: anchor.entry, from });
      }
    }
  }
  const found: { entry: number; distance: number; start: number; end: number }[] = [];
  for (const { entry: ei, from } of candidates.values()) {
    const entry = entries[ei];
    const slack = entry.maxDistance;
    const ws = Math.max(0, from - slack);
    const we = Math.min(text.length, from + entry.text.length + slack);
    const window = text.slice(ws, we);
    if (!sharesEnough(entry, window)) continue;
    const best = bestSubstringMatch(entry.text, window);
    if (best.distance === 0 || best.distance > entry.maxDistance) continue;
    const start = ws + best.start;
    const end = ws + best.end;
    // the found text must keep most of the formulation and both its ends: a stretch shared with
    // another phrase (`学习贯彻……思想作为重中之重`) is no near-miss
    if (end - start < entry.text.length * 0.6) continue;
    if (text[start] !== entry.text[0] || text[end - 1] !== entry.text[entry.text.length - 1])
      continue;
    // a correct form over most of the text silences it, unless that form is just a part of this
    // formulation (`巩固拓展脱贫攻坚成果` inside a garbled `……同乡村振兴的有效衔接`)
    const overlapsExact = exact.some(
      ([s, e, other]) =>
        Math.min(e, end) - Math.max(s, start) >= (end - start) / 2 &&
        !entry.text.includes(entries[other].text),
    );
    if (!overlapsExact) found.push({ entry: ei, distance: best.distance, start, end });
  }
  // the closest formulation first, when two compete for the same text
  found.sort((a, b) => a.distance - b.distance || a.start - b.start);
  const out: NearMiss[] = [];
  for (const { entry, start, end } of found) {
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ canon: entries[entry].text, start, end });
  }
  return out;
}

const NUMERALS = /[一二三四五六七八九十百零〇]+/g;

/** The text with each run of Chinese numerals as one `#`, and where each character came from. */
function numbersFolded(text: string): { folded: string; from: number[]; numbers: string[] } {
  let folded = '';
  const from: number[] = [];
  const numbers: string[] = [];
  let last = 0;
  NUMERALS.lastIndex = 0;
  for (let m = NUMERALS.exec(text); m; m = NUMERALS.exec(text)) {
    for (let i = last; i < m.index; i++) from.push(i);
    folded += text.slice(last, m.index) + '#';
    from.push(m.index);
    numbers.push(m[0]);
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) from.push(i);
  folded += text.slice(last);
  from.push(text.length);
  return { folded, from, numbers };
}

function finding(text: string, start: number, end: number, canon: string): LocalFinding {
  return {
    rule: 'formulation',
    severity: 'warning',
    start,
    end,
    message: `规范表述有误：“${text.slice(start, end)}”应为“${canon}”`,
    fix: canon,
  };
}

export const formulationRule: TextRule = (text) => {
  const out: LocalFinding[] = [];
  if (text.length < 6) return out;
  plainIndex ??= buildIndex(FORMULATIONS, LEGIT_FORMS);
  for (const m of nearMisses(text, plainIndex)) out.push(finding(text, m.start, m.end, m.canon));
  if (/届|代表大会|中全会/.test(text)) {
    numberedIndex ??= buildIndex(NUMBERED_FORMULATIONS, NUMBERED_LEGIT_FORMS);
    const { folded, from } = numbersFolded(text);
    for (const m of nearMisses(folded, numberedIndex)) {
      const start = from[m.start];
      const end = m.end < from.length - 1 ? from[m.end] : text.length;
      // put the document's own numbers back into the formulation, in order
      const written = text.slice(start, end).match(NUMERALS) ?? [];
      const slots = m.canon.split('#').length - 1;
      let k = 0;
      const canon = m.canon.replace(/#/g, () => written[k++] ?? '#');
      const f = finding(text, start, end, canon);
      if (written.length !== slots) delete f.fix;
      out.push(f);
    }
  }
  return out;
};
