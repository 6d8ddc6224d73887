// The native menu (文件, 编辑, 插入, 视图, 帮助) as plain data, so it can be tested without
// Electron; main/app.ts hands it to Menu.buildFromTemplate. Items the renderer already handles
// from the keyboard (Ctrl+S, Ctrl+0..4, Alt+/) show their shortcut without registering it, so one
// key press never acts twice; dialog items (打开, 导入, 另存为, 导出) register theirs.

import type { MenuCommand } from '../shared/menu';

/** The subset of Electron's MenuItemConstructorOptions we use. */
export interface MenuItemSpec {
  label?: string;
  role?: string;
  type?: 'separator' | 'submenu';
  accelerator?: string;
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

export interface MenuActions {
  /** tell the renderer */
  send(command: MenuCommand): void;
  openDraft(): void;
  importFile(): void;
  saveAs(): void;
  about(): void;
}

const sep: MenuItemSpec = { type: 'separator' };

export function buildMenuTemplate(actions: MenuActions, isMac = false): MenuItemSpec[] {
  const send = (label: string, command: MenuCommand, accelerator?: string): MenuItemSpec => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => actions.send(command),
  });
  const own = (label: string, accelerator: string, click: () => void): MenuItemSpec => ({
    label,
    accelerator,
    click,
  });
  return [
    ...(isMac
      ? [{ label: '公文起草助手', submenu: [{ role: 'about' }, sep, { role: 'quit' }] }]
      : []),
    {
      label: '文件',
      submenu: [
        { ...send('新建文稿', 'new-draft', 'CmdOrCtrl+N'), registerAccelerator: true },
        own('导入往年材料…', 'CmdOrCtrl+I', actions.importFile),
        own('打开文稿…', 'CmdOrCtrl+O', actions.openDraft),
        sep,
        send('保存', 'save', 'CmdOrCtrl+S'),
        own('另存为…', 'CmdOrCtrl+Shift+S', actions.saveAs),
        { ...send('导出 Word…', 'export-docx', 'CmdOrCtrl+E'), registerAccelerator: true },
        send('历史版本…', 'history'),
        sep,
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        sep,
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '粘贴为纯文本', role: 'pasteAndMatchStyle' },
        { label: '全选', role: 'selectAll' },
        sep,
        { ...send('检查文稿', 'check', 'F7'), registerAccelerator: true },
        sep,
        send('下一处去年的数据', 'next-mark', 'F8'),
        send('上一处去年的数据', 'previous-mark', 'Shift+F8'),
        send('去年的数据仍然有效', 'confirm-mark', 'CmdOrCtrl+Enter'),
      ],
    },
    {
      label: '插入',
      submenu: [
        send('常用语…', 'insert-snippet', 'Alt+/'),
        sep,
        send('一级标题（一、）', 'heading-1', 'CmdOrCtrl+1'),
        send('二级标题（（一））', 'heading-2', 'CmdOrCtrl+2'),
        send('三级标题（1.）', 'heading-3', 'CmdOrCtrl+3'),
        send('四级标题（（1））', 'heading-4', 'CmdOrCtrl+4'),
        send('正文', 'body-text', 'CmdOrCtrl+0'),
      ],
    },
    {
      label: '视图',
      submenu: [
        { ...send('大纲', 'toggle-outline', 'CmdOrCtrl+Shift+O'), registerAccelerator: true },
        { ...send('右侧面板', 'toggle-panels', 'CmdOrCtrl+Shift+P'), registerAccelerator: true },
        sep,
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        sep,
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        { ...send('使用说明', 'help', 'F1'), registerAccelerator: true },
        { label: '关于公文起草助手', click: actions.about },
      ],
    },
  ];
}
