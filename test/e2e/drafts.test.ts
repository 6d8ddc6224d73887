import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, imeType, startApp } from './harness';

describe('drafts: metadata, save, open, autosave and recovery', () => {
  it('updates title and signature when the metadata changes in the editor', async () => {
    const app = await startApp();
    try {
      const { page } = app;
      await createFromTemplate(page, '上半年工作总结', { unit: '城关镇人民政府', year: '2024' });
      await expect(page.locator('.page-title').textContent()).resolves.toBe(
        '城关镇人民政府2024年上半年工作总结',
      );
      const meta = page.getByRole('form', { name: '文稿信息' });
      await meta.getByLabel('单位名称', { exact: true }).fill('河西街道办事处');
      await meta.getByLabel('年度', { exact: true }).fill('2025');
      await meta.getByLabel('成文日期', { exact: true }).fill('2025年7月3日');
      await expect(page.locator('.page-title').textContent()).resolves.toBe(
        '河西街道办事处2025年上半年工作总结',
      );
      await expect(page.locator('.page-signature p').allTextContents()).resolves.toEqual([
        '河西街道办事处',
        '2025年7月3日',
      ]);
    } finally {
      await app.close();
    }
  });

  it('saves with Ctrl+S, lists the draft under recent drafts and opens it again', async () => {
    const app = await startApp();
    try {
      const { page, cdp } = app;
      // file chooser interception is switched on asynchronously with the first listener
      page.on('filechooser', () => undefined);
      await createFromTemplate(page, '年度工作总结', { unit: '城关镇人民政府', year: '2024' });
      const body = page.getByRole('textbox', { name: '正文' });
      await body.locator('p.gw-guide').first().click();
      await imeType(cdp, '全年各项工作稳步推进。');
      await page.keyboard.press('Control+S');
      await page.getByRole('dialog', { name: '保存为' }).getByLabel('文件名').fill('年度总结');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.status-bar').textContent()).toContain('已保存');
      // a second Ctrl+S writes to the same file without asking
      await imeType(cdp, '成效明显。');
      await page.keyboard.press('Control+S');
      await expect(page.getByRole('dialog', { name: '保存为' }).count()).resolves.toBe(0);

      await page.getByRole('button', { name: '首页' }).click();
      const recent = page.getByRole('region', { name: '最近的文稿' });
      await recent.getByRole('button', { name: '城关镇人民政府2024年工作总结' }).click();
      await expect
        .poll(() => page.getByRole('textbox', { name: '正文' }).textContent())
        .toContain('全年各项工作稳步推进。成效明显。');

      // Ctrl+O opens a .gwd picked from disk, from the editor and from home
      const saved = join(app.dataDir, 'documents', '年度总结.gwd');
      for (const where of ['editor', 'home']) {
        if (where === 'home') {
          await page.getByRole('button', { name: '首页' }).click();
          await page.getByRole('button', { name: '新建文稿' }).waitFor();
        }
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.keyboard.press('Control+O'),
        ]);
        await chooser.setFiles(saved);
        await expect
          .poll(() => page.getByRole('textbox', { name: '正文' }).textContent())
          .toContain('成效明显。');
      }
    } finally {
      await app.close();
    }
  });

  it('autosaves while typing and offers the text back after a crash', async () => {
    const first = await startApp();
    const dataDir = first.dataDir;
    try {
      const { page, cdp } = first;
      await createFromTemplate(page, '述职报告', { unit: '城关镇人民政府', year: '2024' });
      await page.getByRole('textbox', { name: '正文' }).locator('p.gw-guide').first().click();
      await imeType(cdp, '一年来我认真履行岗位职责。');
      await expect
        .poll(() => page.locator('.status-bar').textContent(), { timeout: 10_000 })
        .toContain('已自动保存');
      // the browser goes away without saving
      await first.context.close();
      await first.server.close();

      const second = await startApp({ dataDir });
      try {
        const recovery = second.page.getByRole('alert', { name: '上次有未保存的内容' });
        await recovery.getByRole('button', { name: '恢复' }).click();
        await expect
          .poll(() => second.page.getByRole('textbox', { name: '正文' }).textContent())
          .toContain('一年来我认真履行岗位职责。');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
