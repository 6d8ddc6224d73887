// Import speed and memory (issue 2 / issue 7):
// (1) every corpus report as .docx through our reader and the full import (reader + structure
//     recognition), against mammoth.convertToHtml on the same files in the same run; aim: ratio ≤ 1.0.
// (2) peak memory importing a generated 10 MB .docx, measured in a fresh child process so the
//     numbers are its own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import mammoth from 'mammoth';
import { importBytes } from '../main/services/import/index';
import { readDocument } from '../main/services/import/read-document';
import { buildDocx, paragraph, run } from '../test/helpers/docx-xml';
import { corpusReports, generatedDir, reportAsDocx } from '../test/helpers/fixtures';
import { medianMsAsync } from './timing';

const self = fileURLToPath(import.meta.url);

/** A .docx of about 10 MB: the 72 government work reports, paragraph by paragraph, repeated. */
function bigDocx(): string {
  const file = path.join(generatedDir, 'big-10mb.docx');
  if (existsSync(file)) return file;
  const corpus = path.resolve(
    path.dirname(self),
    '../../shared/corpus/large/government_work_reports.jsonl',
  );
  const lines = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => (JSON.parse(l) as { content: string }).content.split('\n'))
    .filter((l) => l.trim());
  const body: string[] = [];
  let bytes: Uint8Array = new Uint8Array(0);
  for (let round = 0; bytes.length < 10 * 1024 * 1024 && round < 20; round++) {
    body.push(
      ...lines.map((l, i) => paragraph(run(`${round}-${i} ${l}`), '<w:ind w:firstLine="640"/>')),
    );
    bytes = buildDocx({ body: body.join('') });
  }
  writeFileSync(file, bytes);
  return file;
}

async function peakChild(file: string): Promise<void> {
  const bytes = readFileSync(file);
  const start = performance.now();
  const raw = await readDocument(path.basename(file), bytes);
  const readMs = performance.now() - start;
  const heap = v8.getHeapStatistics();
  console.log(
    JSON.stringify({
      paragraphs: raw.paragraphs.length,
      readMs: Math.round(readMs),
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      heapUsedMB: Math.round(heap.used_heap_size / 1024 / 1024),
      heapTotalMB: Math.round(heap.total_heap_size / 1024 / 1024),
      peakMallocMB: Math.round(heap.peak_malloced_memory / 1024 / 1024),
    }),
  );
}

async function main(): Promise<void> {
  const reports = corpusReports();
  const files = reports.flatMap((_, i) => [
    reportAsDocx(i),
    reportAsDocx(i, { autoNumbering: true }),
  ]);
  const inputs = files.map((f) => ({ name: path.basename(f), bytes: readFileSync(f) }));
  const runs = 15;
  const all = (fn: (input: (typeof inputs)[number]) => Promise<unknown>) => () =>
    Promise.all(inputs.map((input) => fn(input)));
  // warm-up so every contender is compiled before timing
  for (let i = 0; i < 3; i++) {
    await all((x) => mammoth.convertToHtml({ buffer: x.bytes }))();
    await all((x) => importBytes(x.name, x.bytes))();
  }
  const mammothMs = await medianMsAsync(
    runs,
    all((x) => mammoth.convertToHtml({ buffer: x.bytes })),
  );
  const readerMs = await medianMsAsync(
    runs,
    all((x) => readDocument(x.name, x.bytes)),
  );
  const importMs = await medianMsAsync(
    runs,
    all((x) => importBytes(x.name, x.bytes)),
  );
  console.log(
    `${inputs.length} corpus reports as .docx (literal and auto-numbered), median of ${runs} runs`,
  );
  console.log(`  mammoth.convertToHtml (baseline)   ${mammothMs.toFixed(1)} ms`);
  console.log(
    `  readDocument (reader only)         ${readerMs.toFixed(1)} ms   ratio ${(readerMs / mammothMs).toFixed(2)}`,
  );
  console.log(
    `  importBytes (reader + structure)   ${importMs.toFixed(1)} ms   ratio ${(importMs / mammothMs).toFixed(2)}  (aim ≤ 1.00)`,
  );

  const big = bigDocx();
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', self, '--peak', big],
    {
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  const peak = JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, number>;
  const baseline = spawnSync(
    process.execPath,
    ['--import', 'tsx', '-e', 'console.log(Math.round(process.resourceUsage().maxRSS/1024))'],
    {
      encoding: 'utf8',
    },
  );
  console.log(
    `10 MB .docx (${(readFileSync(big).length / 1024 / 1024).toFixed(1)} MB, ${peak.paragraphs} paragraphs): read in ${peak.readMs} ms`,
  );
  console.log(
    `  peak RSS ${peak.maxRssMB} MB (an idle node+tsx process: ${baseline.stdout.trim()} MB), heap used after ${peak.heapUsedMB} MB of ${peak.heapTotalMB} MB, peak malloc ${peak.peakMallocMB} MB`,
  );
}

if (process.argv[2] === '--peak') await peakChild(process.argv[3]);
else await main();
