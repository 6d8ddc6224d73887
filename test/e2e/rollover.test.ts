import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importFile } from '../../main/services/import/index';
import type { Draft } from '../../shared/model';
import { reportAsDocx } from '../helpers/fixtures';
import { type AppSession, captureDownload, imeType, repoRoot, startApp } from './harness';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('last year’s report as this year’s first draft, in the app', () => {
  let app: AppSession;
  // XX县XX镇2023年上半年政务公开工作总结: work, problems and plans sections; 8 marks in the
  // text and the title's year
  const source = reportAsDocx(6);
  const hashBefore = sha256(source);
  let lastYear: Draft;
  const downloads: string[] = [];

  beforeAll(async () => {
    lastYear = (await importFile(source)).drafts[0];
    app = await startApp();
    app.page.on('download', (d) => downloads.push(d.suggestedFilename()));
  });
  afterAll(async () => {
    await app?.close();
  });

  const body = () => app.page.getByRole('textbox', { name: '正文' });
  const count = () => app.page.locator('.status-bar .mark-count');
  const countText = async () => ((await count().count()) ? await count().textContent() : '');
  const marks = () => body().locator('.gw-mark');
  const blockText = (i: number) => body().locator(':scope > *').nth(i).textContent();

  /** Put the caret inside the text of the n-th mark, `offset` characters in. */
  const caretInMark = async (n: number, offset: number) => {
    await marks()
      .nth(n)
      .evaluate((el, at) => {
        const text = el.firstChild ?? el;
        (el.closest('[contenteditable]') as HTMLElement).focus();
        document.getSelection()?.setBaseAndExtent(text, at, text, at);
      }, offset);
    await app.page.waitForTimeout(100);
  };

  it('rolls the imported report forward: title year moved, marks counted and highlighted', async () => {
    const { page } = app;
    await page.getByTestId('import-input').setInputFiles(source);
    await expect(page.getByLabel('今年的年度').getAttribute('placeholder')).resolves.toBe(
      '默认 2024',
    );
    await page.getByLabel('成文日期（可不填）').fill('2024年6月28日');
    await page.getByRole('button', { name: '作为今年的初稿' }).click();
    await body().waitFor();
    await expect(page.locator('.page-title').textContent()).resolves.toBe(
      'XX县XX镇2024年上半年政务公开工作总结',
    );
    await expect.poll(countText).toBe('还有 9 处去年的数据待更新');
    await expect(marks().count()).resolves.toBe(8);
    await expect(page.locator('.page-title .gw-mark-year').textContent()).resolves.toBe('2024年');
    await expect(body().locator('.gw-mark-figure').first().textContent()).resolves.toBe('536条');
    await expect(body().locator('.gw-mark-figure').first().getAttribute('title')).resolves.toBe(
      await body().locator('.gw-mark-figure').first().getAttribute('title'),
    );
    const bar = page.getByRole('toolbar', { name: '去年的数据' });
    await expect(bar.textContent()).resolves.toContain('仍然有效 Ctrl+Enter');
    await expect(bar.textContent()).resolves.toContain('下一处 F8');
  });

  it('shows last year’s matching section and its plans beside the section at the cursor', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '往年参照' }).click();
    await caretInMark(2, 0); // in the heading 一、2024年上半年工作开展情况
    const panel = page.getByRole('region', { name: '往年参照' });
    await expect
      .poll(() => panel.locator('h3').allTextContents())
      .toEqual(['去年：一、2023年上半年工作开展情况', '去年的打算：三、下一步工作打算']);
    const plans = lastYear.blocks[11];
    await expect(panel.textContent()).resolves.toContain(plans.type === 'table' ? '' : plans.text);
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/rollover-marks.png') });
    await caretInMark(0, 1); // the opening paragraph, before the first section
    await expect.poll(() => panel.locator('h3').allTextContents()).toEqual(['去年：开头部分']);
    const opening = lastYear.blocks[0];
    await expect(panel.locator('.reference-block').allTextContents()).resolves.toEqual([
      `${opening.type === 'table' ? '' : opening.text}插入到光标所在段之后`,
    ]);
    await caretInMark(2, 0);
    await expect.poll(() => panel.locator('h3').count()).toBe(2);
  });

  it('copies a paragraph of last year’s plans into the draft after the cursor’s block', async () => {
    const { page } = app;
    const before = await body().locator(':scope > *').count();
    const plans = lastYear.blocks[11];
    const panel = page.getByRole('region', { name: '往年参照' });
    await panel.locator('.reference-copy').last().click();
    await expect.poll(() => body().locator(':scope > *').count()).toBe(before + 1);
    await expect(blockText(2)).resolves.toBe(
      lastYear.blocks[12].type === 'table' ? '' : lastYear.blocks[12].text,
    );
    expect(plans.type).toBe('paragraph');
    await page.keyboard.press('Control+z');
    await expect.poll(() => body().locator(':scope > *').count()).toBe(before);
  });

  it('ends a mark when a digit is typed inside it', async () => {
    const { page } = app;
    await caretInMark(4, 1); // 5|36条
    await page.keyboard.type('0');
    await expect.poll(countText).toBe('还有 8 处去年的数据待更新');
    await expect.poll(() => blockText(2)).toContain('5036条');
    await expect(body().locator('.gw-mark', { hasText: '5036条' }).count()).resolves.toBe(0);
    // undo brings the figure and its mark back in one step; redo ends it again
    await page.keyboard.press('Control+z');
    await expect.poll(countText).toBe('还有 9 处去年的数据待更新');
    await expect(body().locator('.gw-mark', { hasText: '536条' }).count()).resolves.toBe(1);
    await page.keyboard.press('Control+y');
    await expect.poll(countText).toBe('还有 8 处去年的数据待更新');
    await expect.poll(() => blockText(2)).toContain('5036条');
  });

  it('ends a mark when an IME commits text inside it, keeping every character', async () => {
    await caretInMark(5, 1); // 1|条
    const before = (await blockText(3)) ?? '';
    await imeType(app.cdp, '十二', { chunk: 2 });
    await expect.poll(countText).toBe('还有 7 处去年的数据待更新');
    await expect.poll(() => blockText(3)).toBe(before.replace('1条', '1十二条'));
    await expect(body().locator('.gw-mark', { hasText: '十二' }).count()).resolves.toBe(0);
  });

  it('confirms the mark at the cursor with Ctrl+Enter after F8 selected it', async () => {
    const { page } = app;
    await caretInMark(0, 0);
    await page.keyboard.press('Home');
    await page.keyboard.press('F8');
    const selected = await page.evaluate(() => document.getSelection()?.toString());
    expect(selected).toBe('2024年');
    await page.keyboard.press('Control+Enter');
    await expect.poll(countText).toBe('还有 6 处去年的数据待更新');
    await expect.poll(() => blockText(0)).toMatch(/^2024年在县委/);
  });

  it('reverts one mark to last year’s text', async () => {
    const { page } = app;
    await page.keyboard.press('F8'); // 现将2024年 in the same paragraph
    await page.getByRole('button', { name: '恢复去年', exact: true }).click();
    await expect.poll(countText).toBe('还有 5 处去年的数据待更新');
    const first = lastYear.blocks[0].type === 'table' ? '' : lastYear.blocks[0].text;
    await expect.poll(() => blockText(0)).toBe(first.replace(/^2023年/, '2024年'));
    expect(first.match(/2023年/g)).toHaveLength(2);
  });

  it('keeps the open marks and last year’s report in the saved draft and after reopening it', async () => {
    const { page } = app;
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: '保存为' });
    await dialog.getByLabel('文件名').fill('滚动初稿');
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.locator('.status-bar').textContent()).toContain('已保存');
    const path = join(app.dataDir, 'documents', '滚动初稿.gwd');
    const saved = JSON.parse(readFileSync(path, 'utf8')) as Draft;
    expect(saved.lastYear?.meta.title).toBe(lastYear.meta.title);
    expect(saved.meta.titleMarks).toHaveLength(1);
    const open = saved.blocks.reduce(
      (n, b) =>
        n +
        (b.type === 'table'
          ? 0
          : (b.marks?.length ?? 0) + (b.type === 'paragraph' ? (b.lead?.marks?.length ?? 0) : 0)),
      0,
    );
    expect(open).toBe(4);
    await page.getByTestId('open-input').setInputFiles(path);
    await expect.poll(countText).toBe('还有 5 处去年的数据待更新');
    await expect(marks().count()).resolves.toBe(4);
  });

  it('asks before exporting while marks remain and lists them; 返回修改 exports nothing', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '导出 Word' }).click();
    const dialog = page.getByRole('dialog', { name: '还有去年的数据没有处理' });
    await dialog.waitFor();
    await expect(dialog.getByRole('listitem').count()).resolves.toBe(5);
    await dialog.getByRole('button', { name: '返回修改' }).click();
    await expect(dialog.count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    expect(downloads).toEqual([]);
  });

  it('counts down to zero as the rest are confirmed, then exports without asking', async () => {
    const { page } = app;
    for (let left = 5; left > 1; left--) {
      await body().click();
      // the status bar's count jumps like F8
      if (left === 3) await count().click();
      else await page.keyboard.press('F8');
      await page.keyboard.press('Control+Enter');
      await expect.poll(countText).toBe(`还有 ${left - 1} 处去年的数据待更新`);
    }
    // the title's mark is the last: the count leads to its 仍然有效 in the mark bar
    await count().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('标题仍然有效');
    await page.keyboard.press('Enter');
    await expect.poll(countText).toBe('');
    await expect(page.getByRole('toolbar', { name: '去年的数据' }).count()).resolves.toBe(0);
    const { name, bytes } = await captureDownload(page, () =>
      page.getByRole('button', { name: '导出 Word' }).click(),
    );
    await expect(
      page.getByRole('dialog', { name: '还有去年的数据没有处理' }).count(),
    ).resolves.toBe(0);
    expect(name).toBe('XX县XX镇2024年上半年政务公开工作总结.docx');
    const documentXml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
    expect(documentXml).not.toMatch(/<w:highlight\b/);
    expect(documentXml).not.toMatch(/<w:shd\b/);
    // black or automatic text only: no colour a mark could have left
    const colours = documentXml.match(/<w:color w:val="[^"]+"/g) ?? [];
    expect(colours.filter((c) => !/"(?:000000|auto)"$/.test(c))).toEqual([]);
    const back = (await importBytes(name, bytes)).drafts[0];
    expect(back.meta.title).toBe('XX县XX镇2024年上半年政务公开工作总结');
    expect(back.blocks.some((b) => b.type !== 'table' && b.text.includes('5036条'))).toBe(true);
  });

  it('全部恢复去年 gives last year’s report back, title, text and date', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '首页' }).click();
    await page.getByTestId('import-input').setInputFiles(source);
    await page.getByLabel('成文日期（可不填）').fill('2024年6月28日');
    await page.getByRole('button', { name: '作为今年的初稿' }).click();
    await expect.poll(countText).toBe('还有 9 处去年的数据待更新');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '全部恢复去年' }).click();
    await expect.poll(countText).toBe('');
    await expect(page.locator('.page-title').textContent()).resolves.toBe(lastYear.meta.title);
    const texts = await body()
      .locator(':scope > *')
      .evaluateAll((els) => els.map((el) => el.textContent));
    // number and closing punctuation of a run-in heading are drawn by CSS, not text
    const expected = lastYear.blocks.map((b) =>
      b.type === 'table' ? '' : b.type === 'paragraph' && b.lead ? b.lead.text + b.text : b.text,
    );
    expect(texts).toEqual(expected);
    await expect(page.getByLabel('成文日期', { exact: true }).inputValue()).resolves.toBe(
      lastYear.meta.date,
    );
  });

  it('never modifies the imported file', () => {
    expect(sha256(source)).toBe(hashBefore);
    expect(readdirSync(join(source, '..')).length).toBeGreaterThan(0);
  });
});
