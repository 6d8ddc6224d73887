// The .gwd file: the Draft as readable, versioned JSON (docs/draft-format.md). Reading migrates
// older versions and validates the shape; a file from a newer program or a damaged file is refused
// with a message naming it, and the file itself is never touched by a failed open.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { draftProblem } from '../../../shared/draft-validate';
import { DrafterError } from '../../../shared/errors';
import { DRAFT_FORMAT_VERSION, type Draft } from '../../../shared/model';
import { migrate, versionOf } from './migrations';

/** A draft of a few hundred pages is a few MB; anything far beyond is not a draft. */
export const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

export function serializeDraft(draft: Draft): string {
  return JSON.stringify(draft, null, 1) + '\n';
}

function damaged(label: string, why: string, file?: string, cause?: unknown): DrafterError {
  return new DrafterError(
    'draft-damaged',
    `文稿“${label}”已损坏，无法打开（${why}），文件未被改动。可在“历史版本”或“恢复未保存的文稿”中找回自动保存的内容。`,
    file,
    { cause },
  );
}

/** Parses .gwd text; `label` is the file name shown to the user. */
export function parseDraft(text: string, label: string, file?: string): Draft {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw damaged(label, text.trim() ? '内容不完整或不是文稿格式' : '文件是空的', file, error);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw damaged(label, '不是文稿格式', file);
  }
  const record = value as Record<string, unknown>;
  const version = versionOf(record);
  if (version === null || version < 0) throw damaged(label, '版本号无效', file);
  if (version > DRAFT_FORMAT_VERSION) {
    throw new DrafterError(
      'draft-newer',
      `文稿“${label}”由更新版本的公文起草助手保存（格式版本 ${version}，本程序支持到 ${DRAFT_FORMAT_VERSION}），无法打开，文件未被改动。请升级本程序后再打开。`,
      file,
    );
  }
  let upgraded: unknown;
  try {
    upgraded = migrate(record, version);
  } catch (error) {
    throw damaged(label, `无法从版本 ${version} 升级`, file, error);
  }
  const problem = draftProblem(upgraded);
  if (problem) throw damaged(label, problem, file);
  return upgraded as Draft;
}

/** Reads and parses a .gwd from disk, with the size limit and a clear message for a missing file. */
export async function readDraftFile(path: string): Promise<Draft> {
  const label = basename(path);
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw damaged(label, '不是文件', path);
    if (info.size > MAX_DRAFT_BYTES) {
      throw new DrafterError(
        'too-large',
        `文稿“${label}”过大（${Math.round(info.size / 1048576)} MB），不是本程序保存的文稿。`,
        path,
      );
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof DrafterError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new DrafterError('not-found', `找不到文稿“${label}”：文件已被移动或删除。`, path);
    }
    throw new DrafterError(
      'damaged',
      `无法读取文稿“${label}”（${code ?? String(error)}）。`,
      path,
      { cause: error },
    );
  }
  return parseDraft(text, label, path);
}
