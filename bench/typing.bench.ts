// Typing latency in Chromium: keystroke to painted frame, p50 and p95, in drafts of 5,000, 50,000
// and 200,000 characters, against a plain contenteditable holding the same paragraphs in the same
// browser run (aim: p95 within one 16 ms frame at 50,000 and within 2× the plain page). Also the
// renderer's JS size gzipped and the time to an editable page.
//
// Latency: a key goes in through CDP (Input.dispatchKeyEvent); the page notes the keydown's
// timestamp, and after the next requestAnimationFrame a message-channel task runs, which is after
// that frame has been painted. The difference is what the user waits for.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { serializeDraft } from '../main/services/drafts/draft-file';
import type { Draft } from '../shared/model';
import { repoRoot, startApp } from '../test/e2e/harness';
import { benchDraft, LATENCY_PROBE, percentile, SIZES } from './browser-typing';

const KEYS = 120;

/** Put the caret at the end of the middle paragraph of `root` (selector). */
async function caretInMiddle(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const paragraphs = root.querySelectorAll('p');
    const p = paragraphs[Math.floor(paragraphs.length / 2)];
    p.scrollIntoView({ block: 'center' });
    (root as HTMLElement).focus();
    const range = document.createRange();
    range.selectNodeContents(p);
    range.collapse(false);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);
  await page.waitForTimeout(300);
}

interface Typed {
  latencies: number[];
  /** main-thread script and layout time per key (CDP Performance metrics), steadier than latency */
  scriptMs: number;
  layoutMs: number;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function typeKeys(page: Page, cdp: CDPSession): Promise<Typed> {
  await page.evaluate(LATENCY_PROBE);
  await cdp.send('Performance.enable');
  const before = await metrics(cdp);
  for (let i = 0; i < KEYS; i++) {
    const text = '字';
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      text,
      key: text,
      unmodifiedText: text,
    });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: text });
    await page.waitForFunction(
      (n) => (window as unknown as { __lat: number[] }).__lat.length > n,
      i,
    );
    // a typist's pause now and then, so the outline and 字数 recount (debounced) happen too
    if (i % 20 === 19) await page.waitForTimeout(400);
  }
  const after = await metrics(cdp);
  const perKey = (name: string) => ((after[name] - before[name]) * 1000) / KEYS;
  return {
    latencies: await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat),
    scriptMs: perKey('ScriptDuration'),
    layoutMs: perKey('LayoutDuration'),
  };
}

function plainPage(draft: Draft): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = draft.blocks.map((b) => `<p>${esc(b.type === 'table' ? '' : b.text)}</p>`).join('');
  return `<!doctype html><meta charset="utf-8"><style>
    #plain { width: 156mm; margin: auto; font: 16pt/28.95pt 'Noto Serif CJK SC', serif; outline: none; }
    #plain p { margin: 0; text-indent: 2em; text-align: justify; }
  </style><div id="plain" contenteditable="true">${body}</div>`;
}

async function main() {
  const assets = join(repoRoot, 'dist/renderer/assets');
  const app = await startApp({ viewport: { width: 1440, height: 900 } });
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const gz = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
  console.log(`renderer JS: ${(gz / 1024).toFixed(0)} KiB gzipped (${js.length} file)`);

  const { page, cdp } = app;
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-bench-typing-'));
  try {
    const started = performance.now();
    await page.goto(app.server.url);
    await page.getByRole('button', { name: '新建文稿' }).waitFor();
    console.log(
      `home screen ready: ${(performance.now() - started).toFixed(0)} ms after navigation`,
    );

    console.log(
      'size     editor p50/p95   plain p50/p95   p95 ratio   script/key editor|plain   layout/key editor|plain   open→editable',
    );
    for (const size of SIZES) {
      const draft = benchDraft(size);
      const file = join(dir, `bench-${size}.gwd`);
      writeFileSync(file, serializeDraft(draft));

      await page.goto(app.server.url);
      await page.getByRole('button', { name: '新建文稿' }).waitFor();
      const t0 = performance.now();
      await page.getByTestId('open-input').setInputFiles(file);
      const body = page.getByRole('textbox', { name: '正文' });
      await body.locator('p').last().waitFor();
      const openMs = performance.now() - t0;
      await caretInMiddle(page, '[aria-label="正文"]');
      const editor = await typeKeys(page, cdp);

      await page.setContent(plainPage(draft));
      await caretInMiddle(page, '#plain');
      const plain = await typeKeys(page, cdp);

      const ms = (n: number) => n.toFixed(1);
      const e95 = percentile(editor.latencies, 95);
      const p95 = percentile(plain.latencies, 95);
      console.log(
        [
          String(size).padEnd(8),
          `${ms(percentile(editor.latencies, 50))} / ${ms(e95)}`.padEnd(16),
          `${ms(percentile(plain.latencies, 50))} / ${ms(p95)}`.padEnd(15),
          `${(e95 / p95).toFixed(2)}×`.padEnd(11),
          `${ms(editor.scriptMs)} | ${ms(plain.scriptMs)} ms`.padEnd(25),
          `${ms(editor.layoutMs)} | ${ms(plain.layoutMs)} ms`.padEnd(25),
          `${openMs.toFixed(0)} ms`,
        ].join(' '),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
