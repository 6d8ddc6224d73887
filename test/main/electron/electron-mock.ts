// One fake `electron` for the shell tests (vi.mock('electron') points here): records what the app
// asks of Electron, so each hardening item can be asserted without the binary.

import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, fn: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  }
  once(name: string, fn: Listener) {
    return this.on(name, fn);
  }
  emit(name: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(name) ?? []) fn(...args);
  }
}

export class FakeContents extends FakeEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  readonly sent: { channel: string; message: unknown }[] = [];
  readonly mainFrame: { url: string; parent: unknown } = { url: '', parent: null };
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = fn;
  }
  send(channel: string, message: unknown) {
    this.sent.push({ channel, message });
  }
}

export class FakeSession extends FakeEmitter {
  permissionRequest?: (contents: unknown, permission: string, cb: (ok: boolean) => void) => void;
  permissionCheck?: (...args: unknown[]) => boolean;
  beforeRequest?: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
  headersReceived?: (
    details: { responseHeaders: Record<string, string[]> },
    cb: (r: { responseHeaders: Record<string, string[]> }) => void,
  ) => void;
  setPermissionRequestHandler(fn: FakeSession['permissionRequest']) {
    this.permissionRequest = fn;
  }
  setPermissionCheckHandler(fn: FakeSession['permissionCheck']) {
    this.permissionCheck = fn;
  }
  webRequest = {
    onBeforeRequest: (fn: FakeSession['beforeRequest']) => {
      this.beforeRequest = fn;
    },
    onHeadersReceived: (fn: FakeSession['headersReceived']) => {
      this.headersReceived = fn;
    },
  };
}

export const state = {
  windows: [] as FakeWindow[],
  handlers: new Map<string, Listener>(),
  exposed: new Map<string, unknown>(),
  menuTemplate: null as unknown,
  session: new FakeSession(),
  app: new FakeEmitter(),
  rendererListeners: new Map<string, Listener[]>(),
  invoke: vi.fn(async (_channel: string, _request: unknown): Promise<unknown> => undefined),
  sandboxEnabled: false,
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
};

export class FakeWindow extends FakeEmitter {
  readonly webContents = new FakeContents();
  loaded?: string;
  constructor(readonly options: { webPreferences: Record<string, unknown> }) {
    super();
    state.windows.push(this);
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  async loadFile(file: string) {
    this.loaded = file;
  }
  async loadURL(url: string) {
    this.loaded = url;
  }
}

export function electronModule() {
  const app = Object.assign(state.app, {
    requestSingleInstanceLock: () => true,
    enableSandbox: () => {
      state.sandboxEnabled = true;
    },
    whenReady: async () => undefined,
    getPath: (name: string) => `/tmp/gongwen-electron-test/${name}`,
    getAppPath: () => process.cwd(),
    getVersion: () => '0.0.0-test',
    isPackaged: false,
    quit: vi.fn(),
    exit: vi.fn(),
  });
  return {
    app,
    BrowserWindow: FakeWindow,
    session: { defaultSession: state.session },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, fn),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        state.menuTemplate = menu;
      },
    },
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
    },
    ipcMain: {
      handle: (channel: string, fn: Listener) => state.handlers.set(channel, fn),
      removeHandler: (channel: string) => state.handlers.delete(channel),
    },
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => state.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: (channel: string, request: unknown) => state.invoke(channel, request),
      on: (channel: string, fn: Listener) =>
        state.rendererListeners.set(channel, [...(state.rendererListeners.get(channel) ?? []), fn]),
      removeListener: (channel: string, fn: Listener) =>
        state.rendererListeners.set(
          channel,
          (state.rendererListeners.get(channel) ?? []).filter((f) => f !== fn),
        ),
    },
  };
}

/** electron-store needs the real electron; the shell tests give it a Map. */
export class FakeStore {
  private readonly values = new Map<string, unknown>();
  get(key: string) {
    return this.values.get(key);
  }
  set(key: string, value: unknown) {
    this.values.set(key, value);
  }
  delete(key: string) {
    this.values.delete(key);
  }
}
