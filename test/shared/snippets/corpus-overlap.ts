// Our templates and phrases are written in our own words: no run of 12 or more characters may
// appear verbatim in the seed corpus. Placeholders split a text into the runs that are checked.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_FILE = resolve(
  import.meta.dirname,
  '../../../../shared/corpus/000_0f3bb0a146594841.txt',
);

export function loadCorpus(): string {
  return readFileSync(CORPUS_FILE, 'utf8');
}

/** Every 12-character window of `text` (outside placeholders) found verbatim in the corpus. */
export function copiedRuns(text: string, corpus: string, size = 12): string[] {
  const found: string[] = [];
  for (const piece of text.split(/\{[^{}]*\}/)) {
    const chars = Array.from(piece);
    for (let i = 0; i + size <= chars.length; i++) {
      const window = chars.slice(i, i + size).join('');
      if (corpus.includes(window)) found.push(window);
    }
  }
  return found;
}
