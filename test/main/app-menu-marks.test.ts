import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemSpec } from '../../main/app-menu';
import type { MenuCommand } from '../../shared/menu';

describe('the native menu’s entries for last year’s data', () => {
  it('lists F8, Shift+F8 and Ctrl+Enter under 编辑, sent to the editor without registering the keys', () => {
    const sent: MenuCommand[] = [];
    const menu = buildMenuTemplate({
      send: (command) => sent.push(command),
      openDraft: () => undefined,
      importFile: () => undefined,
      saveAs: () => undefined,
      about: () => undefined,
    });
    const edit = menu.find((m) => m.label === '编辑')!.submenu!;
    const item = (label: string): MenuItemSpec => edit.find((i) => i.label === label)!;
    const entries = [
      ['下一处去年的数据', 'F8', 'next-mark'],
      ['上一处去年的数据', 'Shift+F8', 'previous-mark'],
      ['去年的数据仍然有效', 'CmdOrCtrl+Enter', 'confirm-mark'],
    ] as const;
    for (const [label, accelerator, command] of entries) {
      // the editor handles the key itself (not while an IME composes); registering it in the
      // menu too would act twice
      expect(item(label)).toMatchObject({ accelerator, registerAccelerator: false });
      item(label).click!();
      expect(sent.pop()).toBe(command);
    }
  });
});
