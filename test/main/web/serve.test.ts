import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startProcess, type Running } from './serve-process';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-h-serve-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function checkServes(running: Running, data: string) {
  const page = await fetch(running.url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('公文起草助手');
  const token = new URL(running.url).searchParams.get('token')!;
  const reply = await fetch(new URL('/api/saveDraft', running.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Drafter-Token': token },
    body: JSON.stringify({
      draft: {
        version: 1,
        meta: {
          title: '服务测试',
          docType: 'summary',
          unit: '',
          year: null,
          period: null,
          date: '',
        },
        blocks: [],
        signature: null,
      },
    }),
  });
  const saved = (await reply.json()) as { ok: boolean; value: { path: string } };
  expect(saved.ok).toBe(true);
  expect(saved.value.path).toBe(join(data, 'documents', '服务测试.gwd'));
}

describe('starting browser mode', () => {
  it('`gongwen serve --no-open --data dir` prints its address with the token and serves the app', async () => {
    const data = dataDir();
    const running = await startProcess(['bin/gongwen.js', 'serve', '--no-open', '--data', data]);
    cleanups.push(() => running.stop());
    expect(running.stdout()).toMatch(/浏览器模式.*http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    await checkServes(running, data);
    expect(await running.stop()).toBe(0);
  });

  it('refuses a bad port or stray arguments with the usage line', async () => {
    const { main } = await import('../../../main/cli');
    for (const args of [
      ['serve', '--port', 'abc'],
      ['serve', '--port', '70000'],
      ['serve', 'extra'],
    ]) {
      const err: string[] = [];
      const code = await main(args, {
        stdout: () => undefined,
        stderr: (t) => err.push(t),
        cwd: '.',
      });
      expect(code, args.join(' ')).toBe(2);
      expect(err.join('\n')).toContain('用法：npx gongwen serve');
    }
  });

  it('keeps running quietly when no browser can be opened', async () => {
    const data = dataDir();
    const running = await startProcess(['bin/gongwen.js', 'serve', '--data', data], {
      ...process.env,
      // no xdg-open (or any other program) to be found
      PATH: '/nonexistent',
    });
    cleanups.push(() => running.stop());
    await checkServes(running, data);
    expect(running.stderr()).toBe('');
  });

  it('`npm start` without an Electron binary says so in one Chinese line and starts browser mode', async () => {
    const data = dataDir();
    const emptyDist = dataDir();
    const running = await startProcess(['scripts/start.js', '--no-open', '--data', data], {
      ...process.env,
      // an empty Electron build folder: the binary is missing, and nothing is downloaded
      ELECTRON_OVERRIDE_DIST_PATH: emptyDist,
    });
    cleanups.push(() => running.stop());
    const lines = running.stderr().trim().split('\n');
    expect(lines).toEqual(['未找到 Electron 程序且无法下载，改为以浏览器模式启动公文起草助手。']);
    await checkServes(running, data);
  });
});
