// The process the crash test kills: it edits a draft in a loop, autosaving every step and saving
// by name every third, and reports each write that completed ("A n" / "S n") on stdout. It
// continues from what the previous (killed) run left on disk, as the app does after a restart.
import { join } from 'node:path';
import { emptyDraft, type Draft } from '../../../shared/model';
import { DraftService } from '../../../main/services/drafts/draft-service';
import { SettingsService } from '../../../main/services/settings/settings-service';
import { MemorySettingsStore } from '../../../main/services/settings/settings-store';

const [dataDir] = process.argv.slice(2);
const named = join(dataDir, 'named.gwd');
const service = new DraftService({
  dataDir,
  settings: new SettingsService(new MemorySettingsStore()),
  now: () => new Date(),
  trustAllPaths: true,
});
const api = service.api();

function draftAt(n: number): Draft {
  const draft = emptyDraft({ title: `第${n}稿` });
  // ~30,000 characters, so that a kill often lands in the middle of a write
  const body = '按照县委县政府的部署，扎实推进各项工作。'.repeat(100);
  draft.blocks = Array.from({ length: 15 }, (_, i) => ({
    type: 'paragraph' as const,
    text: `${n}-${i} ${body}`,
  }));
  return draft;
}

async function main() {
  const versions = await api.listVersions({ session: 'crash' }).catch(() => []);
  let n = versions.length ? Number(versions[0].title.replace(/\D/g, '')) + 1 : 1;
  process.stdout.write('ready\n');
  for (;;) {
    const draft = draftAt(n);
    await api.autosave({ session: 'crash', draft, path: named });
    process.stdout.write(`A ${n}\n`);
    if (n % 3 === 0) {
      await api.saveDraft({ draft, path: named });
      process.stdout.write(`S ${n}\n`);
    }
    n++;
  }
}

void main();
