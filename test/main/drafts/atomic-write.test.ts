import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DrafterError } from '../../../shared/errors';
import { atomicWrite, writeError } from '../../../main/services/files/atomic-write';
import { lockFile, mountTmpfs, readOnlyDir, tempDir, unmount } from './fs-traps';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function failure(promise: Promise<unknown>): Promise<DrafterError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DrafterError);
  return error as DrafterError;
}

describe('atomicWrite', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = tempDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const target = join(dir, '总结.gwd');
    writeFileSync(target, 'old');
    await atomicWrite(target, '新内容');
    expect(readFileSync(target, 'utf8')).toBe('新内容');
    expect(readdirSync(dir)).toEqual(['总结.gwd']);
  });

  it('refuses a read-only folder with read-only, names the file and keeps the old content', async (ctx) => {
    const trap = readOnlyDir((dir) => writeFileSync(join(dir, '年度总结.gwd'), 'old'));
    if (!trap) {
      console.warn('无法构造只读文件夹（既不是 root 也不能 chmod），此项改为检查错误映射');
      const mapped = writeError(
        Object.assign(new Error('x'), { code: 'EROFS' }),
        '/x/年度总结.gwd',
      );
      expect(mapped.code).toBe('read-only');
      return;
    }
    cleanups.push(trap.undo);
    ctx.annotate(`只读方式：${trap.how}`);
    const target = join(trap.dir, '年度总结.gwd');
    const error = await failure(atomicWrite(target, 'new'));
    expect(error.code).toBe('read-only');
    expect(error.message).toContain('年度总结.gwd');
    expect(error.message).toContain('另存为');
    expect(error.message).toContain('原文件未被改动');
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it('reports a full disk as disk-full, keeps the old file and cleans up the partial temp file', async () => {
    const dir = mountTmpfs(64);
    if (!dir) {
      console.warn('不能挂载 tmpfs（需要 root 的 Linux），此项改为检查 ENOSPC 的错误映射');
      const mapped = writeError(Object.assign(new Error('x'), { code: 'ENOSPC' }), '/x/a.gwd');
      expect(mapped.code).toBe('disk-full');
      return;
    }
    cleanups.push(() => unmount(dir));
    const target = join(dir, '上半年总结.gwd');
    writeFileSync(target, 'old draft');
    const error = await failure(atomicWrite(target, 'x'.repeat(200 * 1024)));
    expect(error.code).toBe('disk-full');
    expect(error.message).toContain('上半年总结.gwd');
    expect(error.message).toContain('磁盘空间已满');
    expect(readFileSync(target, 'utf8')).toBe('old draft');
    expect(readdirSync(dir)).toEqual(['上半年总结.gwd']);
  });

  it('reports a file another program holds as locked and leaves it unchanged', async () => {
    const dir = tempDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const target = join(dir, '述职报告.gwd');
    writeFileSync(target, 'old');
    const unlock = lockFile(target);
    if (!unlock) {
      console.warn('无法用 chattr 锁定文件（需要 root 的 Linux），此项改为检查 EBUSY 的错误映射');
      expect(writeError(Object.assign(new Error('x'), { code: 'EBUSY' }), target).code).toBe(
        'locked',
      );
      return;
    }
    cleanups.push(unlock);
    const error = await failure(atomicWrite(target, 'new'));
    expect(error.code).toBe('locked');
    expect(error.message).toContain('述职报告.gwd');
    expect(error.message).toContain('另存为');
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it('honours a file marked read-only, as Word does, and keeps a private file private', async () => {
    const dir = tempDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const locked = join(dir, '定稿.gwd');
    writeFileSync(locked, 'final');
    chmodSync(locked, 0o444);
    const error = await failure(atomicWrite(locked, 'changed'));
    expect(error.code).toBe('read-only');
    expect(error.message).toContain('定稿.gwd');
    expect(readFileSync(locked, 'utf8')).toBe('final');

    const privateFile = join(dir, '私人.gwd');
    writeFileSync(privateFile, 'old', { mode: 0o600 });
    await atomicWrite(privateFile, 'new');
    expect(statSync(privateFile).mode & 0o777).toBe(0o600);
  });

  it('says the folder is gone when a USB stick was pulled', async () => {
    const dir = tempDir();
    rmSync(dir, { recursive: true });
    const error = await failure(atomicWrite(join(dir, '计划.gwd'), 'new'));
    expect(error.code).toBe('write-failed');
    expect(error.message).toContain('计划.gwd');
    expect(error.message).toContain('文件夹已不存在');
    expect(existsSync(dir)).toBe(false);
  });
});
