// Autosave: every draft being edited (a session) gets a folder under dataDir/autosave/ holding
// its recent versions as .gwd files and an index. Kept: the last 20 versions, plus the newest of
// each hour for a week, so the 历史版本 list reaches back without the folder growing without end.
// Each file is written atomically, so a crash at any moment leaves every version readable; an
// index lost to a crash between the two writes is rebuilt from the version files.

import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DraftVersion, RecoverableDraft } from '../../../shared/api';
import { DrafterError } from '../../../shared/errors';
import type { Draft } from '../../../shared/model';
import { atomicWrite } from '../files/atomic-write';
import { parseDraft, serializeDraft } from './draft-file';

export const KEEP_RECENT = 20;
const HOUR = 3600_000;
export const KEEP_HOURLY_FOR = 7 * 24 * HOUR;

const SESSION_ID = /^[A-Za-z0-9_-]{1,80}$/;
const VERSION_FILE = /^(\d{13,16}(?:-\d{1,4})?)\.gwd$/;
const INDEX = 'index.json';
const TEMP_FILE = /^\..+\.tmp$/;

interface SessionIndex {
  session: string;
  /** the named file the session edits, if any */
  path?: string;
  /** ISO time the user declined recovery; versions up to then are not offered again */
  discardedAt?: string;
  versions: DraftVersion[];
}

export function checkSession(session: unknown): string {
  if (typeof session !== 'string' || !SESSION_ID.test(session)) {
    throw new DrafterError('invalid-request', '自动保存的会话编号无效');
  }
  return session;
}

function charCount(draft: Draft): number {
  let n = draft.meta.title.length;
  for (const b of draft.blocks) {
    if (b.type === 'table') n += b.rows.reduce((s, r) => s + r.join('').length, 0);
    else n += b.text.length + (b.type === 'paragraph' && b.lead ? b.lead.text.length : 0);
  }
  return n;
}

function versionTime(id: string): number {
  return Number(id.split('-')[0]);
}

/** Which versions survive: the newest KEEP_RECENT, and the newest of each hour within a week. */
export function versionsToKeep(ids: string[], now: number): Set<string> {
  const sorted = [...ids].sort((a, b) => compareIds(b, a));
  const keep = new Set(sorted.slice(0, KEEP_RECENT));
  const hours = new Set<number>();
  for (const id of sorted) {
    const t = versionTime(id);
    if (now - t > KEEP_HOURLY_FOR) continue;
    const hour = Math.floor(t / HOUR);
    if (!hours.has(hour)) {
      hours.add(hour);
      keep.add(id);
    }
  }
  return keep;
}

function compareIds(a: string, b: string): number {
  const [ta, sa = '0'] = a.split('-');
  const [tb, sb = '0'] = b.split('-');
  return Number(ta) - Number(tb) || Number(sa) - Number(sb);
}

export class AutosaveStore {
  private readonly root: string;
  /** one write at a time per session, so versions and the index never race */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** temporary files older than this were orphaned by an earlier run that died mid-write */
  private readonly startedAt = Date.now();

  constructor(
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.root = join(dataDir, 'autosave');
  }

  private async removeOrphans(session: string): Promise<void> {
    const dir = this.dir(session);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (!TEMP_FILE.test(name)) continue;
      const file = join(dir, name);
      const info = await stat(file).catch(() => null);
      if (info && info.mtimeMs < this.startedAt) await rm(file, { force: true });
    }
  }

  private dir(session: string): string {
    return join(this.root, checkSession(session));
  }

  private serial<T>(session: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(session) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.queues.set(
      session,
      next.catch(() => undefined),
    );
    return next;
  }

  async save(session: string, draft: Draft, path?: string): Promise<{ savedAt: string }> {
    const dir = this.dir(session);
    return this.serial(session, async () => {
      await mkdir(dir, { recursive: true });
      const index = await this.readIndex(session);
      const time = this.now().getTime();
      let id = String(time);
      for (let n = 1; index.versions.some((v) => v.id === id); n++) id = `${time}-${n}`;
      const savedAt = new Date(time).toISOString();
      await atomicWrite(join(dir, `${id}.gwd`), serializeDraft(draft), { label: '自动保存' });
      index.versions.push({ id, savedAt, title: draft.meta.title, chars: charCount(draft) });
      if (path !== undefined) index.path = path;
      const keep = versionsToKeep(
        index.versions.map((v) => v.id),
        time,
      );
      const dropped = index.versions.filter((v) => !keep.has(v.id));
      index.versions = index.versions.filter((v) => keep.has(v.id));
      // not flushed: after a power cut a lost or torn index is rebuilt from the version files
      await atomicWrite(join(dir, INDEX), JSON.stringify(index), {
        label: '自动保存',
        noSync: true,
      });
      await Promise.all(dropped.map((v) => rm(join(dir, `${v.id}.gwd`), { force: true })));
      return { savedAt };
    });
  }

  /** The index, rebuilt from the version files where a crash left it behind or damaged. */
  private async readIndex(session: string): Promise<SessionIndex> {
    const dir = this.dir(session);
    let index: SessionIndex = { session, versions: [] };
    try {
      const parsed = JSON.parse(await readFile(join(dir, INDEX), 'utf8')) as SessionIndex;
      if (parsed && Array.isArray(parsed.versions)) index = parsed;
    } catch {
      // missing or damaged: rebuilt below from the files themselves
    }
    let files: string[];
    try {
      files = await readdir(dir);
    } catch {
      return index;
    }
    const onDisk = new Set(
      files.map((f) => VERSION_FILE.exec(f)?.[1]).filter((x) => x) as string[],
    );
    index.versions = index.versions.filter((v) => onDisk.has(v.id));
    const known = new Set(index.versions.map((v) => v.id));
    for (const id of onDisk) {
      if (known.has(id)) continue;
      try {
        const draft = await this.readFile(session, id);
        index.versions.push({
          id,
          savedAt: new Date(versionTime(id)).toISOString(),
          title: draft.meta.title,
          chars: charCount(draft),
        });
      } catch {
        // an unreadable version is left out of the list rather than breaking it
      }
    }
    index.versions.sort((a, b) => compareIds(a.id, b.id));
    return index;
  }

  private async readFile(session: string, id: string): Promise<Draft> {
    const text = await readFile(join(this.dir(session), `${id}.gwd`), 'utf8');
    return parseDraft(text, `自动保存的版本 ${new Date(versionTime(id)).toLocaleString('zh-CN')}`);
  }

  /** Newest first, for the 历史版本 list. */
  async listVersions(session: string): Promise<DraftVersion[]> {
    const index = await this.readIndex(session);
    // a run killed between writing a version and pruning leaves extra files; the next autosave
    // removes them, and until then the list shows only what the retention rule keeps
    const keep = versionsToKeep(
      index.versions.map((v) => v.id),
      this.now().getTime(),
    );
    return index.versions.filter((v) => keep.has(v.id)).reverse();
  }

  async readVersion(session: string, id: string): Promise<Draft> {
    if (typeof id !== 'string' || !VERSION_FILE.test(`${id}.gwd`)) {
      throw new DrafterError('invalid-request', '历史版本编号无效');
    }
    try {
      return await this.readFile(session, id);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new DrafterError('not-found', '找不到该历史版本：它可能已按保留规则被清理。');
      }
      throw error;
    }
  }

  private async sessions(): Promise<string[]> {
    try {
      return (await readdir(this.root)).filter((s) => SESSION_ID.test(s));
    } catch {
      return [];
    }
  }

  /**
   * Sessions whose newest autosave holds work not in their named file: no named file, the file
   * is gone, or it is older than the autosave and differs from it. Sessions untouched for a week
   * are removed on the way.
   */
  async listRecoverable(): Promise<RecoverableDraft[]> {
    const result: RecoverableDraft[] = [];
    const now = this.now().getTime();
    for (const session of await this.sessions()) {
      await this.removeOrphans(session);
      const index = await this.readIndex(session);
      const newest = index.versions.at(-1);
      if (!newest) continue;
      const newestAt = versionTime(newest.id);
      if (now - newestAt > KEEP_HOURLY_FOR) {
        await rm(this.dir(session), { recursive: true, force: true });
        continue;
      }
      if (index.discardedAt && Date.parse(index.discardedAt) >= newestAt) continue;
      if (index.path && (await this.savedByName(session, newest.id, index.path))) continue;
      result.push({
        session,
        title: newest.title,
        savedAt: newest.savedAt,
        ...(index.path ? { path: index.path } : {}),
      });
    }
    return result.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  private async savedByName(session: string, id: string, path: string): Promise<boolean> {
    try {
      const info = await stat(path);
      if (info.mtimeMs >= versionTime(id)) return true;
      const [named, version] = await Promise.all([
        readFile(path, 'utf8'),
        readFile(join(this.dir(session), `${id}.gwd`), 'utf8'),
      ]);
      return named === version;
    } catch {
      return false;
    }
  }

  /** The user declined to recover: not offered again; versions stay for 历史版本 until they age out. */
  async discard(session: string): Promise<void> {
    const dir = this.dir(session);
    await this.serial(session, async () => {
      const index = await this.readIndex(session);
      if (!index.versions.length) return;
      const newest = versionTime(index.versions.at(-1)!.id);
      index.discardedAt = new Date(Math.max(newest, this.now().getTime())).toISOString();
      await atomicWrite(join(dir, INDEX), JSON.stringify(index), { label: '自动保存' });
    });
  }
}
