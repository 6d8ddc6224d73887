// Phrase search for the panel and the palette: Chinese text as a substring, Latin letters as pinyin
// initials (`xjzj` → 现将……总结如下), several terms separated by spaces all have to match. Lower
// cost ranks first; ties keep the template's categories first, then shorter phrases.

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

/**
 * How many words a query may skip: `xjzj` skips the words between 现将 and 总结 once. Longer
 * queries may skip more, but a query of scattered single letters would match almost any phrase.
 */
export function maxGaps(letters: number): number {
  return Math.floor((letters - 1) / 2);
}

/**
 * The cheapest way to read `letters` as a subsequence of the phrase's initials, or null. Dynamic
 * programming over the Chinese characters only (punctuation and placeholders are no gap), with
 * the number of skips as part of the state so that at most maxGaps() are allowed.
 */
export function matchInitials(letters: string, initials: readonly string[]): number | null {
  const seq = initials.filter((s) => s.length > 0);
  const n = seq.length;
  if (!letters.length) return 0;
  if (letters.length > n) return null;
  const gaps = maxGaps(letters.length);
  // prev[g][j]: cheapest cost with letters[0..i] matched, letter i at seq[j], g skips used
  let prev: number[][] = Array.from({ length: gaps + 1 }, () => new Array(n).fill(Infinity));
  for (let j = 0; j < n; j++) {
    const at = seq[j].indexOf(letters[0]);
    if (at < 0) continue;
    prev[0][j] = (at > 0 ? OTHER_READING : 0) + (j > 0 ? LATE_START + j * PER_CHAR_LATE : 0);
  }
  for (let i = 1; i < letters.length; i++) {
    const next = Array.from({ length: gaps + 1 }, () => new Array<number>(n).fill(Infinity));
    for (let g = 0; g <= gaps; g++) {
      // best over k < j-1 of prev[g-1][k] - GAP_PER_CHAR * k: a skip of j-k-1 characters
      let runningMin = Infinity;
      for (let j = 1; j < n; j++) {
        if (g > 0 && j >= 2)
          runningMin = Math.min(runningMin, prev[g - 1][j - 2] - GAP_PER_CHAR * (j - 2));
        const at = seq[j].indexOf(letters[i]);
        if (at < 0) continue;
        const best = Math.min(prev[g][j - 1], runningMin + GAP + GAP_PER_CHAR * (j - 1));
        if (best < Infinity) next[g][j] = best + (at > 0 ? OTHER_READING : 0);
      }
    }
    prev = next;
  }
  const cost = Math.min(...prev.flat());
  return cost < Infinity ? cost : null;
}

function matchText(term: string, haystacks: string[]): number | null {
  let best: number | null = null;
  for (const text of haystacks) {
    const at = text.toLowerCase().indexOf(term);
    if (at < 0) continue;
    const cost = at === 0 ? 0 : LATE_START + Math.min(at, 50) * PER_CHAR_LATE;
    if (best === null || cost < best) best = cost;
  }
  return best;
}

function termCost(term: string, snippet: Snippet, haystacks: string[]): number | null {
  const text = matchText(term, haystacks);
  if (text !== null) return text;
  if (/^[a-z]+$/.test(term) && snippet.initials) return matchInitials(term, snippet.initials);
  // the category name (`存在问题`) finds the whole category, after phrases that contain the words
  if (snippet.category.toLowerCase().includes(term)) return 3;
  return null;
}

/** Phrases matching every term of `query`, best first; all phrases when the query is empty. */
export function searchSnippets(
  snippets: readonly Snippet[],
  query: string,
  options: SearchOptions = {},
): Snippet[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const preferred = options.preferred ?? [];
  const rank = (s: Snippet) => {
    const i = preferred.indexOf(s.category);
    return i < 0 ? preferred.length : i;
  };
  const scored: { snippet: Snippet; cost: number; order: number }[] = [];
  snippets.forEach((snippet, order) => {
    const haystacks = [snippet.text];
    if (options.meta && snippet.text.includes('{')) {
      haystacks.push(fillPlaceholders(snippet.text, options.meta));
    }
    let cost = 0;
    for (const term of terms) {
      const c = termCost(term, snippet, haystacks);
      if (c === null) return;
      cost += c;
    }
    scored.push({ snippet, cost, order });
  });
  scored.sort((a, b) => {
    if (terms.length && a.cost !== b.cost) return a.cost - b.cost;
    const byCategory = rank(a.snippet) - rank(b.snippet);
    if (byCategory) return byCategory;
    if (terms.length && a.snippet.text.length !== b.snippet.text.length) {
      return a.snippet.text.length - b.snippet.text.length;
    }
    return a.order - b.order;
  });
  const hits = scored.map((s) => s.snippet);
  return options.limit ? hits.slice(0, options.limit) : hits;
}
