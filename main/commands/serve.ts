// `npx gongwen serve [--port N] [--no-open] [--data <目录>]`: browser mode. Builds the renderer
// when dist/renderer is missing, prints the address with the per-run token, opens the default
// browser, and runs until Ctrl+C.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DrafterError } from '../../shared/errors';
import { createDrafter } from '../services/container';
import { ConfSettingsStore } from '../services/settings/conf-settings-store';
import { defaultUserDataDir } from '../services/settings/user-data-dir';
import { startWebServer } from '../web';
import { parseArgs, UsageError, type Command, type CommandIo } from './command';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function ensureRenderer(staticDir: string, io: CommandIo): void {
  if (existsSync(join(staticDir, 'index.html'))) return;
  io.stderr('首次启动：正在构建界面（vite build），请稍候……');
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    shell: process.platform === 'win32',
  });
  if (built.status !== 0 || !existsSync(join(staticDir, 'index.html'))) {
    throw new DrafterError(
      'internal',
      `界面构建失败，无法启动浏览器模式：${String(built.stderr ?? built.error ?? '')
        .trim()
        .slice(0, 500)}`,
    );
  }
}

/** Opens the address in the default browser; a PC without one just keeps the printed address. */
export function openBrowser(url: string): void {
  // `start` takes its first quoted argument as a window title; Node quotes the empty one as ""
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser launcher: the address is printed above
  }
}

export interface ServeDeps {
  /** resolves when the server should stop; default: SIGINT or SIGTERM */
  untilStopped?: () => Promise<void>;
  open?: (url: string) => void;
}

export function createServeCommand(deps: ServeDeps = {}): Command {
  return {
    name: 'serve',
    usage: 'serve [--port 端口] [--no-open] [--data 数据目录]',
    summary: '以浏览器模式启动（仅本机 127.0.0.1 可访问），打印带访问令牌的地址',
    async run(args, io) {
      const { options, flags, positionals } = parseArgs(args, {
        flags: ['no-open'],
        options: ['port', 'data'],
      });
      if (positionals.length) throw new UsageError(`多余的参数：${positionals.join(' ')}`);
      const port = Number(options.get('port') ?? 0);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError(`端口无效：${options.get('port')}`);
      }
      const dataDir = options.has('data')
        ? resolve(io.cwd, options.get('data')!)
        : defaultUserDataDir();
      await mkdir(dataDir, { recursive: true });
      const staticDir = join(repoRoot, 'dist', 'renderer');
      ensureRenderer(staticDir, io);
      const api = createDrafter({
        dataDir,
        settings: new ConfSettingsStore(dataDir),
        templatesDir: join(repoRoot, 'templates'),
        now: () => new Date(),
      });
      let server;
      try {
        server = await startWebServer({ api, staticDir, port });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') {
          throw new DrafterError(
            'internal',
            `端口 ${port} 已被占用，请换一个端口（--port）或不指定端口。`,
          );
        }
        throw error;
      }
      io.stdout(`公文起草助手（浏览器模式）已启动：${server.url}`);
      io.stdout(`数据目录：${dataDir}。按 Ctrl+C 退出。`);
      if (!flags.has('no-open')) (deps.open ?? openBrowser)(server.url);
      await (deps.untilStopped ?? untilSignal)();
      await server.close();
      return 0;
    },
  };
}

function untilSignal(): Promise<void> {
  return new Promise((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
