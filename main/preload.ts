// Runs sandboxed in the renderer before the page, with context isolation: exposes the DrafterApi
// method by method as `window.drafter`, and the menu and save dialog as `window.drafterShell`.
// Never exposes ipcRenderer itself, so the page can reach no channel but these.
// A failed call rejects with a plain {name, code, message, file} object: contextBridge would keep
// only the message of an Error, and the renderer needs the code.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, type ApiEnvelope } from '../shared/api';
import {
  API_CHANNEL_PREFIX,
  isMenuMessage,
  MENU_CHANNEL,
  SAVE_FILE_CHANNEL,
  type DesktopShell,
  type MenuMessage,
  type SaveFileRequest,
} from '../shared/menu';

async function call(channel: string, request: unknown): Promise<unknown> {
  const envelope = (await ipcRenderer.invoke(channel, request)) as ApiEnvelope<unknown>;
  if (envelope.ok) return envelope.value;
  throw { name: 'DrafterError', ...envelope.error };
}

export function buildDrafter(): Record<string, (request: unknown) => Promise<unknown>> {
  const drafter: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    drafter[method] = (request: unknown) => call(API_CHANNEL_PREFIX + method, request ?? {});
  }
  return drafter;
}

export function buildShell(): DesktopShell {
  return {
    onMenu(listener: (message: MenuMessage) => void) {
      const handler = (_event: IpcRendererEvent, message: unknown) => {
        if (isMenuMessage(message)) listener(message);
      };
      ipcRenderer.on(MENU_CHANNEL, handler);
      return () => {
        ipcRenderer.removeListener(MENU_CHANNEL, handler);
      };
    },
    saveFile: (request: SaveFileRequest) =>
      call(SAVE_FILE_CHANNEL, request) as Promise<{ path: string } | null>,
  };
}

contextBridge.exposeInMainWorld('drafter', buildDrafter());
contextBridge.exposeInMainWorld('drafterShell', buildShell());
