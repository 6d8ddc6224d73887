// End-to-end harness: the real app in browser mode (main/web.ts over the real services, with a
// fresh data folder) driven through Debian's Chromium by playwright-core. Chinese is typed through
// real IME composition events (CDP Input.imeSetComposition / Input.insertText), as a user's IME
// sends them. Reused by every e2e test file.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { DrafterApi } from '../../shared/api';
import { createDrafter } from '../../main/services/container';
import { MemorySettingsStore } from '../../main/services/settings/settings-store';
import { startWebServer, type WebServer } from '../../main/web';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = resolve(repoRoot, '../shared/corpus');
const staticDir = join(repoRoot, 'dist/renderer');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the renderer when dist/renderer is missing or older than renderer/ or shared/. */
export function ensureRendererBuilt(): void {
  const index = join(staticDir, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(join(repoRoot, 'renderer')),
    newestMtime(join(repoRoot, 'shared')),
  );
  if (built > sources) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

export interface AppSession {
  page: Page;
  context: BrowserContext;
  server: WebServer;
  api: DrafterApi;
  dataDir: string;
  cdp: CDPSession;
  close(): Promise<void>;
}

export interface StartOptions {
  /** reuse a data folder (e.g. to test recovery after a "crash") */
  dataDir?: string;
  viewport?: { width: number; height: number };
}

export async function startApp(options: StartOptions = {}): Promise<AppSession> {
  ensureRendererBuilt();
  const ownData = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'gongwen-e2e-data-'));
  const api = createDrafter({
    dataDir,
    settings: new MemorySettingsStore(),
    templatesDir: join(repoRoot, 'templates'),
    now: () => new Date(),
  });
  const server = await startWebServer({ api, staticDir });
  const profile = mkdtempSync(join(tmpdir(), 'gongwen-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.url);
  const cdp = await context.newCDPSession(page);
  return {
    page,
    context,
    server,
    api,
    dataDir,
    cdp,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
      if (ownData) rmSync(dataDir, { recursive: true, force: true });
      if (errors.length) throw new Error(`页面脚本出错：\n${errors.join('\n')}`);
    },
  };
}

/**
 * Lets the page handle the `selectionchange` a native caret move (Ctrl+End, a click) queued.
 * Lexical takes the selection for a keydown from its own last known one, so a key pressed before
 * that event ran acts at the old caret; a person never types that fast, a test does.
 */
export async function settleSelection(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}

/**
 * Type `text` as an IME does: for each chunk, a few composition updates showing the pinyin being
 * typed (the page sees compositionstart/update), then the chosen characters committed with
 * insertText (compositionend). `pinyin` gives the in-progress strings; by default latin letters.
 */
export async function imeType(
  cdp: CDPSession,
  text: string,
  { chunk = 2, pinyin = (part: string) => ['n', 'ni', `ni${part.length}`] } = {},
): Promise<void> {
  for (let i = 0; i < text.length; i += chunk) {
    const part = text.slice(i, i + chunk);
    for (const shown of pinyin(part)) {
      await cdp.send('Input.imeSetComposition', {
        text: shown,
        selectionStart: shown.length,
        selectionEnd: shown.length,
      });
    }
    await cdp.send('Input.insertText', { text: part });
  }
}

/** Start a composition and leave it open (to test what happens mid-composition). */
export async function imeStart(cdp: CDPSession, shown: string): Promise<void> {
  await cdp.send('Input.imeSetComposition', {
    text: shown,
    selectionStart: shown.length,
    selectionEnd: shown.length,
  });
}

export async function imeCommit(cdp: CDPSession, text: string): Promise<void> {
  await cdp.send('Input.insertText', { text });
}

/** Run `action` and return the file it made the page download. */
export async function captureDownload(
  page: Page,
  action: () => Promise<unknown>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Create a draft from the template named `name` through the 新建文稿 form. */
export async function createFromTemplate(
  page: Page,
  name: string,
  fields: { unit?: string; year?: string; period?: string; date?: string } = {},
): Promise<void> {
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByRole('radio', { name, exact: true }).check();
  if (fields.unit !== undefined)
    await page.getByLabel('单位名称', { exact: true }).fill(fields.unit);
  if (fields.year !== undefined) await page.getByLabel('年度', { exact: true }).fill(fields.year);
  if (fields.period !== undefined)
    await page.getByLabel('期间', { exact: true }).selectOption(fields.period);
  if (fields.date !== undefined)
    await page.getByLabel('成文日期', { exact: true }).fill(fields.date);
  await page.getByRole('button', { name: '创建' }).click();
  await page.getByRole('textbox', { name: '正文' }).waitFor();
}
