// 常用语: the shipped packs (templates/snippets/*.json, read once) plus the user's own phrases in
// the SettingsStore under `snippets.user`. Every phrase leaves here with its pinyin initials so
// the renderer can search by `xjzj` without shipping a dictionary.

import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DrafterApi, FilePayload, Snippet } from '../../../shared/api';
import { DrafterError } from '../../../shared/errors';
import {
  dedupeEntries,
  makePack,
  normalizeSnippetText,
  snippetProblem,
  validatePack,
  type PackEntry,
} from '../../../shared/snippets/pack';
import { initialsOf } from '../../../shared/snippets/pinyin-initials';
import type { SettingsStore } from '../settings/settings-store';

export const USER_SNIPPETS_KEY = 'snippets.user';
const MAX_PACK_BYTES = 5 * 1024 * 1024;

interface StoredSnippet {
  id: string;
  category: string;
  text: string;
}

/** FNV-1a, so a shipped phrase keeps its id when the pack file is reordered. */
function stableId(category: string, text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of `${category}\u0000${text}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `b-${hash.toString(36)}`;
}

/** Strict UTF-8 first, then GB18030: a pack re-saved in Notepad on a Chinese Windows is GBK. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function parsePack(bytes: Uint8Array, name: string): { entries: PackEntry[]; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(decodeText(bytes));
  } catch {
    throw new DrafterError('damaged', `常用语包 ${name} 不是有效的 JSON 文件，无法导入`, name);
  }
  const check = validatePack(raw);
  if (!check.ok) {
    throw new DrafterError(
      'damaged',
      `常用语包 ${name} 无法导入：${check.problems.join('；')}`,
      name,
    );
  }
  if (!check.entries.length) {
    const why = check.problems.length ? `：${check.problems.slice(0, 5).join('；')}` : '';
    throw new DrafterError('empty', `常用语包 ${name} 里没有可用的常用语${why}`, name);
  }
  return check;
}

export class SnippetsService {
  private builtin: Promise<Snippet[]> | null = null;
  /** one Chinese line per shipped pack file that could not be read */
  readonly problems: string[] = [];
  private readonly initialsCache = new Map<string, string[]>();

  constructor(
    private readonly dir: string,
    private readonly settings: SettingsStore,
    private readonly now: () => Date,
  ) {}

  private initials(text: string): string[] {
    let found = this.initialsCache.get(text);
    if (!found) {
      found = initialsOf(text);
      this.initialsCache.set(text, found);
    }
    return found;
  }

  private loadBuiltin(): Promise<Snippet[]> {
    this.builtin ??= (async () => {
      let names: string[] = [];
      try {
        names = (await readdir(this.dir)).filter((n) => n.endsWith('.json')).sort();
      } catch {
        this.problems.push(`找不到常用语文件夹 ${this.dir}`);
      }
      const entries: PackEntry[] = [];
      for (const name of names) {
        try {
          const pack = parsePack(await readFile(join(this.dir, name)), name);
          entries.push(...pack.entries);
          this.problems.push(...pack.problems.map((p) => `常用语包 ${name}：${p}`));
        } catch (error) {
          this.problems.push(error instanceof DrafterError ? error.message : String(error));
        }
      }
      return dedupeEntries([], entries).map((e) => ({
        id: stableId(e.category, e.text),
        category: e.category,
        text: e.text,
        initials: this.initials(e.text),
      }));
    })();
    return this.builtin;
  }

  /** The user's phrases; entries a hand-edited settings file broke are left out, not fatal. */
  private readUser(): StoredSnippet[] {
    const stored = this.settings.get<unknown>(USER_SNIPPETS_KEY);
    if (!Array.isArray(stored)) return [];
    return stored.filter(
      (s): s is StoredSnippet =>
        typeof s === 'object' &&
        s !== null &&
        typeof s.id === 'string' &&
        snippetProblem(s.category, s.text) === null,
    );
  }

  private toSnippet(s: StoredSnippet): Snippet {
    return {
      id: s.id,
      category: s.category,
      text: s.text,
      user: true,
      initials: this.initials(s.text),
    };
  }

  async list(): Promise<Snippet[]> {
    const builtin = await this.loadBuiltin();
    return [...this.readUser().map((s) => this.toSnippet(s)), ...builtin];
  }

  async save(input: { id?: string; category: string; text: string }): Promise<Snippet> {
    const problem = snippetProblem(input?.category, input?.text);
    if (problem) throw new DrafterError('invalid-request', `无法保存常用语：${problem}`);
    const category = input.category.trim();
    const text = normalizeSnippetText(input.text);
    const user = this.readUser();
    if (input.id !== undefined) {
      const index = user.findIndex((s) => s.id === input.id);
      if (index < 0) {
        const builtin = (await this.loadBuiltin()).some((s) => s.id === input.id);
        throw new DrafterError(
          builtin ? 'forbidden' : 'not-found',
          builtin
            ? '内置常用语不能修改，可以复制后另存为自己的常用语'
            : '找不到要修改的常用语，可能已被删除',
        );
      }
      user[index] = { id: input.id, category, text };
      this.settings.set(USER_SNIPPETS_KEY, user);
      return this.toSnippet(user[index]);
    }
    const same = user.find((s) => s.text === text);
    if (same) {
      if (same.category !== category) {
        same.category = category;
        this.settings.set(USER_SNIPPETS_KEY, user);
      }
      return this.toSnippet(same);
    }
    const created = { id: `u-${randomUUID()}`, category, text };
    this.settings.set(USER_SNIPPETS_KEY, [created, ...user]);
    return this.toSnippet(created);
  }

  async delete(id: string): Promise<void> {
    const user = this.readUser();
    const rest = user.filter((s) => s.id !== id);
    if (rest.length === user.length) {
      const builtin = (await this.loadBuiltin()).some((s) => s.id === id);
      throw new DrafterError(
        builtin ? 'forbidden' : 'not-found',
        builtin ? '内置常用语不能删除' : '找不到要删除的常用语，可能已被删除',
      );
    }
    this.settings.set(USER_SNIPPETS_KEY, rest);
  }

  /** The user's own phrases by default; `ids` may pick any, shipped ones included. */
  async exportPack(ids?: string[]): Promise<FilePayload> {
    const all = await this.list();
    const chosen = ids ? all.filter((s) => ids.includes(s.id)) : all.filter((s) => s.user);
    if (!chosen.length) {
      throw new DrafterError(
        'empty',
        ids ? '没有找到要导出的常用语' : '还没有自己的常用语可以导出，请先把选中的文字保存为常用语',
      );
    }
    const d = this.now();
    const stamp = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
    const json = JSON.stringify(makePack(chosen), null, 2) + '\n';
    return { name: `常用语-${stamp}.json`, data: Buffer.from(json, 'utf8').toString('base64') };
  }

  async importPack(file: FilePayload): Promise<{ added: number; skipped: number }> {
    if (!file || typeof file.name !== 'string' || typeof file.data !== 'string') {
      throw new DrafterError('invalid-request', '请求缺少要导入的常用语包');
    }
    const name = basename(file.name);
    const bytes = Buffer.from(file.data, 'base64');
    if (bytes.length > MAX_PACK_BYTES) {
      throw new DrafterError(
        'too-large',
        `常用语包 ${name} 太大（超过 5 MB），不像是常用语包`,
        name,
      );
    }
    if (!bytes.length) throw new DrafterError('empty', `常用语包 ${name} 是空文件`, name);
    const { entries } = parsePack(bytes, name);
    const fresh = dedupeEntries(await this.list(), entries);
    const created = fresh.map((e) => ({
      id: `u-${randomUUID()}`,
      category: e.category,
      text: e.text,
    }));
    this.settings.set(USER_SNIPPETS_KEY, [...created, ...this.readUser()]);
    return { added: created.length, skipped: entries.length - created.length };
  }
}

export function createSnippetsApi(deps: {
  templatesDir: string;
  settings: SettingsStore;
  now: () => Date;
}): Pick<
  DrafterApi,
  'listSnippets' | 'saveSnippet' | 'deleteSnippet' | 'exportSnippetPack' | 'importSnippetPack'
> {
  const service = new SnippetsService(join(deps.templatesDir, 'snippets'), deps.settings, deps.now);
  return {
    listSnippets: () => service.list(),
    saveSnippet: (req) => service.save(req?.snippet),
    deleteSnippet: async (req) => {
      await service.delete(req?.id);
      return {};
    },
    exportSnippetPack: (req) => service.exportPack(req?.ids),
    importSnippetPack: (req) => service.importPack(req?.file),
  };
}
