// 常用语 in the real app (browser mode, Debian's Chromium): insert from the panel and from the
// Alt+/ palette at the cursor with the text around it intact, arrows + Enter, pinyin search, save
// a selection as one's own phrase, export it as a pack and import it back.
// GONGWEN_SCREENSHOTS=1 also writes docs/screenshots/snippet-palette.png.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppSession,
  captureDownload,
  createFromTemplate,
  imeType,
  repoRoot,
  startApp,
} from './harness';

const PHRASE = '现将城关镇人民政府2024年上半年工作总结如下。';

/** Puts the cursor `offset` characters into the text of the paragraph `paragraph`. */
async function caretAt(page: Page, paragraph: Locator, offset: number): Promise<void> {
  await paragraph.click();
  await paragraph.evaluate((p, at) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let left = at;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (left <= length) {
        const range = document.createRange();
        range.setStart(node, left);
        range.collapse(true);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      left -= length;
    }
    throw new Error('offset beyond the paragraph');
  }, offset);
  // Lexical reads the DOM selection on selectionchange
  await page.waitForTimeout(50);
}

describe('常用语 in the editor', () => {
  let app: AppSession;
  let page: Page;
  let body: Locator;
  let line: Locator;
  let panel: Locator;
  let matches: Locator;

  beforeAll(async () => {
    app = await startApp();
    page = app.page;
    await createFromTemplate(page, '上半年工作总结', {
      unit: '城关镇人民政府',
      year: '2024',
      date: '2024年7月5日',
    });
    body = page.getByRole('textbox', { name: '正文' });
    panel = page.getByRole('region', { name: '常用语' });
    matches = panel.getByRole('listbox', { name: '常用语列表' });
    // the first empty section paragraph: type two words through the IME to insert between
    const guide = body.locator('p.gw-guide').first();
    await guide.click();
    await imeType(app.cdp, '前文后文');
    await body.locator('p', { hasText: '前文后文' }).waitFor();
    // by position: its text changes with every insertion
    const index = await body
      .locator('p')
      .evaluateAll((ps) => ps.findIndex((p) => p.textContent === '前文后文'));
    line = body.locator('p').nth(index);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('inserts a phrase found by pinyin initials from the panel at the cursor, and typing goes on after it', async () => {
    await caretAt(page, line, 2);
    const search = panel.getByRole('searchbox', { name: '搜索常用语' });
    await search.fill('xjzj');
    await expect(matches.getByRole('option').first().textContent()).resolves.toContain(PHRASE);
    await matches.getByRole('option').first().click();
    await expect.poll(() => line.textContent()).toBe(`前文${PHRASE}后文`);
    // focus went back to the text with the cursor after the phrase
    await imeType(app.cdp, '接着');
    await expect.poll(() => line.textContent()).toBe(`前文${PHRASE}接着后文`);
  });

  it('moves through matches in the panel with the arrow keys and inserts with Enter', async () => {
    await caretAt(page, line, 2);
    const search = panel.getByRole('searchbox', { name: '搜索常用语' });
    await search.fill('推进');
    const options = matches.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    const second = (await options.nth(1).locator('.gw-snippet-text').textContent())!;
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    await expect(options.nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await search.press('Enter');
    await expect.poll(() => line.textContent()).toBe(`前文${second}${PHRASE}接着后文`);
    await search.fill('');
  });

  it('opens the palette at the cursor with Alt+/, inserts the highlighted match with Enter', async () => {
    const before = (await line.textContent())!;
    await caretAt(page, line, 1);
    await page.keyboard.press('Alt+/');
    const palette = page.getByRole('dialog', { name: '插入常用语' });
    await palette.waitFor();
    const search = palette.getByRole('searchbox', { name: '搜索常用语' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    // the palette sits just below the line being written
    const lineBox = (await line.boundingBox())!;
    const paletteBox = (await palette.boundingBox())!;
    expect(Math.abs(paletteBox.y - (lineBox.y + lineBox.height))).toBeLessThan(60);
    if (process.env.GONGWEN_SCREENSHOTS) {
      await search.fill('xyb');
      await page.waitForTimeout(100);
      mkdirSync(join(repoRoot, 'docs/screenshots'), { recursive: true });
      await page.screenshot({ path: join(repoRoot, 'docs/screenshots/snippet-palette.png') });
    }
    await search.fill('tcbg');
    await expect(palette.getByRole('option').first().textContent()).resolves.toContain(
      '特此报告。',
    );
    await search.press('Enter');
    await expect.poll(() => palette.count()).toBe(0);
    await expect.poll(() => line.textContent()).toBe(`前特此报告。${before.slice(1)}`);
  });

  it('closes the palette with Escape and gives the cursor back where it was', async () => {
    const before = (await line.textContent())!;
    await caretAt(page, line, 1);
    await page.keyboard.press('Alt+/');
    const palette = page.getByRole('dialog', { name: '插入常用语' });
    await palette.waitFor();
    await palette.getByRole('searchbox', { name: '搜索常用语' }).press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => palette.count()).toBe(0);
    await expect.poll(() => body.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await imeType(app.cdp, '甲');
    await expect.poll(() => line.textContent()).toBe(`前甲${before.slice(1)}`);
  });

  it('undoes an insertion in one step with Ctrl+Z', async () => {
    const before = (await line.textContent())!;
    await caretAt(page, line, 1);
    await page.keyboard.press('Alt+/');
    const palette = page.getByRole('dialog', { name: '插入常用语' });
    const search = palette.getByRole('searchbox', { name: '搜索常用语' });
    await search.fill('具体做法');
    await search.press('Enter');
    await expect.poll(() => line.textContent()).toBe(`前具体做法如下。${before.slice(1)}`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => line.textContent()).toBe(before);
  });

  it('saves a selection as the user’s own phrase, exports it as a pack and imports it back', async () => {
    const own = '这是一句我们自己常用的表述';
    const guide = body.locator('p.gw-guide').first();
    await guide.click();
    await imeType(app.cdp, own);
    const ownLine = body.locator('p', { hasText: own });
    await ownLine.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.waitForTimeout(50);
    await panel.getByRole('button', { name: '保存为常用语' }).click();
    const form = panel.locator('form');
    await expect(form.getByLabel('常用语内容').inputValue()).resolves.toBe(own);
    await form.getByLabel('类别', { exact: true }).selectOption({ label: '新类别' });
    await form.getByLabel('新类别名称', { exact: true }).fill('自编');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('已保存为常用语');

    const search = panel.getByRole('searchbox', { name: '搜索常用语' });
    await search.fill('zsyjwm');
    await expect(matches.getByRole('option').first().textContent()).resolves.toContain(own);

    const pack = await captureDownload(page, () =>
      panel.getByRole('button', { name: '导出常用语包' }).click(),
    );
    expect(pack.name).toMatch(/^常用语-\d{8}\.json$/);
    expect(JSON.parse(pack.bytes.toString('utf8'))).toEqual({
      format: 'gongwen-snippets',
      version: 1,
      snippets: [{ category: '自编', text: own }],
    });

    page.once('dialog', (dialog) => void dialog.accept());
    await panel.locator('summary').click();
    await panel.getByRole('button', { name: `删除：${own}` }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('已删除');
    await search.fill('我们自己常用');
    await expect.poll(() => matches.getByRole('option').count()).toBe(0);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      panel.getByRole('button', { name: '导入常用语包' }).click(),
    ]);
    await chooser.setFiles({ name: pack.name, mimeType: 'application/json', buffer: pack.bytes });
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('已导入 1 条常用语');
    await expect(matches.getByRole('option').first().textContent()).resolves.toContain(own);

    const [again] = await Promise.all([
      page.waitForEvent('filechooser'),
      panel.getByRole('button', { name: '导入常用语包' }).click(),
    ]);
    await again.setFiles({
      name: '坏.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{'),
    });
    await expect
      .poll(() => panel.getByRole('status').textContent())
      .toBe('操作失败：常用语包 坏.json 不是有效的 JSON 文件，无法导入');
  });
});
