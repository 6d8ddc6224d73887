// Phrase search per keystroke: the palette searches on every key, so a query over the largest list
// a user can have (the shipped phrases plus a full 5,000-phrase pack) should stay well inside one
// frame. Baseline in the same run: a plain `includes` filter over the same texts, the least any
// search must do. Also times computing pinyin initials for that list (done once on the main side).
// Run with `npm run bench snippet`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Snippet, SnippetPack } from '../shared/api';
import { initialsOf } from '../shared/snippets/pinyin-initials';
import { searchSnippets } from '../shared/snippets/search';

const pack = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../templates/snippets/builtin.json'), 'utf8'),
) as SnippetPack;

// 5,000 user phrases made from sentences of the government-report corpus (not shipped anywhere)
const corpus = readFileSync(
  path.resolve(import.meta.dirname, '../../shared/corpus/large/government_work_reports.jsonl'),
  'utf8',
);
const sentences = corpus
  .split(/[。；\n]/)
  .map((s) => s.replace(/[^\p{Script=Han}，、]/gu, ''))
  .filter((s) => s.length >= 8 && s.length <= 60)
  .slice(0, 5000);

const texts = [...pack.snippets.map((s) => s.text), ...sentences];
let start = performance.now();
const snippets: Snippet[] = texts.map((text, i) => ({
  id: String(i),
  category: i < pack.snippets.length ? pack.snippets[i].category : '我的',
  text,
  initials: initialsOf(text),
}));
const indexMs = performance.now() - start;

const queries = ['x', 'xj', 'xjzj', 'gzzj', 'jsgz', '工作', '推进', '总结如下', 'zsy', 'xybdx'];

function time(fn: () => number, rounds = 7): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const lower = texts.map((t) => t.toLowerCase());
const baselineMs = time(() => {
  let hits = 0;
  for (const q of queries) for (const t of lower) if (t.includes(q)) hits++;
  return hits;
});
const searchMs = time(() => {
  let hits = 0;
  for (const q of queries) hits += searchSnippets(snippets, q, { limit: 50 }).length;
  return hits;
});

const shipped = snippets.slice(0, pack.snippets.length);
const shippedMs = time(() => {
  let hits = 0;
  for (const q of queries) hits += searchSnippets(shipped, q, { limit: 50 }).length;
  return hits;
});

const per = (ms: number) => (ms / queries.length).toFixed(2);
console.log(`phrases: ${snippets.length}; pinyin initials computed in ${indexMs.toFixed(0)} ms`);
console.log(`baseline (includes): ${per(baselineMs)} ms per query`);
console.log(
  `searchSnippets:      ${per(searchMs)} ms per query (${(searchMs / baselineMs).toFixed(1)}× baseline)`,
);
console.log(`shipped phrases only (${shipped.length}): ${per(shippedMs)} ms per query`);
console.log(`per-keystroke target 16 ms: ${searchMs / queries.length < 16 ? 'met' : 'NOT met'}`);
