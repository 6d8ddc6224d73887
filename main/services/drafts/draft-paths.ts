// Which files the UI may open or overwrite. Browser mode has no native dialogs, and a page that
// could name any path could read or clobber any file the user owns; so a request may only name a
// file in the app's documents folder, a recent draft, or one the user picked in a dialog (granted).

import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { DrafterError } from '../../../shared/errors';

export const DRAFT_EXT = '.gwd';

/** A title turned into a file name Windows, Linux and USB sticks (FAT) all accept. */
export function fileNameFor(title: string): string {
  const cleaned = title
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, '_')
    .replace(/[. ]+$/, '')
    .trim()
    .slice(0, 80);
  const base =
    cleaned && !/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) ? cleaned : '未命名文稿';
  return base.toLowerCase().endsWith(DRAFT_EXT) ? base : base + DRAFT_EXT;
}

export function isInside(parent: string, child: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export interface PathPolicy {
  documentsDir: string;
  /** the CLI may touch any file the user names on the command line */
  trustAllPaths: boolean;
  isRecent(path: string): boolean;
  /** paths picked in native dialogs; the Electron shell adds to the same set */
  granted?: Set<string>;
}

export class DraftPaths {
  private readonly granted: Set<string>;

  constructor(private readonly policy: PathPolicy) {
    this.granted = policy.granted ?? new Set();
  }

  /** A path the user chose in a native open or save dialog (Electron). */
  grant(path: string): void {
    this.granted.add(resolve(path));
  }

  private forbidden(path: string): DrafterError {
    return new DrafterError(
      'forbidden',
      `不允许访问“${basename(path)}”：只能打开或保存您自己选择的文件、最近的文稿和文稿文件夹中的文件。`,
      path,
    );
  }

  private allowed(path: string): boolean {
    const full = resolve(path);
    return (
      this.policy.trustAllPaths ||
      this.granted.has(full) ||
      this.policy.isRecent(path) ||
      this.policy.isRecent(full) ||
      isInside(this.policy.documentsDir, full)
    );
  }

  /** A bare name means the documents folder; anything with a folder in it must be allowed. */
  private resolveName(path: string): string {
    if (isAbsolute(path)) {
      if (!this.allowed(path)) throw this.forbidden(path);
      return resolve(path);
    }
    if (this.policy.trustAllPaths) return resolve(path);
    if (/[/\\]/.test(path) || path === '.' || path === '..' || /\p{Cc}/u.test(path)) {
      throw this.forbidden(path);
    }
    return join(this.policy.documentsDir, fileNameFor(path));
  }

  /**
   * A file allowed only for lying in the documents folder must really lie there: a symbolic link
   * placed in the folder must not lead to a file elsewhere.
   */
  async checkReal(path: string): Promise<void> {
    const full = resolve(path);
    if (this.policy.trustAllPaths || this.granted.has(full) || this.policy.isRecent(full)) return;
    const [real, root] = await Promise.all([
      realpath(full).catch(() => full),
      realpath(this.policy.documentsDir).catch(() => this.policy.documentsDir),
    ]);
    if (!isInside(root, real)) throw this.forbidden(path);
  }

  forOpen(path: string): string {
    if (typeof path !== 'string' || !path) {
      throw new DrafterError('invalid-request', '没有指定要打开的文稿');
    }
    return this.resolveName(path);
  }

  /** Where saveDraft writes: the named path, or a new file in the documents folder. */
  forSave(path: string | undefined, title: string): string {
    if (path) return this.resolveName(path);
    const name = fileNameFor(title);
    let candidate = join(this.policy.documentsDir, name);
    for (let n = 2; existsSync(candidate); n++) {
      candidate = join(
        this.policy.documentsDir,
        `${name.slice(0, -DRAFT_EXT.length)}（${n}）${DRAFT_EXT}`,
      );
    }
    return candidate;
  }
}
