import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../main/services/import/index';
import { reportAsTxt } from '../helpers/fixtures';
import { checkDraft, type Severity } from '../../shared/checks';
import { type AppSession, imeCommit, imeStart, imeType, repoRoot, startApp } from './harness';

// A short report with mistakes reviewers send back (our own wording): half-width commas in
// Chinese text, 截止目前, a mobile number, a month range with a hyphen.
const REPORT = [
  '城关镇2024年上半年工作总结',
  '',
  '今年以来,我镇围绕中心工作扎实推进各项任务。',
  '一、主要工作',
  '截止目前,全镇完成固定资产投资5000万元,同比增长12%。',
  '1-6月新增就业岗位320个。',
  '如有疑问请联系党政办公室，联系电话13812345678。',
  '二、下一步打算',
  '继续抓好安全生产工作。',
].join('\n');

const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', hint: '提示' };

describe('检查 panel and underlines in the editor', () => {
  let app: AppSession;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-checks-'));
    file = join(dir, '城关镇上半年总结.txt');
    writeFileSync(file, REPORT);
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const body = () => app.page.getByRole('textbox', { name: '正文' });
  const panel = () => app.page.getByRole('region', { name: '检查' });
  const item = (text: string) => panel().locator('.gw-check-item', { hasText: text });
  const groupCounts = () =>
    panel()
      .locator('.gw-check-group')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  /** the text under each underline, by severity (CSS Custom Highlight registry) */
  const underlines = () =>
    app.page.evaluate(() =>
      Object.fromEntries(
        ['error', 'warning', 'hint'].map((s) => [
          s,
          [...(CSS.highlights.get(`gw-check-${s}`) ?? [])].map((r) => String(r)).sort(),
        ]),
      ),
    );
  const selectedText = () => app.page.evaluate(() => String(document.getSelection()));

  it('lists the findings of an opened text grouped by severity with their counts', async () => {
    const { page } = app;
    const expected = checkDraft((await importFile(file)).drafts[0]);
    await page.getByTestId('import-input').setInputFiles(file);
    await page.getByRole('button', { name: '原样打开' }).click();
    await body().waitFor();
    await page.getByRole('tab', { name: '检查' }).click();
    const counts = (['error', 'warning', 'hint'] as const)
      .map((s) => [SEVERITY_NAMES[s], expected.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${name} ${n}`);
    await expect.poll(groupCounts).toEqual(counts);
    // the mistakes the text was written with are among them, in the right group
    const error = panel().getByRole('region', { name: /^错误/ });
    await expect(error.locator('.gw-check-item').allTextContents()).resolves.toEqual([
      expect.stringContaining('13812345678'),
    ]);
    const warning = panel().getByRole('region', { name: /^警告/ });
    await expect(warning.locator('[data-rule="punct.halfwidth"] li').count()).resolves.toBe(3);
    await expect(warning.locator('[data-rule="misuse"] li').count()).resolves.toBe(1);
    const hint = panel().getByRole('region', { name: /^提示/ });
    await expect(hint.locator('[data-rule="number.range-dash"] li').count()).resolves.toBe(1);
  });

  it('underlines the flagged text by severity without changing the text nodes', async () => {
    const lines = await underlines();
    expect(lines.error).toEqual(['13812345678']);
    expect(lines.warning).toEqual(expect.arrayContaining([',', ',', ',', '截止']));
    expect(lines.hint).toEqual(expect.arrayContaining(['-']));
    // no element was wrapped around a finding: the paragraph is Lexical's own spans
    const spans = await body()
      .locator(':scope > p', { hasText: '截止目前' })
      .evaluate((p) => [...p.querySelectorAll('span')].map((s) => s.textContent));
    expect(spans).toEqual(['截止目前,全镇完成固定资产投资5000万元,同比增长12%。']);
    await app.page.screenshot({ path: join(repoRoot, 'docs/screenshots/checks.png') });
  });

  it('selects the flagged text in the page when a finding is clicked', async () => {
    await item('13812345678').locator('.gw-check-jump').click();
    await expect.poll(selectedText).toBe('13812345678');
    await item('截止').locator('.gw-check-jump').click();
    await expect.poll(selectedText).toBe('截止');
  });

  it('fixes one finding with one click, and Ctrl+Z takes the fix back', async () => {
    const { page } = app;
    const paragraph = body().locator(':scope > p').nth(2);
    await item('截止').getByRole('button', { name: '修复' }).click();
    await expect.poll(() => paragraph.textContent()).toMatch(/^截至目前,/);
    await expect(item('截止').count()).resolves.toBe(0);
    await body().focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => paragraph.textContent()).toMatch(/^截止目前,/);
    await expect.poll(() => item('截止').count()).toBe(1);
    await item('截止').getByRole('button', { name: '修复' }).click();
    await expect.poll(() => paragraph.textContent()).toMatch(/^截至目前,/);
  });

  it('fixes every finding of one rule with 全部修复', async () => {
    const rule = panel().locator('[data-rule="punct.halfwidth"]');
    await rule.getByRole('button', { name: /^全部修复/ }).click();
    await expect.poll(() => rule.count()).toBe(0);
    await expect(body().textContent()).resolves.not.toContain(',');
    await expect(body().textContent()).resolves.toContain(
      '截至目前，全镇完成固定资产投资5000万元，同比增长12%。',
    );
    await expect.poll(async () => (await underlines()).warning).not.toContain(',');
  });

  it('keeps an ignored finding ignored after saving and opening the draft again', async () => {
    const { page } = app;
    await item('1—6').getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => panel().locator('[data-rule="number.range-dash"]').count()).toBe(0);
    await expect
      .poll(() => panel().locator('.gw-check-ignored summary').textContent())
      .toBe('已忽略 1 处');
    await page.keyboard.press('Control+S');
    await page.getByRole('dialog', { name: '保存为' }).getByLabel('文件名').fill('检查测试');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.status-bar').textContent()).toContain('已保存');
    const saved = JSON.parse(readFileSync(join(app.dataDir, 'documents', '检查测试.gwd'), 'utf8'));
    expect(saved.ignored).toEqual([{ rule: 'number.range-dash', text: '-' }]);

    await page.getByRole('button', { name: '首页' }).click();
    await page
      .getByTestId('open-input')
      .setInputFiles(join(app.dataDir, 'documents', '检查测试.gwd'));
    await expect.poll(() => body().textContent()).toContain('1-6月新增就业岗位');
    await page.getByRole('tab', { name: '检查' }).click();
    await expect.poll(() => panel().locator('.gw-checks-summary').textContent()).toMatch(/^共/);
    await expect(panel().locator('[data-rule="number.range-dash"]').count()).resolves.toBe(0);
    await expect(panel().locator('.gw-check-ignored summary').textContent()).resolves.toBe(
      '已忽略 1 处',
    );
    await expect(item('13812345678').count()).resolves.toBe(1);
  });

  it('finds a newly typed mistake after a short pause, and none while a composition is open', async () => {
    const { page, cdp } = app;
    const last = body().locator(':scope > p').last();
    await last.click();
    await page.keyboard.press('End');
    const summary = panel().locator('.gw-checks-summary');
    const before = await summary.textContent();
    await imeType(cdp, '截止目前');
    await expect.poll(() => item('截止').count(), { timeout: 5000 }).toBe(1);
    await expect.poll(async () => (await underlines()).warning).toContain('截止');
    const afterTyping = await summary.textContent();
    expect(afterTyping).not.toBe(before);

    // a comma typed on the keyboard between Chinese characters, then a composition left open
    await page.keyboard.type(',');
    await imeStart(cdp, 'jinzhan');
    await page.waitForTimeout(1200);
    await expect(summary.textContent()).resolves.toBe(afterTyping);
    await expect(panel().locator('[data-rule="punct.halfwidth"]').count()).resolves.toBe(0);
    await imeCommit(cdp, '进展顺利');
    await imeType(cdp, '。');
    await expect
      .poll(() => panel().locator('[data-rule="punct.halfwidth"] li').count(), { timeout: 5000 })
      .toBe(1);
    // every character arrived once, in order
    await expect(last.textContent()).resolves.toBe('继续抓好安全生产工作。截止目前,进展顺利。');
  });

  it('scrolls a finding far down a long report into view when it is clicked', async () => {
    const { page } = app;
    const file = reportAsTxt(0);
    const expected = checkDraft((await importFile(file)).drafts[0]);
    const last = expected.filter((f) => f.rule === 'punct.halfwidth').at(-1)!;
    expect(last.block).toBeGreaterThan(15);
    const home = page.getByRole('button', { name: '首页' });
    if (await home.count()) await home.click();
    await page.getByTestId('import-input').setInputFiles(file);
    await page.getByRole('button', { name: '原样打开' }).click();
    await body().waitFor();
    await page.getByRole('tab', { name: '检查' }).click();
    const paragraph = body().locator(':scope > *').nth(last.block);
    const inView = () =>
      paragraph.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    await expect(inView()).resolves.toBe(false);
    /** how many underlines lie in the paragraph (only what is near the screen is underlined) */
    const underlinedHere = () =>
      paragraph.evaluate(
        (el) =>
          [...(CSS.highlights.get('gw-check-warning') ?? [])].filter((r) =>
            el.contains(r.startContainer),
          ).length,
      );
    await expect(underlinedHere()).resolves.toBe(0);
    await panel().locator('[data-rule="punct.halfwidth"] .gw-check-jump').last().click();
    await expect.poll(selectedText).toBe(last.text);
    await expect.poll(inView).toBe(true);
    const caretInParagraph = await paragraph.evaluate((el) =>
      el.contains(document.getSelection()!.anchorNode),
    );
    expect(caretInParagraph).toBe(true);
    await expect.poll(underlinedHere).toBeGreaterThan(0);
  });
});
