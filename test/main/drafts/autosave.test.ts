import { readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDraft, type Draft } from '../../../shared/model';
import {
  AutosaveStore,
  KEEP_RECENT,
  versionsToKeep,
} from '../../../main/services/drafts/autosave-store';
import { serializeDraft } from '../../../main/services/drafts/draft-file';
import { mountTmpfs, tempDir, unmount } from './fs-traps';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const HOUR = 3600_000;
const START = Date.parse('2025-06-01T08:00:00Z');

function draft(text: string, title = '上半年工作总结'): Draft {
  const d = emptyDraft({ title });
  d.blocks = [{ type: 'paragraph', text }];
  return d;
}

function store(clock: { t: number }) {
  const dir = tempDir();
  dirs.push(dir);
  return { dir, store: new AutosaveStore(dir, () => new Date(clock.t)) };
}

describe('autosave', () => {
  it('keeps every version readable, newest first, with title and character count', async () => {
    const clock = { t: START };
    const { store: s } = store(clock);
    await s.save('s1', draft('第一稿'));
    clock.t += 5000;
    await s.save('s1', draft('第二稿更长一些'));
    const versions = await s.listVersions('s1');
    expect(versions.map((v) => v.chars)).toEqual([7 + 7, 3 + 7]);
    expect(versions[0].title).toBe('上半年工作总结');
    const older = await s.readVersion('s1', versions[1].id);
    expect(older.blocks[0]).toEqual({ type: 'paragraph', text: '第一稿' });
  });

  it('keeps the last 20 versions plus the newest of each hour for a week', async () => {
    const clock = { t: START };
    const { dir, store: s } = store(clock);
    // 9 days of editing, an autosave every 45 minutes (so every hour holds at least one)
    const saves = (9 * 24 * 60) / 45;
    for (let i = 0; i < saves; i++) {
      clock.t += 45 * 60_000;
      await s.save('long', draft(`第${i}稿`));
    }
    const versions = await s.listVersions('long');
    const times = versions.map((v) => Date.parse(v.savedAt));
    const now = clock.t;
    expect(times.every((t) => now - t <= 7 * 24 * HOUR)).toBe(true);
    const hours = new Set(times.map((t) => Math.floor(t / HOUR)));
    // one per hour over a week, with the last 20 (several per hour) on top
    expect(hours.size).toBeGreaterThanOrEqual(7 * 24 - 1);
    expect(versions.length).toBeLessThanOrEqual(7 * 24 + KEEP_RECENT);
    expect(readdirSync(join(dir, 'autosave', 'long')).length).toBe(versions.length + 1);
    const latest = await s.readVersion('long', versions[0].id);
    expect(latest.blocks[0]).toEqual({ type: 'paragraph', text: `第${saves - 1}稿` });
  });

  it('keeps at least the last 20 even when they are all within a minute', () => {
    const ids = Array.from({ length: 30 }, (_, i) => String(START + i * 1000));
    const keep = versionsToKeep(ids, START + 60_000);
    expect(keep.size).toBe(20);
    expect(keep.has(ids[29])).toBe(true);
    expect(keep.has(ids[9])).toBe(false);
  });

  it('offers sessions with unsaved work for recovery, and not once they are saved by name or discarded', async () => {
    const clock = { t: Date.now() - 60_000 };
    const { dir, store: s } = store(clock);
    const named = join(dir, '年度总结.gwd');
    await s.save('untitled', draft('从未命名保存的文字'));
    await s.save('named', draft('已保存'), named);
    writeFileSync(named, serializeDraft(draft('已保存')));
    clock.t += 1000;
    await s.save('named-later', draft('保存后又改了'), named + '2');
    writeFileSync(named + '2', serializeDraft(draft('保存时的内容')));
    utimesSync(named + '2', new Date(clock.t - 10_000), new Date(clock.t - 10_000));

    const offered = await s.listRecoverable();
    expect(offered.map((r) => r.session).sort()).toEqual(['named-later', 'untitled']);
    expect(offered.find((r) => r.session === 'named-later')?.path).toBe(named + '2');

    await s.discard('untitled');
    expect((await s.listRecoverable()).map((r) => r.session)).toEqual(['named-later']);
    // discarding keeps the history
    expect(await s.listVersions('untitled')).toHaveLength(1);
    clock.t += 1000;
    await s.save('untitled', draft('又写了一句'));
    expect((await s.listRecoverable()).map((r) => r.session).sort()).toEqual([
      'named-later',
      'untitled',
    ]);
  });

  it('rebuilds its list when a crash left a version file the index does not know', async () => {
    const clock = { t: START };
    const { dir, store: s } = store(clock);
    await s.save('c', draft('一'));
    writeFileSync(join(dir, 'autosave', 'c', `${START + 9000}.gwd`), serializeDraft(draft('二')));
    writeFileSync(join(dir, 'autosave', 'c', 'index.json'), '{"versions": [');
    const versions = await s.listVersions('c');
    expect(versions).toHaveLength(2);
    expect((await s.readVersion('c', versions[0].id)).blocks[0]).toMatchObject({ text: '二' });
  });

  it('keeps earlier versions readable when the disk fills up during an autosave', async () => {
    const dir = mountTmpfs(64);
    if (!dir) {
      console.warn('不能挂载 tmpfs（需要 root 的 Linux），跳过磁盘写满时的自动保存检查');
      return;
    }
    try {
      const s = new AutosaveStore(dir, () => new Date());
      await s.save('full', draft('写满之前的内容'));
      await expect(s.save('full', draft('很长'.repeat(40_000)))).rejects.toMatchObject({
        code: 'disk-full',
      });
      const versions = await s.listVersions('full');
      expect(versions).toHaveLength(1);
      expect((await s.readVersion('full', versions[0].id)).blocks[0]).toMatchObject({
        text: '写满之前的内容',
      });
    } finally {
      unmount(dir);
    }
  });

  it('refuses session and version ids that could leave the autosave folder', async () => {
    const { store: s } = store({ t: START });
    await expect(s.save('../evil', draft('x'))).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(s.readVersion('ok', '../../x')).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(s.readVersion('ok', String(START))).rejects.toMatchObject({ code: 'not-found' });
  });
});
