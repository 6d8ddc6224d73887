import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../shared/model';
import { createDrafter } from '../../../main/services/container';
import { serializeDraft } from '../../../main/services/drafts/draft-file';
import { MemorySettingsStore } from '../../../main/services/settings/settings-store';
import { readOnlyDir, tempDir } from './fs-traps';

const dirs: string[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  while (cleanups.length) cleanups.pop()!();
});

function setup(extra: { grantedPaths?: Set<string> } = {}) {
  const dataDir = tempDir();
  dirs.push(dataDir);
  const api = createDrafter({
    dataDir,
    settings: new MemorySettingsStore(),
    templatesDir: join(process.cwd(), 'templates'),
    now: () => new Date(),
    ...extra,
  });
  return { dataDir, api };
}

const draft = emptyDraft({ title: '2025年上半年工作总结', unit: '某镇人民政府', year: 2025 });

describe('saving and opening drafts in browser mode', () => {
  it('saves an unnamed draft under the documents folder, named after its title, and lists it as recent', async () => {
    const { dataDir, api } = setup();
    const { path } = await api.saveDraft({ draft });
    expect(path).toBe(join(dataDir, 'documents', '2025年上半年工作总结.gwd'));
    const second = await api.saveDraft({ draft });
    expect(second.path).toBe(join(dataDir, 'documents', '2025年上半年工作总结（2）.gwd'));
    const settings = await api.getSettings({});
    expect(settings.recentDrafts.map((r) => r.path)).toEqual([second.path, path]);
    const opened = await api.openDraft({ path });
    expect(opened.draft).toEqual(draft);
  });

  it('saves a bare name into the documents folder and refuses names with folders in them', async () => {
    const { dataDir, api } = setup();
    expect((await api.saveDraft({ draft, path: '年中' })).path).toBe(
      join(dataDir, 'documents', '年中.gwd'),
    );
    for (const path of ['../escape.gwd', 'a/b.gwd', '..\\x.gwd', '/etc/passwd', '..']) {
      await expect(api.saveDraft({ draft, path })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(existsSync(join(dataDir, 'escape.gwd'))).toBe(false);
  });

  it('opens only files the user saved, picked or keeps in the documents folder', async () => {
    const { dataDir, api } = setup();
    const outside = tempDir();
    dirs.push(outside);
    const secret = join(outside, 'secret.gwd');
    writeFileSync(secret, serializeDraft(draft));
    await expect(api.openDraft({ path: secret })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      api.openDraft({ path: join(dataDir, 'documents', '..', '..', secret) }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(api.openDraft({ path: '../../etc/passwd' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('does not follow a symbolic link from the documents folder to a file elsewhere', async () => {
    const { dataDir, api } = setup();
    const outside = tempDir();
    dirs.push(outside);
    writeFileSync(join(outside, 'other.gwd'), serializeDraft(draft));
    mkdirSync(join(dataDir, 'documents'), { recursive: true });
    symlinkSync(join(outside, 'other.gwd'), join(dataDir, 'documents', 'link.gwd'));
    const link = join(dataDir, 'documents', 'link.gwd');
    await expect(api.openDraft({ path: link })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(api.saveDraft({ draft, path: 'link' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(readFileSync(join(outside, 'other.gwd'), 'utf8')).toBe(serializeDraft(draft));
  });

  it('opens and saves a path picked in a native dialog', async () => {
    const grantedPaths = new Set<string>();
    const { api } = setup({ grantedPaths });
    const outside = tempDir();
    dirs.push(outside);
    const picked = join(outside, '另存为.gwd');
    await expect(api.saveDraft({ draft, path: picked })).rejects.toMatchObject({
      code: 'forbidden',
    });
    grantedPaths.add(picked);
    await api.saveDraft({ draft, path: picked });
    expect((await api.openDraft({ path: picked })).draft.meta.unit).toBe('某镇人民政府');
  });

  it('keeps the previous file when saving to a read-only place, and says so', async () => {
    const grantedPaths = new Set<string>();
    const { api } = setup({ grantedPaths });
    const trap = readOnlyDir((dir) => writeFileSync(join(dir, '旧稿.gwd'), serializeDraft(draft)));
    if (!trap) {
      console.warn('无法构造只读文件夹，跳过真实只读保存的检查');
      return;
    }
    cleanups.push(trap.undo);
    const target = join(trap.dir, '旧稿.gwd');
    grantedPaths.add(target);
    const changed = { ...draft, meta: { ...draft.meta, title: '改过的' } };
    await expect(api.saveDraft({ draft: changed, path: target })).rejects.toMatchObject({
      code: 'read-only',
      message: expect.stringContaining('旧稿.gwd'),
    });
    expect(readFileSync(target, 'utf8')).toBe(serializeDraft(draft));
  });

  it('opens uploaded bytes and rejects an invalid draft payload on save', async () => {
    const { api } = setup();
    const data = Buffer.from(serializeDraft(draft)).toString('base64');
    const { draft: opened } = await api.openDraftFile({ file: { name: 'x.gwd', data } });
    expect(opened).toEqual(draft);
    await expect(
      api.openDraftFile({
        file: { name: '坏的.gwd', data: Buffer.from('{"a":').toString('base64') },
      }),
    ).rejects.toMatchObject({
      code: 'draft-damaged',
      message: expect.stringContaining('坏的.gwd'),
    });
    const broken = { ...draft, blocks: [{ type: 'heading', level: 9, text: '' }] };
    await expect(api.saveDraft({ draft: broken as never })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('autosaves a draft that has no name yet and offers it after a restart', async () => {
    const { dataDir, api } = setup();
    await api.autosave({ session: 'abc', draft });
    const again = createDrafter({
      dataDir,
      settings: new MemorySettingsStore(),
      templatesDir: '',
      now: () => new Date(),
    });
    const offered = await again.listRecoverable({});
    expect(offered).toMatchObject([{ session: 'abc', title: '2025年上半年工作总结' }]);
    const [version] = await again.listVersions({ session: 'abc' });
    expect((await again.readVersion({ session: 'abc', id: version.id })).draft).toEqual(draft);
    await again.discardRecoverable({ session: 'abc' });
    expect(await again.listRecoverable({})).toEqual([]);
  });
});
