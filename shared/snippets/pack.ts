// Phrase packs: the JSON files colleagues pass around (and the shipped templates/snippets/*.json).
// A pack arrives from anywhere, so it is checked entry by entry; what is wrong is said in Chinese
// with the entry's number, and phrases already present are skipped rather than doubled.

import type { Snippet, SnippetPack } from '../api';

export const PACK_FORMAT = 'gongwen-snippets';
export const MAX_PACK_ENTRIES = 5000;
export const MAX_CATEGORY_CHARS = 20;
export const MAX_SNIPPET_CHARS = 2000;

export type PackEntry = SnippetPack['snippets'][number];

export type PackCheck =
  { ok: true; entries: PackEntry[]; problems: string[] } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line breaks as `\n`, no stray spaces at the ends: two phrases that differ only so are one. */
export function normalizeSnippetText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** The problem with one phrase as the user typed it, or null when it can be saved. */
export function snippetProblem(category: unknown, text: unknown): string | null {
  if (typeof category !== 'string' || !category.trim()) return '缺少类别';
  if (category.trim().length > MAX_CATEGORY_CHARS) {
    return `类别名称超过 ${MAX_CATEGORY_CHARS} 个字`;
  }
  if (typeof text !== 'string' || !normalizeSnippetText(text)) return '内容为空';
  if (text.length > MAX_SNIPPET_CHARS) return `内容超过 ${MAX_SNIPPET_CHARS} 个字`;
  return null;
}

/**
 * Checks parsed pack JSON. A pack that is not one at all fails; single bad entries are skipped
 * and listed in `problems` so the rest still arrives.
 */
export function validatePack(raw: unknown): PackCheck {
  if (Array.isArray(raw)) raw = { format: PACK_FORMAT, version: 1, snippets: raw };
  if (!isObject(raw)) return { ok: false, problems: ['内容不是常用语包'] };
  if (raw.format !== PACK_FORMAT) {
    return { ok: false, problems: [`不是常用语包（format 应为 ${PACK_FORMAT}）`] };
  }
  if (raw.version !== 1) {
    return {
      ok: false,
      problems: [`常用语包版本 ${String(raw.version)} 不受支持，请升级程序后再导入`],
    };
  }
  if (!Array.isArray(raw.snippets)) return { ok: false, problems: ['缺少常用语列表（snippets）'] };
  if (raw.snippets.length > MAX_PACK_ENTRIES) {
    return { ok: false, problems: [`常用语超过 ${MAX_PACK_ENTRIES} 条`] };
  }
  const entries: PackEntry[] = [];
  const problems: string[] = [];
  raw.snippets.forEach((entry, i) => {
    const problem = isObject(entry) ? snippetProblem(entry.category, entry.text) : '不是对象';
    if (problem) problems.push(`第 ${i + 1} 条${problem}`);
    else {
      const { category, text } = entry as { category: string; text: string };
      entries.push({ category: category.trim(), text: normalizeSnippetText(text) });
    }
  });
  return { ok: true, entries, problems };
}

/** The entries whose text is not among `existing` nor earlier in `incoming`. */
export function dedupeEntries(
  existing: readonly Pick<Snippet, 'text'>[],
  incoming: readonly PackEntry[],
): PackEntry[] {
  const seen = new Set(existing.map((s) => normalizeSnippetText(s.text)));
  const fresh: PackEntry[] = [];
  for (const entry of incoming) {
    const key = normalizeSnippetText(entry.text);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(entry);
  }
  return fresh;
}

export function makePack(snippets: readonly Pick<Snippet, 'category' | 'text'>[]): SnippetPack {
  return {
    format: PACK_FORMAT,
    version: 1,
    snippets: snippets.map(({ category, text }) => ({ category, text })),
  };
}
