// What the two typing benches in Chromium share: the drafts they type into and the in-page probe
// that measures keystroke to painted frame.

import { emptyDraft, type Draft, type HeadingBlock, type ParagraphBlock } from '../shared/model';
import { corpusReports } from '../test/helpers/fixtures';

export const SIZES = [5_000, 50_000, 200_000];

/**
 * A draft of about `chars` characters from corpus sentences, a heading every twelve blocks;
 * `paragraph` may change a paragraph's text (to sprinkle in mistakes, say).
 */
export function benchDraft(
  chars: number,
  paragraph: (text: string, index: number) => string = (text) => text,
): Draft {
  const lines = corpusReports()
    .flatMap((r) => r.lines.slice(1))
    .filter((l) => l.length > 30);
  const draft = emptyDraft({ title: '基准测试文稿', unit: '某县人民政府', year: 2024 });
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const block: HeadingBlock | ParagraphBlock =
      i % 12 === 0
        ? { type: 'heading', level: i % 24 === 0 ? 1 : 2, text: `第${i}部分工作情况` }
        : { type: 'paragraph', text: paragraph(lines[i % lines.length], i) };
    draft.blocks.push(block);
    total += block.text.length;
  }
  return draft;
}

/**
 * Evaluated in the page: notes each keydown's timestamp and, after the next animation frame, a
 * message-channel task (which runs once that frame is painted) pushes the wait to `window.__lat`.
 */
export const LATENCY_PROBE = `(() => {
  window.__lat = [];
  document.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__lat.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  }, true);
})()`;

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
