import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DrafterApi } from '../../shared/api';
import { createFromTemplate, imeType, startApp } from './harness';

const TEXT_A = '全年各项工作稳步推进。';
const TEXT_B = '群众满意度明显提高。';

/** The versions autosaved so far for the one session the page is editing. */
async function versionCount(api: DrafterApi): Promise<number> {
  const sessions = await api.listRecoverable({});
  if (sessions.length !== 1) return 0;
  return (await api.listVersions({ session: sessions[0]!.session })).length;
}

async function bodyText(page: Page): Promise<string> {
  return (await page.getByRole('textbox', { name: '正文' }).textContent()) ?? '';
}

describe('history: 历史版本 in the editor', () => {
  it('lists autosaved versions, previews the older one and restores it as one undoable step', async () => {
    const app = await startApp();
    try {
      const { page, cdp, api } = app;
      await createFromTemplate(page, '年度工作总结', { unit: '城关镇人民政府', year: '2024' });
      const body = page.getByRole('textbox', { name: '正文' });
      await body.locator('p.gw-guide').first().click();
      await imeType(cdp, TEXT_A);
      await expect
        .poll(() => page.locator('.status-bar').textContent(), { timeout: 10_000 })
        .toContain('已自动保存');
      await expect.poll(() => versionCount(api), { timeout: 10_000 }).toBe(1);
      await imeType(cdp, TEXT_B);
      await expect.poll(() => versionCount(api), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      expect(await bodyText(page)).toContain(TEXT_A + TEXT_B);

      await page.getByRole('button', { name: '历史版本' }).click();
      const dialog = page.getByRole('dialog', { name: '历史版本' });
      const options = dialog.getByRole('option');
      await expect.poll(() => options.count()).toBeGreaterThanOrEqual(2);
      // newest first: the first entry already holds both sentences
      const preview = dialog.getByRole('textbox', { name: '版本内容预览' });
      await expect.poll(() => preview.inputValue()).toContain(TEXT_A + TEXT_B);
      await options.last().click();
      await expect.poll(() => preview.inputValue()).toContain(TEXT_A);
      expect(await preview.inputValue()).not.toContain(TEXT_B);
      expect(await options.last().getAttribute('aria-selected')).toBe('true');

      await dialog.getByRole('button', { name: '恢复此版本' }).click();
      await expect(dialog.count()).resolves.toBe(0);
      await expect.poll(() => bodyText(page)).toContain(TEXT_A);
      expect(await bodyText(page)).not.toContain(TEXT_B);
      // the title and signature of the restored version stay on the page
      await expect(page.locator('.page-title').textContent()).resolves.toBe(
        '城关镇人民政府2024年工作总结',
      );

      // focus is back in the text, and one Ctrl+Z undoes the whole restore
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe('正文');
      await page.keyboard.press('Control+Z');
      await expect.poll(() => bodyText(page)).toContain(TEXT_A + TEXT_B);
    } finally {
      await app.close();
    }
  });

  it('closes with Escape back to the text, says when there are no versions, and shows the shortcuts from the menu', async () => {
    const app = await startApp();
    try {
      const { page } = app;
      // stand in for the Electron preload, so the native menu's commands can be sent
      await page.addInitScript(() => {
        const listeners: ((message: unknown) => void)[] = [];
        (window as unknown as Record<string, unknown>).drafterShell = {
          onMenu(listener: (message: unknown) => void) {
            listeners.push(listener);
            return () => listeners.splice(listeners.indexOf(listener), 1);
          },
          saveFile: async () => null,
        };
        (window as unknown as Record<string, unknown>).sendMenu = (command: string) =>
          listeners.forEach((listener) => listener({ command }));
      });
      await page.reload();
      await createFromTemplate(page, '述职报告', { unit: '城关镇人民政府', year: '2024' });
      const send = (command: string) =>
        page.evaluate(
          (c) => (window as unknown as { sendMenu: (c: string) => void }).sendMenu(c),
          command,
        );

      await send('history');
      const dialog = page.getByRole('dialog', { name: '历史版本' });
      await expect.poll(() => dialog.textContent()).toContain('还没有历史版本');
      await expect(dialog.getByRole('button', { name: '恢复此版本' }).count()).resolves.toBe(0);
      await page.keyboard.press('Escape');
      await expect(dialog.count()).resolves.toBe(0);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe('正文');

      await send('help');
      const help = page.getByRole('note');
      await expect.poll(() => help.textContent()).toContain('Ctrl+0：设为正文');
      await expect(
        page.getByRole('button', { name: '快捷键' }).getAttribute('aria-expanded'),
      ).resolves.toBe('true');
    } finally {
      await app.close();
    }
  });
});
