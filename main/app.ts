// The desktop app: one window showing the built renderer, locked down as DESIGN.md asks —
// context isolation, sandbox, no Node in the page, webSecurity, the CSP as a response header, no
// remote content, navigation and new windows denied, permission requests denied, IPC only from
// our own page (ipc.ts). Settings live in electron-store behind SettingsStore. Started by
// `npm start` (scripts/start.js) from the bundle in dist/main.

import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  protocol,
  session,
  type IpcMainInvokeEvent,
  type MenuItemConstructorOptions,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import Store from 'electron-store';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MenuCommand, MenuMessage, SaveFileRequest } from '../shared/menu';
import { MENU_CHANNEL } from '../shared/menu';
import { buildMenuTemplate } from './app-menu';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { registerIpc } from './ipc';
import { readStaticFile } from './static-files';
import { createDrafter } from './services/container';
import { fileNameFor } from './services/drafts/draft-paths';
import { atomicWrite } from './services/files/atomic-write';
import type { SettingsStore } from './services/settings/settings-store';

export const PRODUCT_NAME = '公文起草助手';
const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/**
 * The renderer is served from its own scheme rather than file://, so responses carry the CSP as a
 * real header and the page cannot read other local files.
 */
export const APP_SCHEME = 'gongwen';
export const PAGE_URL = `${APP_SCHEME}://app/index.html`;

/** Only the app's own files; the app works offline and loads nothing from the network or disk. */
export function isLocalUrl(url: string): boolean {
  return /^(gongwen|devtools|data|blob):/i.test(url);
}

/** gongwen://app/<path> → a file inside the built renderer, with the security headers. */
export async function serveAppRequest(url: string, rendererDir: string): Promise<Response> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return new Response('地址无效', { status: 400 });
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'app') {
    return new Response('找不到页面', { status: 404 });
  }
  const result = await readStaticFile(rendererDir, parsed.pathname);
  return new Response(result.status === 200 ? new Uint8Array(result.body) : result.body, {
    status: result.status,
    headers: {
      'Content-Type': result.type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** The same page, ignoring the #fragment the renderer may use. */
export function samePage(url: string, pageUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(pageUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalUrl(details.url) });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  ses.on('will-download', (event) => event.preventDefault());
}

export function hardenContents(contents: WebContents, pageUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!samePage(url, pageUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!samePage(url, pageUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  pageUrl: string,
): boolean {
  const frame = event.senderFrame;
  return (
    !!window &&
    !window.isDestroyed() &&
    event.sender === window.webContents &&
    !!frame &&
    // the top frame only; identity may not hold across WebFrameMain wrappers, parent does
    (frame === event.sender.mainFrame || frame.parent === null) &&
    samePage(frame.url, pageUrl)
  );
}

export function electronSettingsStore(store: Store<Record<string, unknown>>): SettingsStore {
  return {
    get: <T>(key: string) => store.get(key) as T | undefined,
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
  };
}

export interface AppPaths {
  preload: string;
  rendererIndex: string;
  templatesDir: string;
}

/** Where the bundle (dist/main) finds its preload, the renderer and the templates. */
export function appPaths(): AppPaths {
  const here = dirname(fileURLToPath(import.meta.url));
  return {
    preload: join(here, 'preload.cjs'),
    rendererIndex: join(here, '..', 'renderer', 'index.html'),
    templatesDir: app.isPackaged
      ? join(process.resourcesPath, 'templates')
      : join(app.getAppPath(), 'templates'),
  };
}

function send(window: BrowserWindow, message: MenuMessage): void {
  if (!window.isDestroyed()) window.webContents.send(MENU_CHANNEL, message);
}

// What each kind of save dialog offers: its title, file type and extension.
const SAVE_KINDS = {
  docx: { title: '导出 Word 文档', filter: { name: 'Word 文档', extensions: ['docx'] } },
  draft: { title: '保存文稿', filter: { name: '公文草稿', extensions: ['gwd'] } },
  snippets: { title: '导出常用语', filter: { name: '常用语包', extensions: ['json'] } },
} satisfies Record<SaveFileRequest['kind'], { title: string; filter: Electron.FileFilter }>;

async function saveFile(window: BrowserWindow, request: SaveFileRequest, granted: Set<string>) {
  const kind = SAVE_KINDS[request.kind];
  const extension = `.${kind.filter.extensions[0]}`;
  const result = await dialog.showSaveDialog(window, {
    title: kind.title,
    defaultPath: join(
      app.getPath('documents'),
      fileNameFor(request.defaultName.replace(/\.(docx|gwd|json)$/i, '')).replace(
        /\.gwd$/,
        extension,
      ),
    ),
    filters: [kind.filter],
  });
  if (result.canceled || !result.filePath) return null;
  if (request.kind === 'draft') granted.add(resolve(result.filePath));
  else await atomicWrite(result.filePath, Buffer.from(request.data ?? '', 'base64'));
  return { path: result.filePath };
}

async function openDraft(window: BrowserWindow, granted: Set<string>): Promise<void> {
  const result = await dialog.showOpenDialog(window, {
    title: '打开文稿',
    properties: ['openFile'],
    filters: [{ name: '公文草稿', extensions: ['gwd', 'json'] }],
  });
  const path = result.filePaths[0];
  if (result.canceled || !path) return;
  granted.add(resolve(path));
  send(window, { command: 'open', path });
}

async function importFile(window: BrowserWindow): Promise<void> {
  const result = await dialog.showOpenDialog(window, {
    title: '导入往年材料',
    properties: ['openFile'],
    filters: [
      { name: '文档', extensions: ['docx', 'doc', 'wps', 'txt', 'pdf'] },
      { name: '所有文件', extensions: ['*'] },
    ],
  });
  const path = result.filePaths[0];
  if (result.canceled || !path) return;
  try {
    if ((await stat(path)).size > MAX_IMPORT_BYTES) {
      dialog.showErrorBox('无法导入', `“${basename(path)}”过大（超过 100 MB），不是能导入的材料。`);
      return;
    }
    const data = (await readFile(path)).toString('base64');
    send(window, { command: 'import', file: { name: basename(path), data } });
  } catch (error) {
    dialog.showErrorBox('无法导入', `无法读取“${basename(path)}”：${(error as Error).message}`);
  }
}

async function saveAs(window: BrowserWindow, granted: Set<string>): Promise<void> {
  const picked = await saveFile(window, { kind: 'draft', defaultName: '未命名文稿' }, granted);
  if (picked) send(window, { command: 'save-as', path: picked.path });
}

export async function startApp(paths: () => AppPaths = appPaths): Promise<BrowserWindow | null> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.enableSandbox();
  const { preload, rendererIndex, templatesDir } = paths();
  const pageUrl = PAGE_URL;
  // must precede 'ready'; standard + secure give the scheme an origin and a secure context
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, pageUrl));
  await app.whenReady();
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, dirname(rendererIndex)));
  hardenSession(session.defaultSession);

  const grantedPaths = new Set<string>();
  const store = new Store<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: true });
  const api = createDrafter({
    dataDir: app.getPath('userData'),
    settings: electronSettingsStore(store),
    templatesDir,
    now: () => new Date(),
    grantedPaths,
  });

  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: PRODUCT_NAME,
    show: false,
    webPreferences: secureWebPreferences(preload),
  });
  hardenContents(window.webContents, pageUrl);
  registerIpc({
    api,
    isTrustedSender: (event) => isTrustedSender(event, window, pageUrl),
    saveFile: (request) => saveFile(window, request, grantedPaths),
  });
  const template = buildMenuTemplate(
    {
      send: (command: MenuCommand) => send(window, { command }),
      openDraft: () => void openDraft(window, grantedPaths),
      importFile: () => void importFile(window),
      saveAs: () => void saveAs(window, grantedPaths),
      about: () =>
        void dialog.showMessageBox(window, {
          title: '关于',
          message: `${PRODUCT_NAME} ${app.getVersion()}`,
          detail: '离线起草工作总结、工作计划、述职报告，导出符合 GB/T 9704 的 Word 文档。',
        }),
    },
    process.platform === 'darwin',
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  window.once('ready-to-show', () => window.show());
  await window.loadURL(pageUrl);
  return window;
}

if (process.versions.electron && !process.env.VITEST) {
  startApp().catch((error: unknown) => {
    dialog.showErrorBox('公文起草助手无法启动', String(error));
    app.exit(1);
  });
}
