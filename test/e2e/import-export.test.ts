import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importFile } from '../../main/services/import/index';
import type { Block } from '../../shared/model';
import { compilationPath, reportAsTxt } from '../helpers/fixtures';
import { type AppSession, captureDownload, imeType, settleSelection, startApp } from './harness';

/** heading texts with their numbers by position, as a reader of the document sees them */
function headings(blocks: Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'heading'
      ? [`${b.level}:${b.text}`]
      : b.type === 'paragraph' && b.lead
        ? [`${b.lead.level}:${b.lead.text}`]
        : [],
  );
}

describe('import a corpus report, edit, export to Word', () => {
  let app: AppSession;
  const report = 11; // 县退役军人事务局2023年上半年工作总结: headings, run-in headings, figures
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens an imported .txt report as it is, with its headings in the outline', async () => {
    const { page } = app;
    const file = reportAsTxt(report);
    const expected = (await importFile(file)).drafts[0];
    await page.getByTestId('import-input').setInputFiles(file);
    await page.getByRole('button', { name: '原样打开' }).click();
    const body = page.getByRole('textbox', { name: '正文' });
    await body.waitFor();
    await expect(page.locator('.page-title').textContent()).resolves.toBe(expected.meta.title);
    const items = page.getByRole('region', { name: '大纲' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(headings(expected.blocks).length);
    await expect(body.locator(':scope > *').count()).resolves.toBe(expected.blocks.length);
  });

  it('offers the reports of a compilation by title and opens the chosen one', async () => {
    const { page } = app;
    await page.goto(app.server.origin + '/');
    const { drafts } = await importFile(compilationPath);
    expect(drafts.length).toBeGreaterThan(10);
    const chosen = drafts[5];
    await page.getByTestId('import-input').setInputFiles(compilationPath);
    await page.getByRole('button', { name: `原样打开：${chosen.meta.title}`, exact: true }).click();
    await expect.poll(() => page.locator('.page-title').textContent()).toBe(chosen.meta.title);
    await expect
      .poll(() => page.getByRole('region', { name: '大纲' }).getByRole('listitem').count())
      .toBe(headings(chosen.blocks).length);
    // back to the report the next test edits
    await page.goto(app.server.origin + '/');
    await page.getByTestId('import-input').setInputFiles(reportAsTxt(report));
    await page.getByRole('button', { name: '原样打开' }).click();
    await page.getByRole('textbox', { name: '正文' }).waitFor();
  });

  it('exports a .docx named after the title that the importer reads back with the edit', async () => {
    const { page } = app;
    const body = page.getByRole('textbox', { name: '正文' });
    const firstParagraph = body.locator(':scope > p.gw-p').first();
    await firstParagraph.click();
    await page.keyboard.press('Control+End');
    await settleSelection(page);
    await page.keyboard.press('Enter');
    await imeType(app.cdp, '下半年将继续做好各项工作。');
    await expect.poll(() => body.textContent()).toContain('下半年将继续做好各项工作。');
    const title = (await page.locator('.page-title').textContent()) ?? '';
    const { name, bytes } = await captureDownload(page, () =>
      page.getByRole('button', { name: '导出 Word' }).click(),
    );
    expect(name).toBe(`${title}.docx`);
    const back = (await importBytes(name, bytes)).drafts[0];
    expect(back.meta.title).toBe(title);
    const original = (await importFile(reportAsTxt(report))).drafts[0];
    expect(headings(back.blocks)).toEqual(headings(original.blocks));
    const texts = back.blocks.map((b) => (b.type === 'table' ? '' : b.text));
    expect(texts).toContain('下半年将继续做好各项工作。');
  });
});
