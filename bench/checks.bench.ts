// 检查 speed: (1) every check over the 1.1 M-character government-report corpus (aim: under 1 s),
// against a plain regex pass over the same text in the same run; (2) re-checking a 50,000-character
// draft after a one-character edit with the incremental checker (aim: under 10 ms), against a
// full checkDraft of the same draft.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDraft, createIncrementalChecker } from '../shared/checks';
import { emptyDraft, type Block, type Draft } from '../shared/model';
import { medianMs } from './timing';

const corpus = path.resolve(
  import.meta.dirname,
  '../../shared/corpus/large/government_work_reports.jsonl',
);

/** One draft per report: each non-empty line a paragraph, `一、` lines as headings. */
function draftsOf(records: { title: string; content: string }[]): Draft[] {
  return records.map((r) => {
    const blocks: Block[] = r.content
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((text) => {
        const m = /^([一二三四五六七八九十]+、)(.{1,40})$/.exec(text);
        return m
          ? { type: 'heading' as const, level: 1 as const, text: m[2], marker: m[1] }
          : { type: 'paragraph' as const, text };
      });
    return { ...emptyDraft({ title: r.title, year: Number(r.title.slice(0, 4)) || null }), blocks };
  });
}

const records = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { title: string; content: string });
const drafts = draftsOf(records);
const texts = drafts.flatMap((d) => d.blocks.map((b) => (b.type === 'table' ? '' : b.text)));
const chars = texts.reduce((n, t) => n + t.length, 0);

let sink = 0;
const baseline = medianMs(5, () => {
  for (const t of texts) sink += t.match(/[，。；：、]/g)?.length ?? 0;
});
let findings = 0;
const full = medianMs(5, () => {
  findings = 0;
  for (const d of drafts) findings += checkDraft(d).length;
});

// a 50,000-character draft from the reports' own paragraphs
const big: Draft = { ...emptyDraft({ title: '五万字文稿', year: 2023 }), blocks: [] };
let bigChars = 0;
for (const b of drafts.flatMap((d) => d.blocks)) {
  if (bigChars >= 50_000) break;
  big.blocks.push(b);
  bigChars += b.type === 'table' ? 0 : b.text.length;
}
const middle = Math.floor(big.blocks.length / 2);
const checker = createIncrementalChecker();
checker.update(big);
const edited = (i: number): Draft => {
  const blocks = big.blocks.slice();
  const block = blocks[middle];
  if (block.type === 'paragraph')
    blocks[middle] = { ...block, text: block.text + '的二三四五'[i % 5] + i };
  return { ...big, blocks };
};
const fullBig = medianMs(20, () => checkDraft(big));
const incremental = medianMs(50, (i) => checker.update(edited(i)));
const rebuiltChecker = createIncrementalChecker();
rebuiltChecker.update(big);
// an editor that hands over fresh block objects on every change: blocks found by content
const rebuilt = medianMs(50, (i) => {
  const draft = edited(i);
  rebuiltChecker.update({ ...draft, blocks: draft.blocks.map((b) => ({ ...b })) });
});

// numbers first: Chinese labels do not line up under padEnd
const ms = (v: number) => `${v.toFixed(2).padStart(9)} ms`;
const line = (name: string, v: number, base: number, baseName: string, aim: number) =>
  `${ms(v)}  ${(v / base).toFixed(2).padStart(7)}× ${baseName}  ${v < aim ? `达标（< ${aim} ms）` : `未达标（≥ ${aim} ms）`}  ${name}`;
console.log(
  [
    `政府工作报告语料：${drafts.length} 篇，${chars.toLocaleString()} 字，${findings} 条检查结果`,
    `${ms(baseline)}  基线：正则扫一遍标点`,
    line('全部检查 checkDraft', full, baseline, '基线', 1000),
    '',
    `五万字文稿：${big.blocks.length} 段，${bigChars.toLocaleString()} 字`,
    `${ms(fullBig)}  基线：整篇 checkDraft`,
    line('改一个字后增量检查', incremental, fullBig, '整篇', 10),
    line('改一个字后增量检查（段落对象全新）', rebuilt, fullBig, '整篇', 10),
  ].join('\n'),
);
if (sink < 0) console.log(sink);
