// `npm start`: the desktop app. Builds the renderer and bundles the Electron main and preload
// (vite.main.config.ts), then launches Electron. Where the Electron binary is missing and cannot
// be fetched (offline PCs, LoongArch, this build machine) it says so in one line and starts
// browser mode instead (`gongwen serve`), passing on any arguments (--port, --no-open, --data).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  shell: process.platform === 'win32',
};

function electronBinary() {
  try {
    // node_modules/electron/index.js resolves the binary from path.txt; fresh each time
    const require = createRequire(join(root, 'package.json'));
    const entry = require.resolve('electron');
    const result = spawnSync(
      process.execPath,
      ['-e', `process.stdout.write(require(${JSON.stringify(entry)}))`],
      {
        encoding: 'utf8',
        env: process.env,
      },
    );
    const path = result.status === 0 ? result.stdout.trim() : '';
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function tryFetchElectron() {
  // an explicit ELECTRON_OVERRIDE_DIST_PATH means "use that build", never download
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return;
  try {
    const require = createRequire(join(root, 'package.json'));
    const install = join(dirname(require.resolve('electron')), 'install.js');
    spawnSync(process.execPath, [install], { cwd: root, stdio: 'ignore', timeout: 120_000 });
  } catch {
    // not installed at all: browser mode below
  }
}

function browserMode() {
  const child = spawn(process.execPath, [join(root, 'bin', 'gongwen.js'), 'serve', ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

let electron = electronBinary();
if (!electron) {
  tryFetchElectron();
  electron = electronBinary();
}
if (!electron) {
  console.error('未找到 Electron 程序且无法下载，改为以浏览器模式启动公文起草助手。');
  browserMode();
} else {
  const steps = [
    ['vite', 'build', '--logLevel', 'warn'],
    ['vite', 'build', '-c', 'vite.main.config.ts', '--mode', 'main', '--logLevel', 'warn'],
    ['vite', 'build', '-c', 'vite.main.config.ts', '--mode', 'preload', '--logLevel', 'warn'],
  ];
  for (const step of steps) {
    if (spawnSync('npx', step, quiet).status !== 0) {
      console.error(`构建失败：npx ${step.join(' ')}`);
      process.exit(1);
    }
  }
  const child = spawn(electron, [root, ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
