// Rolling the whole government-report corpus (72 reports, about 1.1 M characters) forward.
// Prints characters per second and the ratio against a baseline measured in the same run: one
// plain regex scan for digits and numerals over the same text, which any roll-forward must at
// least do. Run with `npm run bench rollover`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { emptyDraft, type Draft } from '../shared/model';
import { rollForward } from '../shared/rollover';

const file = path.resolve(
  import.meta.dirname,
  '../../shared/corpus/large/government_work_reports.jsonl',
);
const drafts: Draft[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { title: string; content: string })
  .map((record) => ({
    ...emptyDraft({ title: record.title }),
    blocks: record.content
      .split('\n')
      .filter((text) => text.trim())
      .map((text) => ({ type: 'paragraph' as const, text })),
  }));
const texts = drafts.flatMap((d) => d.blocks.map((b) => (b.type === 'table' ? '' : b.text)));
const chars = texts.reduce((n, t) => n + t.length, 0);

function rollAll(): number {
  let marks = 0;
  for (const draft of drafts) {
    for (const block of rollForward(draft).blocks) {
      if (block.type !== 'table') marks += block.marks?.length ?? 0;
    }
  }
  return marks;
}

const SCAN = /[0-9０-９〇一二两三四五六七八九十百千万亿]+/g;
function scanAll(): number {
  let hits = 0;
  for (const text of texts) for (const _ of text.matchAll(SCAN)) hits++;
  return hits;
}

/** best of `rounds` runs, in milliseconds, after one warm-up */
function time(fn: () => number, rounds = 5): { ms: number; result: number } {
  let result = fn();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

const baseline = time(scanAll);
const roll = time(rollAll);
const perSecond = (ms: number) => Math.round((chars / ms) * 1000).toLocaleString('en-US');
console.log(`corpus: ${drafts.length} reports, ${chars.toLocaleString('en-US')} characters`);
console.log(
  `baseline regex scan: ${baseline.ms.toFixed(1)} ms, ${perSecond(baseline.ms)} chars/s, ${baseline.result} numeral runs`,
);
console.log(
  `rollForward:         ${roll.ms.toFixed(1)} ms, ${perSecond(roll.ms)} chars/s, ${roll.result} marks`,
);
console.log(`ratio rollForward / baseline: ${(roll.ms / baseline.ms).toFixed(2)}×`);
