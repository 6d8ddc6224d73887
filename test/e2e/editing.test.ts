import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppSession,
  createFromTemplate,
  imeCommit,
  imeStart,
  imeType,
  startApp,
} from './harness';

describe('editing in the page', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startApp();
    await createFromTemplate(app.page, '上半年工作总结', {
      unit: '城关镇人民政府',
      year: '2024',
      date: '2024年6月28日',
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  const body = () => app.page.getByRole('textbox', { name: '正文' });
  const paragraphs = () => body().locator(':scope > p');
  const outlineItems = () => app.page.getByRole('region', { name: '大纲' }).getByRole('listitem');
  const headingTexts = () =>
    body()
      .locator('.gw-heading, .gw-lead')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-number')}${el.textContent}`));

  it('takes Chinese typed through IME composition without losing or doubling characters', async () => {
    await body().locator('p.gw-guide').first().click();
    const text = '今年以来，我镇坚持稳中求进，累计完成投资1567.71万元。';
    await imeType(app.cdp, text, { chunk: 3 });
    await expect.poll(() => paragraphs().nth(2).textContent()).toBe(text);
    // the guide gives way to the text
    await expect(paragraphs().nth(2).getAttribute('class')).resolves.not.toContain('gw-guide');
  });

  it('ignores Ctrl+S while a composition is open, and saves once it is committed', async () => {
    const { page, cdp } = app;
    await page.keyboard.press('End');
    await imeStart(cdp, 'baocun');
    await page.keyboard.press('Control+S');
    await page.waitForTimeout(300);
    await expect(page.getByRole('dialog', { name: '保存为' }).count()).resolves.toBe(0);
    await imeCommit(cdp, '保存');
    await expect.poll(() => paragraphs().nth(2).textContent()).toMatch(/万元。保存$/);
    await page.keyboard.press('Control+S');
    const dialog = page.getByRole('dialog', { name: '保存为' });
    await dialog.getByLabel('文件名').fill('输入法测试');
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.locator('.status-bar').textContent()).toContain('已保存');
    expect(existsSync(join(app.dataDir, 'documents', '输入法测试.gwd'))).toBe(true);
  });

  it('makes a paragraph a heading with Ctrl+2 and body text again with Ctrl+0', async () => {
    const { page, cdp } = app;
    await page.keyboard.press('Enter');
    await imeType(cdp, '基层党建');
    await page.keyboard.press('Control+2');
    await expect
      .poll(headingTexts)
      .toEqual([
        '一、上半年工作开展情况',
        '（一）基层党建',
        '二、存在的问题和不足',
        '三、下半年工作打算',
      ]);
    await expect.poll(() => outlineItems().count()).toBe(4);
    await page.keyboard.press('Control+1');
    await expect
      .poll(headingTexts)
      .toEqual([
        '一、上半年工作开展情况',
        '二、基层党建',
        '三、存在的问题和不足',
        '四、下半年工作打算',
      ]);
    await page.keyboard.press('Control+0');
    await expect.poll(() => outlineItems().count()).toBe(3);
    await expect
      .poll(headingTexts)
      .toEqual(['一、上半年工作开展情况', '二、存在的问题和不足', '三、下半年工作打算']);
  });

  it('turns the first sentence into a run-in heading with Ctrl+Shift+2, numbered in place', async () => {
    const { page, cdp } = app;
    await page.keyboard.press('End');
    await imeType(cdp, '。组织生活规范开展。');
    await page.keyboard.press('Control+Shift+2');
    const lead = body().locator('.gw-lead');
    await expect.poll(() => lead.count()).toBe(1);
    await expect(lead.textContent()).resolves.toBe('基层党建');
    await expect(lead.getAttribute('data-number')).resolves.toBe('（一）');
    await expect(lead.locator('xpath=..').textContent()).resolves.toBe(
      '基层党建组织生活规范开展。',
    );
    await expect.poll(() => outlineItems().nth(1).textContent()).toContain('（一）基层党建');
    // typing at the very start of the paragraph goes into the lead, nothing is lost
    await page.keyboard.press('Home');
    await imeType(cdp, '抓好');
    await expect.poll(() => lead.textContent()).toBe('抓好基层党建');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => lead.textContent()).toBe('基层党建');
  });

  it('moves whole sections with 上移 and 下移 and renumbers outline and page', async () => {
    const items = outlineItems();
    await items.nth(0).getByRole('button', { name: '下移' }).click();
    await expect
      .poll(headingTexts)
      .toEqual([
        '一、存在的问题和不足',
        '二、上半年工作开展情况',
        '（一）基层党建',
        '三、下半年工作打算',
      ]);
    await expect
      .poll(() => items.allTextContents())
      .toEqual([
        expect.stringContaining('一、存在的问题和不足'),
        expect.stringContaining('二、上半年工作开展情况'),
        expect.stringContaining('（一）基层党建'),
        expect.stringContaining('三、下半年工作打算'),
      ]);
    // the moved section took its body text along
    const texts = await paragraphs().allTextContents();
    const moved = texts.indexOf('上半年工作开展情况');
    expect(texts[moved + 1]).toMatch(/^今年以来，我镇坚持稳中求进/);
    await items.nth(3).getByRole('button', { name: '上移' }).click();
    await expect
      .poll(headingTexts)
      .toEqual([
        '一、存在的问题和不足',
        '二、下半年工作打算',
        '三、上半年工作开展情况',
        '（一）基层党建',
      ]);
  });

  it('moves a section by dragging it in the outline, and jumps to a heading on click', async () => {
    const items = outlineItems();
    await items.nth(3).dragTo(items.nth(0));
    await expect
      .poll(headingTexts)
      .toEqual([
        '一、下半年工作打算',
        '二、存在的问题和不足',
        '三、上半年工作开展情况',
        '（一）基层党建',
      ]);
    await items
      .nth(1)
      .getByRole('button', { name: /存在的问题和不足/ })
      .click();
    const caretIn = await app.page.evaluate(
      () => getSelection()?.anchorNode?.parentElement?.closest('p')?.textContent,
    );
    expect(caretIn).toBe('存在的问题和不足');
    await app.page.keyboard.press('Control+Z');
  });

  it('undoes the last change with Ctrl+Z', async () => {
    const { page } = app;
    await body().click();
    await page.keyboard.press('Control+Z');
    await expect
      .poll(headingTexts)
      .toEqual([
        '一、存在的问题和不足',
        '二、上半年工作开展情况',
        '（一）基层党建',
        '三、下半年工作打算',
      ]);
  });
});
