// 检查 while typing, in Chromium: what one re-check costs after a typing pause (reading the draft
// out of Lexical, the incremental checker, mapping findings to DOM ranges and repainting the
// underlines), in drafts of 5,000, 50,000 and 200,000 characters with mistakes sprinkled in,
// against the full checkDraft of the same draft in Node in the same run. The re-check runs only
// after a pause, so it never delays a keystroke that is typed fast; it should still stay within a
// frame or two at 50,000 characters so a key pressed just as it runs is not held up.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { serializeDraft } from '../main/services/drafts/draft-file';
import { checkDraft } from '../shared/checks';
import { startApp } from '../test/e2e/harness';
import { benchDraft, LATENCY_PROBE, percentile, SIZES } from './browser-typing';

const median = (samples: number[]) => percentile(samples, 50);

const PAUSES = 12;
const MISTAKES = ['截止目前,', '1-6月', '联系电话13812345678，'];

async function caretInMiddle(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[aria-label="正文"]')!;
    const paragraphs = root.querySelectorAll('p');
    const p = paragraphs[Math.floor(paragraphs.length / 2)];
    p.scrollIntoView({ block: 'center' });
    root.focus();
    const range = document.createRange();
    range.selectNodeContents(p);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
}

const measures = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('gongwen-check').map((e) => e.duration));

/** Type a few characters, pause until the re-check has run, and note what it took. */
async function pauses(page: Page, cdp: CDPSession, count = PAUSES): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const before = (await measures(page)).length;
    for (const text of i % 2 ? ',字' : '字字') {
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text, key: text });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: text });
    }
    await page.waitForFunction(
      (n) => performance.getEntriesByName('gongwen-check').length > n,
      before,
    );
    out.push((await measures(page)).at(-1)!);
  }
  return out;
}

/** Keystroke to painted frame for keys typed without a pause (so no re-check runs between). */
async function latencies(page: Page, cdp: CDPSession, keys: number): Promise<number[]> {
  await page.evaluate(LATENCY_PROBE);
  for (let i = 0; i < keys; i++) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: '字', key: '字' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: '字' });
    await page.waitForFunction(
      (n) => (window as unknown as { __lat: number[] }).__lat.length > n,
      i,
    );
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

async function main() {
  const app = await startApp({ viewport: { width: 1440, height: 900 } });
  const { page, cdp } = app;
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-bench-checks-'));
  try {
    console.log(
      'size     findings  in-app re-check median/max   Node checkDraft (full)   ratio re-check/full   key p50 underlined | none   ratio',
    );
    for (const size of SIZES) {
      const draft = benchDraft(size, (text, i) => (i % 5 === 1 ? MISTAKES[i % 3] + text : text));
      const file = join(dir, `bench-${size}.gwd`);
      writeFileSync(file, serializeDraft(draft));
      const t0 = performance.now();
      const runs = 5;
      let findings = 0;
      for (let i = 0; i < runs; i++) findings = checkDraft(draft).length;
      const full = (performance.now() - t0) / runs;

      await page.goto(app.server.url);
      await page.getByTestId('open-input').setInputFiles(file);
      await page.getByRole('textbox', { name: '正文' }).locator('p').last().waitFor();
      await caretInMiddle(page);
      const took = await pauses(page, cdp);
      const med = median(took);
      // typing with every underline in place, then with the highlights taken away
      // typing with the highlights taken away, then with every underline in place again (a
      // pause repaints them), then bare again: the order cannot favour either
      await page.evaluate(() => CSS.highlights.clear());
      const bare1 = await latencies(page, cdp, 30);
      await pauses(page, cdp, 1);
      const underlined = median(await latencies(page, cdp, 30));
      await page.evaluate(() => CSS.highlights.clear());
      const bare = median([...bare1, ...(await latencies(page, cdp, 30))]);
      console.log(
        [
          String(size).padEnd(8),
          String(findings).padEnd(9),
          `${med.toFixed(1)} / ${Math.max(...took).toFixed(1)} ms`.padEnd(28),
          `${full.toFixed(1)} ms`.padEnd(24),
          `${(med / full).toFixed(2)}×`.padEnd(21),
          `${underlined.toFixed(1)} | ${bare.toFixed(1)} ms`.padEnd(27),
          `${(underlined / bare).toFixed(2)}×`,
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
