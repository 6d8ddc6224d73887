// Save and autosave of a 200,000-character draft (aim: under 50 ms each), against a plain
// writeFileSync of the same JSON measured in the same run. Save and autosave are atomic and
// fsync'ed, so most of their cost above the baseline is the disk flush.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyDraft, type Draft } from '../shared/model';
import { DraftService } from '../main/services/drafts/draft-service';
import { serializeDraft } from '../main/services/drafts/draft-file';
import { SettingsService } from '../main/services/settings/settings-service';
import { MemorySettingsStore } from '../main/services/settings/settings-store';
import { medianMsAsync } from './timing';

const RUNS = 30;
const sentence = '按照年初确定的目标任务，全面落实各项工作措施，取得了阶段性成效。';

function bigDraft(chars: number): Draft {
  const draft = emptyDraft({ title: '某县2025年工作总结', unit: '某县人民政府', year: 2025 });
  let total = 0;
  for (let i = 0; total < chars; i++) {
    if (i % 20 === 0) draft.blocks.push({ type: 'heading', level: 1, text: `第${i}部分` });
    const text = sentence.repeat(10);
    draft.blocks.push({ type: 'paragraph', text });
    total += text.length;
  }
  return draft;
}

const dir = mkdtempSync(join(tmpdir(), 'gongwen-bench-drafts-'));
try {
  const draft = bigDraft(200_000);
  const service = new DraftService({
    dataDir: dir,
    settings: new SettingsService(new MemorySettingsStore()),
    now: () => new Date(),
    trustAllPaths: true,
  });
  const api = service.api();
  const target = join(dir, 'named.gwd');
  const chars = draft.blocks.reduce((n, b) => n + (b.type === 'table' ? 0 : b.text.length), 0);
  const bytes = Buffer.byteLength(serializeDraft(draft));

  const baseline = await medianMsAsync(RUNS, () =>
    writeFileSync(join(dir, 'plain.json'), JSON.stringify(draft)),
  );
  const save = await medianMsAsync(RUNS, () => api.saveDraft({ draft, path: target }));
  const autosave = await medianMsAsync(RUNS, () =>
    api.autosave({ session: 'bench', draft, path: target }),
  );

  const line = (name: string, ms: number) =>
    `${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms   ${(ms / baseline).toFixed(1).padStart(5)}× baseline   ${ms < 50 ? '达标（< 50 ms）' : '未达标（≥ 50 ms）'}`;
  console.log(
    `draft: ${chars} characters, ${(bytes / 1024).toFixed(0)} KB as .gwd; median of ${RUNS}`,
  );
  console.log(`${'writeFileSync (baseline)'.padEnd(28)} ${baseline.toFixed(1).padStart(7)} ms`);
  console.log(line('saveDraft (atomic, fsync)', save));
  console.log(line('autosave (atomic, fsync)', autosave));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
