// The desktop shell's native menu (main/app.ts) talks to the renderer through one channel. The
// renderer listens with `window.drafterShell.onMenu(listener)` (preload.ts) and acts on each
// command; in browser mode there is no native menu and `window.drafterShell` is undefined.

import type { FilePayload } from './api';

export const MENU_CHANNEL = 'gongwen:menu';
export const SAVE_FILE_CHANNEL = 'gongwen:save-file';
/** each DrafterApi method is invoked on API_CHANNEL_PREFIX + its name */
export const API_CHANNEL_PREFIX = 'gongwen:api:';

export const MENU_COMMANDS = [
  'new-draft', // 新建文稿
  'import', // 导入往年材料: carries the picked file
  'open', // 打开文稿: carries the picked path (already allowed for openDraft)
  'save', // 保存
  'save-as', // 另存为: carries the picked path (already allowed for saveDraft)
  'export-docx', // 导出 Word: the renderer calls exportDocx, then drafterShell.saveFile
  'history', // 历史版本
  'insert-snippet', // 插入常用语 (palette at the cursor)
  'heading-1',
  'heading-2',
  'heading-3',
  'heading-4',
  'body-text', // 设为正文
  'toggle-outline', // 大纲
  'toggle-panels', // 右侧面板
  'check', // 检查
  'next-mark', // 下一处去年的数据 (F8, handled by the editor)
  'previous-mark', // 上一处去年的数据 (Shift+F8)
  'confirm-mark', // 光标处仍然有效 (Ctrl+Enter)
  'help', // 使用说明
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface MenuMessage {
  command: MenuCommand;
  /** for 'open' and 'save-as' */
  path?: string;
  /** for 'import' */
  file?: FilePayload;
}

export interface SaveFileRequest {
  /** docx: an export; draft: a .gwd path for saveDraft; snippets: a phrase pack (.json) */
  kind: 'docx' | 'draft' | 'snippets';
  /** suggested file name, e.g. the title + .docx */
  defaultName: string;
  /** base64 bytes to write where the user chooses (for 'docx' and 'snippets'); absent for 'draft' */
  data?: string;
}

/** What preload.ts exposes besides the DrafterApi, as `window.drafterShell`. */
export interface DesktopShell {
  /** returns a function that stops listening */
  onMenu(listener: (message: MenuMessage) => void): () => void;
  /**
   * Shows a save dialog. For 'docx' writes `data` there; for 'draft' only allows the chosen path
   * for saveDraft. Resolves with the chosen path, or null when the user cancelled.
   */
  saveFile(request: SaveFileRequest): Promise<{ path: string } | null>;
}

export function isMenuMessage(value: unknown): value is MenuMessage {
  const m = value as MenuMessage;
  return (
    typeof m === 'object' &&
    m !== null &&
    (MENU_COMMANDS as readonly string[]).includes(m.command) &&
    (m.path === undefined || typeof m.path === 'string')
  );
}
