import { join } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../shared/api';
import { API_CHANNEL_PREFIX, MENU_CHANNEL, SAVE_FILE_CHANNEL } from '../../../shared/menu';
import { CONTENT_SECURITY_POLICY } from '../../../main/content-security-policy';
import { state, type FakeWindow } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronModule());
vi.mock('electron-store', async () => ({ default: (await import('./electron-mock')).FakeStore }));

const { startApp } = await import('../../../main/app');

const paths = {
  preload: '/app/dist/main/preload.cjs',
  rendererIndex: join(process.cwd(), 'dist', 'renderer', 'index.html'),
  templatesDir: join(process.cwd(), 'templates'),
};
const pageUrl = 'gongwen://app/index.html';
let window: FakeWindow;

beforeAll(async () => {
  await startApp(() => paths);
  window = state.windows[0];
  window.webContents.mainFrame.url = pageUrl;
});

function event(overrides: { sender?: unknown; frame?: unknown } = {}) {
  const sender = overrides.sender ?? window.webContents;
  const frame =
    'frame' in overrides ? overrides.frame : (sender as { mainFrame: unknown }).mainFrame;
  return { sender, senderFrame: frame };
}

async function invoke(method: string, payload: unknown, ev = event()) {
  const handler = state.handlers.get(API_CHANNEL_PREFIX + method);
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler(ev, payload) as Promise<{ ok: boolean; error?: { code: string } }>;
}

describe('the Electron window is locked down', () => {
  it('creates the window with context isolation, sandbox, no Node and web security', () => {
    const prefs = window.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: paths.preload,
    });
    expect(state.sandboxEnabled).toBe(true);
    expect(window.loaded).toBe(pageUrl);
  });

  it('serves the renderer from its own privileged scheme with the CSP header, and nothing outside it', async () => {
    expect(state.schemes).toEqual([
      { scheme: 'gongwen', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const { serveAppRequest } = await import('../../../main/app');
    const root = mkdtempSync(join(tmpdir(), 'gongwen-h-scheme-'));
    try {
      mkdirSync(join(root, 'renderer'));
      writeFileSync(join(root, 'renderer', 'index.html'), '<title>公文起草助手</title>');
      writeFileSync(join(root, 'secret.txt'), '机密');
      const page = await serveAppRequest('gongwen://app/index.html', join(root, 'renderer'));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await page.text()).toContain('公文起草助手');
      for (const url of [
        'gongwen://app/../secret.txt',
        'gongwen://app/%2e%2e/secret.txt',
        'gongwen://app/..%2fsecret.txt',
        'gongwen://other/index.html',
      ]) {
        const reply = await serveAppRequest(url, join(root, 'renderer'));
        expect(reply.status, url).not.toBe(200);
        expect(await reply.text()).not.toContain('机密');
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    // the handler registered with Electron serves the real renderer folder
    const handler = state.protocolHandlers.get('gongwen')!;
    const reply = await handler({ url: 'gongwen://app/missing.js' });
    expect(reply.status).toBe(404);
  });

  it('sends the strict CSP as a response header', () => {
    let headers: Record<string, string[]> = {};
    state.session.headersReceived!({ responseHeaders: { 'X-Other': ['1'] } }, (r) => {
      headers = r.responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-Other']).toEqual(['1']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('loads no remote content', () => {
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      state.session.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('https://cdn.example.com/font.woff2')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('ws://example.com/')).toBe(true);
    expect(cancelled(pageUrl)).toBe(false);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      state.session.permissionRequest!(window.webContents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(state.session.permissionCheck!(window.webContents, 'media')).toBe(false);
  });

  it('denies navigation away from the page and every new window', () => {
    const navigate = (url: string) => {
      const ev = { preventDefault: vi.fn() };
      window.webContents.emit('will-navigate', ev, url);
      return ev.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(pageUrl + '#editor')).toBe(false);
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
    const webview = { preventDefault: vi.fn() };
    window.webContents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const download = { preventDefault: vi.fn() };
    state.session.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
  });

  it('hardens any web contents created later as well', async () => {
    const { FakeContents } = await import('./electron-mock');
    const other = new FakeContents();
    state.app.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler!({ url: 'https://x' })).toEqual({ action: 'deny' });
  });
});

describe('IPC', () => {
  it('registers a handler for every API method and the save dialog', () => {
    for (const method of API_METHODS)
      expect(state.handlers.has(API_CHANNEL_PREFIX + method)).toBe(true);
    expect(state.handlers.has(SAVE_FILE_CHANNEL)).toBe(true);
  });

  it('answers our own page', async () => {
    const reply = await invoke('getSettings', {});
    expect(reply.ok).toBe(true);
  });

  it('refuses requests from other web contents, subframes and foreign pages', async () => {
    const { FakeContents } = await import('./electron-mock');
    const stranger = new FakeContents();
    stranger.mainFrame.url = pageUrl;
    expect((await invoke('getSettings', {}, event({ sender: stranger }))).error?.code).toBe(
      'forbidden',
    );
    const subframe = { url: pageUrl, parent: window.webContents.mainFrame };
    expect((await invoke('getSettings', {}, event({ frame: subframe }))).error?.code).toBe(
      'forbidden',
    );
    expect((await invoke('getSettings', {}, event({ frame: null }))).error?.code).toBe('forbidden');
    window.webContents.mainFrame.url = 'https://evil.example/';
    try {
      expect((await invoke('getSettings', {})).error?.code).toBe('forbidden');
    } finally {
      window.webContents.mainFrame.url = pageUrl;
    }
    const save = state.handlers.get(SAVE_FILE_CHANNEL)!;
    const refused = (await save(event({ sender: stranger }), {
      kind: 'docx',
      defaultName: 'x',
      data: '',
    })) as { error: { code: string } };
    expect(refused.error.code).toBe('forbidden');
  });

  it('validates every payload before a service sees it', async () => {
    expect((await invoke('openDraft', { path: ['x'] })).error?.code).toBe('invalid-request');
    expect((await invoke('autosave', { session: 's', draft: {} })).error?.code).toBe(
      'invalid-request',
    );
    expect((await invoke('getSettings', 'x')).error?.code).toBe('invalid-request');
    const save = state.handlers.get(SAVE_FILE_CHANNEL)!;
    const bad = (await save(event(), { kind: 'exe', defaultName: 'x' })) as {
      error: { code: string };
    };
    expect(bad.error.code).toBe('invalid-request');
  });
});

describe('the native menu', () => {
  type Item = { label?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
  const menu = () => state.menuTemplate as Item[];
  const item = (top: string, label: string) =>
    menu()
      .find((m) => m.label === top)!
      .submenu!.find((i) => i.label === label)!;

  it('has 文件, 编辑, 插入, 视图 and 帮助 with shortcuts', () => {
    expect(menu().map((m) => m.label)).toEqual(['文件', '编辑', '插入', '视图', '帮助']);
    expect(item('文件', '打开文稿…').accelerator).toBe('CmdOrCtrl+O');
    expect(item('文件', '保存').accelerator).toBe('CmdOrCtrl+S');
    expect(item('文件', '导出 Word…').accelerator).toBe('CmdOrCtrl+E');
    expect(item('插入', '常用语…').accelerator).toBe('Alt+/');
    expect(item('插入', '一级标题（一、）').accelerator).toBe('CmdOrCtrl+1');
  });

  it('sends menu commands to the renderer on the menu channel', () => {
    item('文件', '保存').click!();
    item('插入', '正文').click!();
    expect(window.webContents.sent.slice(-2)).toEqual([
      { channel: MENU_CHANNEL, message: { command: 'save' } },
      { channel: MENU_CHANNEL, message: { command: 'body-text' } },
    ]);
  });
});

describe('dialogs', () => {
  it('exports through a save dialog, writing the .docx where the user chose', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const electron = (await import('electron')) as unknown as {
      dialog: { showSaveDialog: ReturnType<typeof vi.fn> };
    };
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-h-dialog-'));
    try {
      const target = join(dir, '年度总结.docx');
      electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      const save = state.handlers.get(SAVE_FILE_CHANNEL)!;
      const data = Buffer.from('PK fake docx').toString('base64');
      const reply = (await save(event(), { kind: 'docx', defaultName: '年度总结', data })) as {
        ok: boolean;
        value: { path: string };
      };
      expect(reply).toEqual({ ok: true, value: { path: target } });
      expect(readFileSync(target, 'utf8')).toBe('PK fake docx');
      const options = electron.dialog.showSaveDialog.mock.calls.at(-1)![1] as {
        defaultPath: string;
      };
      expect(options.defaultPath.endsWith('年度总结.docx')).toBe(true);

      // a draft path picked in the dialog may then be written through saveDraft
      const draftPath = join(dir, '选的位置.gwd');
      const { emptyDraft } = await import('../../../shared/model');
      expect(
        (await invoke('saveDraft', { draft: emptyDraft(), path: draftPath })).error?.code,
      ).toBe('forbidden');
      electron.dialog.showSaveDialog.mockResolvedValueOnce({
        canceled: false,
        filePath: draftPath,
      });
      await save(event(), { kind: 'draft', defaultName: '选的位置' });
      expect((await invoke('saveDraft', { draft: emptyDraft(), path: draftPath })).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a phrase pack where the user chose, offering a .json name', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const electron = (await import('electron')) as unknown as {
      dialog: { showSaveDialog: ReturnType<typeof vi.fn> };
    };
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-h-pack-'));
    try {
      const target = join(dir, '我的常用语.json');
      electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      const save = state.handlers.get(SAVE_FILE_CHANNEL)!;
      const data = Buffer.from('{"format":"gongwen-snippets"}').toString('base64');
      const reply = (await save(event(), {
        kind: 'snippets',
        defaultName: '我的常用语.json',
        data,
      })) as { ok: boolean; value: { path: string } };
      expect(reply).toEqual({ ok: true, value: { path: target } });
      expect(readFileSync(target, 'utf8')).toBe('{"format":"gongwen-snippets"}');
      const options = electron.dialog.showSaveDialog.mock.calls.at(-1)![1] as {
        defaultPath: string;
        filters: { extensions: string[] }[];
      };
      expect(options.defaultPath.endsWith('我的常用语.json')).toBe(true);
      expect(options.filters[0].extensions).toEqual(['json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens a draft picked in the open dialog and tells the renderer its path', async () => {
    const electron = (await import('electron')) as unknown as {
      dialog: { showOpenDialog: ReturnType<typeof vi.fn> };
    };
    electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/somewhere/去年.gwd'],
    });
    const file = (
      state.menuTemplate as { label: string; submenu: { label: string; click: () => void }[] }[]
    )[0];
    file.submenu.find((i) => i.label === '打开文稿…')!.click();
    await vi.waitFor(() =>
      expect(window.webContents.sent.at(-1)).toEqual({
        channel: MENU_CHANNEL,
        message: { command: 'open', path: '/somewhere/去年.gwd' },
      }),
    );
    // granted: openDraft now gets as far as reading the (missing) file
    expect((await invoke('openDraft', { path: '/somewhere/去年.gwd' })).error?.code).toBe(
      'not-found',
    );
  });
});
