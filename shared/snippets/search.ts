// Phrase search for the panel and the palette: Chinese text as a substring, Latin letters as pinyin
// initials (`xjzj` → 现将……总结如下), several terms separated by spaces all have to match. Lower
// cost ranks first; ties keep the template's categories first, then shorter phrases. It runs on
// every key press over up to a few thousand phrases (bench/snippet-search.bench.ts), so what a
// phrase needs is computed once per phrase object and the matcher works on bit masks.

import type { Snippet } from '../api';
import { fillPlaceholders, type PlaceholderMeta } from './placeholders';

export interface SearchOptions {
  /** categories the current template suggests, ranked first */
  preferred?: readonly string[];
  /** matches filled text too, so `上半年` finds `{期间}` phrases */
  meta?: PlaceholderMeta;
  limit?: number;
}

const GAP = 1; // skipping characters between two matched initials
const GAP_PER_CHAR = 0.05;
const LATE_START = 0.5; // the first initial is not the phrase's first Chinese character
const PER_CHAR_LATE = 0.02;
const OTHER_READING = 0.3; // matched a polyphone's reading that does not fit the context
const CATEGORY_ONLY = 3; // the query names the category, not words of the phrase
// sort key fields: category rank, phrase length, position in the list (costs in steps of 0.01);
// together below 2^53 so the key is an exact double
const RANKS = 32;
const LENGTHS = 2048;
const ORDERS = 2 ** 20;
const MAX_COST_STEP = 2 ** 17 - 1;

/**
 * How many words a query may skip: `xjzj` skips the words between 现将 and 总结 once. Longer
 * queries may skip more, but a query of scattered single letters would match almost any phrase.
 */
export function maxGaps(letters: number): number {
  return Math.floor((letters - 1) / 2);
}

/** Initials of the Chinese characters only (punctuation and placeholders are no gap). */
interface Encoded {
  /** bit i set when letter i (a = 0) is the initial of any reading of the character */
  bits: Int32Array;
  /** the letter of the reading in context */
  first: Uint8Array;
  /** all bits together, to rule a phrase out at once */
  mask: number;
}

interface Prepared extends Encoded {
  lower: string;
  category: string;
  filled?: { key: string; lower: string };
}

function letterBits(letters: string): number {
  let mask = 0;
  for (let i = 0; i < letters.length; i++) mask |= 1 << (letters.charCodeAt(i) - 97);
  return mask;
}

function encode(initials: readonly string[]): Encoded {
  const seq = initials.filter((s) => /^[a-z]+$/.test(s));
  const bits = new Int32Array(seq.length);
  const first = new Uint8Array(seq.length);
  let mask = 0;
  seq.forEach((letters, j) => {
    bits[j] = letterBits(letters);
    first[j] = letters.charCodeAt(0) - 97;
    mask |= bits[j];
  });
  return { bits, first, mask };
}

const prepared = new WeakMap<Snippet, Prepared>();

function prepare(snippet: Snippet): Prepared {
  let p = prepared.get(snippet);
  if (!p) {
    p = {
      lower: snippet.text.toLowerCase(),
      category: snippet.category.toLowerCase(),
      ...encode(snippet.initials ?? []),
    };
    prepared.set(snippet, p);
  }
  return p;
}

function letterCodes(letters: string): Uint8Array {
  return Uint8Array.from(letters, (c) => c.charCodeAt(0) - 97);
}

/** Any reading at all, ignoring the skip limit: a cheap test before the DP. */
function isSubsequence(codes: Uint8Array, bits: Int32Array): boolean {
  let i = 0;
  for (let j = 0; j < bits.length && i < codes.length; j++) {
    if (bits[j] & (1 << codes[i])) i++;
  }
  return i === codes.length;
}

// DP rows reused between calls
let rowA = new Float64Array(0);
let rowB = new Float64Array(0);

function matchCodes(codes: Uint8Array, { bits, first }: Encoded): number | null {
  const n = bits.length;
  const m = codes.length;
  if (!m) return 0;
  if (m > n || !isSubsequence(codes, bits)) return null;
  const gaps = maxGaps(m);
  const size = (gaps + 1) * n;
  if (rowA.length < size) {
    rowA = new Float64Array(size);
    rowB = new Float64Array(size);
  }
  // prev[g * n + j]: cheapest cost with codes[0..i] matched, code i at character j, g skips used
  let prev = rowA;
  let next = rowB;
  prev.fill(Infinity, 0, size);
  const c0 = codes[0];
  for (let j = 0; j < n; j++) {
    if (!(bits[j] & (1 << c0))) continue;
    prev[j] = (first[j] === c0 ? 0 : OTHER_READING) + (j > 0 ? LATE_START + j * PER_CHAR_LATE : 0);
  }
  for (let i = 1; i < m; i++) {
    next.fill(Infinity, 0, size);
    const code = codes[i];
    const bit = 1 << code;
    for (let g = 0; g <= gaps; g++) {
      const row = g * n;
      const below = (g - 1) * n;
      // best over k < j-1 of prev[g-1][k] - GAP_PER_CHAR * k: a skip of j-k-1 characters
      let runningMin = Infinity;
      for (let j = 1; j < n; j++) {
        if (g > 0 && j >= 2) {
          const candidate = prev[below + j - 2] - GAP_PER_CHAR * (j - 2);
          if (candidate < runningMin) runningMin = candidate;
        }
        if (!(bits[j] & bit)) continue;
        const adjacent = prev[row + j - 1];
        const skipped = runningMin + GAP + GAP_PER_CHAR * (j - 1);
        const best = adjacent < skipped ? adjacent : skipped;
        if (best < Infinity) next[row + j] = best + (first[j] === code ? 0 : OTHER_READING);
      }
    }
    const swap = prev;
    prev = next;
    next = swap;
  }
  let cost = Infinity;
  for (let k = 0; k < size; k++) if (prev[k] < cost) cost = prev[k];
  return cost < Infinity ? cost : null;
}

/**
 * The cheapest way to read `letters` as a subsequence of the phrase's initials, or null. Dynamic
 * programming over the Chinese characters, with the number of skips as part of the state so that
 * at most maxGaps() are allowed.
 */
export function matchInitials(letters: string, initials: readonly string[]): number | null {
  return matchCodes(letterCodes(letters), encode(initials));
}

function textCost(term: string, lower: string): number | null {
  const at = lower.indexOf(term);
  if (at < 0) return null;
  return at === 0 ? 0 : LATE_START + Math.min(at, 50) * PER_CHAR_LATE;
}

function filledLower(snippet: Snippet, p: Prepared, meta: PlaceholderMeta, key: string): string {
  if (p.filled?.key !== key) {
    p.filled = { key, lower: fillPlaceholders(snippet.text, meta).toLowerCase() };
  }
  return p.filled.lower;
}

interface Term {
  text: string;
  /** letters only: also tried as pinyin initials */
  codes: Uint8Array | null;
  mask: number;
}

function parseQuery(query: string): Term[] {
  return query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => {
      const pinyin = /^[a-z]+$/.test(text);
      return {
        text,
        codes: pinyin ? letterCodes(text) : null,
        mask: pinyin ? letterBits(text) : 0,
      };
    });
}

/** Phrases matching every term of `query`, best first; all phrases when the query is empty. */
export function searchSnippets(
  snippets: readonly Snippet[],
  query: string,
  options: SearchOptions = {},
): Snippet[] {
  // more than a million phrases is no real list; search the first million rather than fail
  if (snippets.length > ORDERS) snippets = snippets.slice(0, ORDERS);
  const terms = parseQuery(query);
  const preferred = options.preferred ?? [];
  const meta = options.meta;
  const metaKey = meta
    ? JSON.stringify([meta.unit, meta.year, meta.period, meta.date, meta.author, meta.title])
    : '';
  // one number per match orders by cost, then category rank, then length, then position; a
  // Float64Array sorts thousands of them in well under a millisecond, a comparator does not
  const keys: number[] = [];
  snippets.forEach((snippet, order) => {
    const p = prepare(snippet);
    let cost = 0;
    for (const term of terms) {
      let c = textCost(term.text, p.lower);
      if (c === null && meta && snippet.text.includes('{')) {
        c = textCost(term.text, filledLower(snippet, p, meta, metaKey));
      }
      if (c === null && term.codes && (term.mask & ~p.mask) === 0) c = matchCodes(term.codes, p);
      if (c === null && p.category.includes(term.text)) c = CATEGORY_ONLY;
      if (c === null) return;
      cost += c;
    }
    const at = preferred.indexOf(snippet.category);
    const rank = Math.min(at < 0 ? preferred.length : at, RANKS - 1);
    const length = terms.length ? Math.min(snippet.text.length, LENGTHS - 1) : 0;
    const costStep = Math.min(Math.round(cost * 100), MAX_COST_STEP);
    keys.push(((costStep * RANKS + rank) * LENGTHS + length) * ORDERS + order);
  });
  const sorted = Float64Array.from(keys).sort();
  const count = options.limit ? Math.min(options.limit, sorted.length) : sorted.length;
  const hits: Snippet[] = [];
  for (let i = 0; i < count; i++) hits.push(snippets[sorted[i] % ORDERS]);
  return hits;
}
