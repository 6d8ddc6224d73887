// The 17 reports of the corpus compilation as drafts, built by a deliberately plain line classifier
// so export tests need not wait for (or depend on) the import service. Headings `一、`, `（一）`,
// `1、`/`1.`; a `（一）…。rest` line is a run-in lead; a trailing unit + date pair is the signature.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block, Draft, HeadingLevel } from '../../../shared/model';
import { emptyDraft } from '../../../shared/model';

export const CORPUS_FILE = path.resolve(
  import.meta.dirname,
  '../../../../shared/corpus/000_0f3bb0a146594841.txt',
);

const MARKERS: [HeadingLevel, RegExp][] = [
  [1, /^[一二三四五六七八九十]+、\s*/],
  [2, /^[（(][一二三四五六七八九十]+[）)]\s*/],
  [3, /^\d{1,2}[、.．](?!\d)\s*/],
  [4, /^[（(]\d{1,2}[）)]\s*/],
];
const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const ADVERT = /^(##paid|【哒哒|欢迎加入)/;

function classify(line: string): Block {
  for (const [level, re] of MARKERS) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    const stop = rest.search(/[。：]/);
    // a short clause closed by 。 or ： with text after it is a run-in heading
    if (stop > 0 && stop <= 30 && stop < rest.length - 1) {
      return {
        type: 'paragraph',
        text: rest.slice(stop + 1),
        lead: {
          level,
          text: rest.slice(0, stop),
          ...(rest[stop] === '。' ? {} : { punct: rest[stop] }),
        },
      };
    }
    if (rest.length <= 40) return { type: 'heading', level, text: rest.replace(/[。；]$/, '') };
    return { type: 'paragraph', text: line };
  }
  return { type: 'paragraph', text: line };
}

export function corpusDrafts(): Draft[] {
  const lines = readFileSync(CORPUS_FILE, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const tocLines = lines.flatMap((l, i) => (/\t\d+$/.test(l) ? [i] : []));
  const tocEnd = tocLines[tocLines.length - 1] + 1;
  // the table of contents misses one report, so titles are found in the text: a short line,
  // one phrase, ending in 总结
  const starts = lines.flatMap((l, i) =>
    i >= tocEnd && /^[^。，；：]{4,40}总结$/.test(l) ? [i] : [],
  );
  const titles = starts.map((i) => lines[i]);
  return titles.map((title, i) => {
    const body = lines
      .slice(starts[i] + 1, i + 1 < starts.length ? starts[i + 1] : lines.length)
      .filter((l) => l && !ADVERT.test(l));
    const draft = emptyDraft({ title, year: 2023, period: '上半年' });
    if (
      body.length >= 2 &&
      DATE.test(body[body.length - 1]) &&
      body[body.length - 2].length <= 20
    ) {
      draft.signature = { unit: body[body.length - 2], date: body[body.length - 1] };
      body.splice(-2);
    }
    draft.blocks = body.map(classify);
    return draft;
  });
}

/** All 17 reports as one long draft (about 30,000 characters), for many pages and the benchmark. */
export function longDraft(): Draft {
  const drafts = corpusDrafts();
  const draft = emptyDraft({ title: '2023年上半年工作总结汇编', year: 2023, period: '上半年' });
  draft.blocks = drafts.flatMap((d) => [
    { type: 'heading', level: 1, text: d.meta.title } as Block,
    ...d.blocks.map((b) =>
      b.type === 'heading' ? { ...b, level: Math.min(4, b.level + 1) as HeadingLevel } : b,
    ),
  ]);
  draft.signature = drafts.find((d) => d.signature)?.signature ?? null;
  return draft;
}
