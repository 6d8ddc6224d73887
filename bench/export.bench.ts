// Export of a long report (the corpus compilation's reports joined, about 30,000 characters) to
// .docx, against pandoc converting the same content from Markdown to .docx in the same run (both
// include writing the file). Aim: at most half of pandoc's time. Run with `npm run bench export`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportDocx } from '../main/services/export/export-docx';
import { numberBlocks } from '../shared/numbering';
import { longDraft } from '../test/main/export/corpus-drafts';
import { medianMsAsync } from './timing';

const draft = longDraft();
const chars = draft.blocks.reduce((n, b) => n + (b.type === 'table' ? 0 : b.text.length), 0);
const markers = numberBlocks(draft.blocks);
const markdown = [
  `# ${draft.meta.title}`,
  ...draft.blocks.map((b, i) => {
    if (b.type === 'heading') return `${'#'.repeat(b.level + 1)} ${markers[i]}${b.text}`;
    if (b.type === 'table') return b.rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
    return b.lead ? `**${markers[i]}${b.lead.text}。**${b.text}` : b.text;
  }),
].join('\n\n');

const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-bench-export-'));
const mdFile = path.join(dir, 'long.md');
writeFileSync(mdFile, markdown);

async function ours(): Promise<number> {
  const bytes = await exportDocx(draft);
  writeFileSync(path.join(dir, 'ours.docx'), bytes);
  return bytes.length;
}

async function pandoc(): Promise<number> {
  execFileSync('pandoc', [
    '-f',
    'markdown',
    '-t',
    'docx',
    '-o',
    path.join(dir, 'pandoc.docx'),
    mdFile,
  ]);
  return 0;
}

try {
  const baseline = await medianMsAsync(7, pandoc, { warmUp: 1 });
  const measured = await medianMsAsync(7, ours, { warmUp: 1 });
  console.log(
    `long report: ${chars.toLocaleString('en-US')} characters, ${draft.blocks.length} blocks`,
  );
  console.log(`pandoc markdown → docx (baseline): ${baseline.toFixed(1)} ms`);
  console.log(`exportDocx + write:                ${measured.toFixed(1)} ms`);
  const ratio = measured / baseline;
  console.log(
    `ratio export / pandoc: ${ratio.toFixed(3)} (aim ≤ 0.5) ${ratio <= 0.5 ? 'OK' : 'SLOW'}`,
  );
  if (ratio > 0.5) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
