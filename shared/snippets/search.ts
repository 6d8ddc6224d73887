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
 * The cheapest way to read `letters` as a subsequence of the phrase's initials, or null. Dynamic
 * programming over the Chinese characters only, so punctuation and placeholders are no gap.
 */
export function matchInitials(letters: string, initials: readonly string[]): number | null {
  const seq = initials.filter((s) => s.length > 0);
  const n = seq.length;
  if (!letters.length || letters.length > n) return letters.length ? null : 0;
  let prev: number[] = new Array(n).fill(Infinity);
  for (let j = 0; j < n; j++) {
    const at = seq[j].indexOf(letters[0]);
    if (at < 0) continue;
    prev[j] = (at > 0 ? OTHER_READING : 0) + (j > 0 ? LATE_START + j * PER_CHAR_LATE : 0);
  }
  for (let i = 1; i < letters.length; i++) {
    const next: number[] = new Array(n).fill(Infinity);
    // best over k < j-1 of prev[k] - GAP_PER_CHAR * k, so a gap costs GAP + GAP_PER_CHAR * (j-k-1)
    let runningMin = Infinity;
    for (let j = 1; j < n; j++) {
      if (j >= 2) runningMin = Math.min(runningMin, prev[j - 2] - GAP_PER_CHAR * (j - 2));
      const at = seq[j].indexOf(letters[i]);
      if (at < 0) continue;
      const adjacent = prev[j - 1];
      const gapped = runningMin + GAP + GAP_PER_CHAR * (j - 1);
      const best = Math.min(adjacent, gapped);
      if (best < Infinity) next[j] = best + (at > 0 ? OTHER_READING : 0);
    }
    prev = next;
  }
  const cost = Math.min(...prev);
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
