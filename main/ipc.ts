// Electron transport of the DrafterApi: one ipcMain.handle per method of API_METHODS, plus the
// save dialog of the desktop shell. A request from any frame other than our own page is refused,
// and every payload is validated (shared/api-validate.ts) before a service sees it. Answers are
// envelopes, because Electron keeps only the message of an Error crossing the process boundary.

import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiEnvelope, type DrafterApi } from '../shared/api';
import { validateRequest } from '../shared/api-validate';
import { DrafterError, serializeError } from '../shared/errors';
import { API_CHANNEL_PREFIX, SAVE_FILE_CHANNEL, type SaveFileRequest } from '../shared/menu';

export interface IpcDeps {
  api: DrafterApi;
  /** true only for our window's top frame showing our own page */
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
  saveFile(request: SaveFileRequest, event: IpcMainInvokeEvent): Promise<{ path: string } | null>;
}

const refused = (): ApiEnvelope<never> => ({
  ok: false,
  error: { code: 'forbidden', message: '访问被拒绝：请求不是来自公文起草助手的窗口' },
});

async function envelope(task: () => Promise<unknown>): Promise<ApiEnvelope<unknown>> {
  try {
    return { ok: true, value: await task() };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

export function checkSaveFileRequest(value: unknown): SaveFileRequest {
  const r = value as SaveFileRequest;
  const valid =
    typeof r === 'object' &&
    r !== null &&
    (r.kind === 'docx' || r.kind === 'draft' || r.kind === 'snippets') &&
    typeof r.defaultName === 'string' &&
    r.defaultName.length <= 260 &&
    (r.data === undefined || typeof r.data === 'string') &&
    (r.kind === 'draft' || typeof r.data === 'string');
  if (!valid) throw new DrafterError('invalid-request', '无效的请求（保存文件）：参数不完整');
  return r;
}

/** Registers every handler; returns a function that removes them. */
export function registerIpc(deps: IpcDeps): () => void {
  const channels: string[] = [];
  for (const method of API_METHODS) {
    const channel = API_CHANNEL_PREFIX + method;
    channels.push(channel);
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!deps.isTrustedSender(event)) return refused();
      return envelope(() => {
        const request = validateRequest(method, payload);
        const fn = deps.api[method] as (r: unknown) => Promise<unknown>;
        return fn(request);
      });
    });
  }
  channels.push(SAVE_FILE_CHANNEL);
  ipcMain.handle(SAVE_FILE_CHANNEL, (event, payload: unknown) => {
    if (!deps.isTrustedSender(event)) return refused();
    return envelope(() => deps.saveFile(checkSaveFileRequest(payload), event));
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
