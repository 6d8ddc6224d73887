// Real file-system failures for the write tests: a read-only folder, a full disk, a locked file.
// As root (CI, this machine) they are a read-only or tiny tmpfs mount and `chattr +i`; elsewhere a
// chmod'ed folder. Where a trap cannot be built, the helper says so and returns null.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

function run(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

export function tempDir(prefix = 'gongwen-h-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A small tmpfs at a fresh folder, or null where mounting is not permitted. */
export function mountTmpfs(sizeKb: number): string | null {
  if (process.platform !== 'linux' || !isRoot) return null;
  const dir = tempDir('gongwen-h-mnt-');
  if (!run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir])) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return dir;
}

export function unmount(dir: string): void {
  run('umount', ['-l', dir]);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Makes `dir` read-only for this process after `fill` has put files in it. Root ignores file
 * modes, so as root the folder is a tmpfs remounted read-only (EROFS); otherwise chmod (EACCES).
 */
export function readOnlyDir(
  fill: (dir: string) => void,
): { dir: string; how: string; undo(): void } | null {
  const mounted = mountTmpfs(1024);
  if (mounted) {
    fill(mounted);
    if (run('mount', ['-o', 'remount,ro', mounted])) {
      return { dir: mounted, how: 'tmpfs 只读挂载', undo: () => unmount(mounted) };
    }
    unmount(mounted);
    return null;
  }
  if (isRoot || process.platform === 'win32') return null;
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  fill(dir);
  chmodSync(dir, 0o555);
  return {
    dir,
    how: 'chmod 555',
    undo: () => {
      chmodSync(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Marks a file immutable (`chattr +i`): rename over it fails as over a file Word holds open. */
export function lockFile(file: string): (() => void) | null {
  if (process.platform !== 'linux' || !isRoot) return null;
  if (!run('chattr', ['+i', file])) return null;
  return () => run('chattr', ['-i', file]);
}
