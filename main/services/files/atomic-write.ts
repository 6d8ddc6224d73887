// Every file the app writes goes through here: a temporary file in the same folder, written,
// flushed to disk, then renamed over the target. A power cut or a killed process leaves either
// the old file or the new one, never half of each. A failed write leaves the previous file as it
// was and says why in Chinese, naming the file and offering 另存为.

import { randomBytes } from 'node:crypto';
import { close, fsync, open, rename, stat, unlink, write } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { DrafterError } from '../../../shared/errors';

const openAsync = promisify(open);
const writeAsync = promisify(write);
const fsyncAsync = promisify(fsync);
const closeAsync = promisify(close);
const renameAsync = promisify(rename);
const unlinkAsync = promisify(unlink);
const statAsync = promisify(stat);

/** The target's permission bits, or null when it does not exist yet. */
async function existingMode(target: string): Promise<number | null> {
  try {
    return (await statAsync(target)).mode & 0o7777;
  } catch {
    return null;
  }
}

/**
 * Windows: antivirus and the search indexer hold a just-written file for a moment, so a rename
 * fails with EPERM/EBUSY and succeeds a few milliseconds later. A file WPS keeps open stays locked,
 * and the last error is reported.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await renameAsync(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (process.platform !== 'win32' || !transient || attempt >= 8) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** Math.min(attempt, 4)));
    }
  }
}

export interface AtomicWriteOptions {
  /** the name shown to the user in error messages; defaults to the file's base name */
  label?: string;
  /** skip fsync (autosave versions in bulk tests); the rename is still atomic */
  noSync?: boolean;
}

/** Writes `data` to `target` atomically; throws DrafterError ('read-only', 'disk-full', 'locked', 'write-failed'). */
export async function atomicWrite(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const mode = await existingMode(target);
  // Word and WPS refuse to overwrite a file marked read-only; renaming over it would succeed on
  // Linux, so the mark is honoured here. Root ignores modes, hence the check of the bits.
  if (mode !== null && (mode & 0o222) === 0) {
    throw writeError(
      Object.assign(new Error('read-only file'), { code: 'EACCES' }),
      target,
      options.label,
    );
  }
  let fd: number | undefined;
  try {
    // the new file keeps the old one's permissions (a 0600 draft stays private)
    fd = await openAsync(temp, 'wx', mode ?? 0o644);
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await writeAsync(fd, bytes, offset, bytes.length - offset);
      offset += bytesWritten;
    }
    if (!options.noSync) await fsyncAsync(fd);
    await closeAsync(fd);
    fd = undefined;
    await renameWithRetry(temp, target);
  } catch (error) {
    if (fd !== undefined) await closeAsync(fd).catch(() => undefined);
    await unlinkAsync(temp).catch(() => undefined);
    throw writeError(error, target, options.label);
  }
  if (!options.noSync) await syncDir(dir);
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync; there NTFS journals it. */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = await openAsync(dir, 'r');
    await fsyncAsync(fd);
  } catch {
    // some file systems (network shares, FAT on USB sticks) refuse fsync on a folder; the data is written
  } finally {
    if (fd !== undefined) await closeAsync(fd).catch(() => undefined);
  }
}

/** The Chinese message for a failed write, by errno. The previous file is untouched in every case. */
export function writeError(error: unknown, target: string, label?: string): DrafterError {
  if (error instanceof DrafterError) return error;
  const name = label ?? basename(target);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const keep = '原文件未被改动';
  const saveAs = '请用“另存为”保存到其他位置';
  const cause = { cause: error };
  switch (code) {
    case 'EROFS':
    case 'EACCES':
      return new DrafterError(
        'read-only',
        `无法保存“${name}”：该文件或文件夹是只读的（没有写入权限），${keep}。${saveAs}。`,
        target,
        cause,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new DrafterError(
        'disk-full',
        `无法保存“${name}”：磁盘空间已满，${keep}。请清理磁盘，或用“另存为”保存到其他磁盘。`,
        target,
        cause,
      );
    case 'EBUSY':
    case 'EPERM':
    case 'ETXTBSY':
      // Windows reports a file held open by WPS or Word as EBUSY or EPERM on rename.
      return new DrafterError(
        'locked',
        `无法保存“${name}”：文件正被其他程序占用或被锁定（例如在 WPS 或 Word 中打开），${keep}。请关闭该程序后重试，或${saveAs}。`,
        target,
        cause,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new DrafterError(
        'write-failed',
        `无法保存“${name}”：所在文件夹已不存在（U 盘可能已拔出），${keep}。${saveAs}。`,
        target,
        cause,
      );
    default:
      return new DrafterError(
        'write-failed',
        `无法保存“${name}”：写入失败（${code ?? String(error)}），${keep}。${saveAs}。`,
        target,
        cause,
      );
  }
}
