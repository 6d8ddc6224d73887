// Screenshots for the README (docs/screenshots/home.png, editor.png): home, and the editor with a
// corpus report imported (the phrase palette's is made by the 常用语 e2e test). Run: `node --import tsx test/e2e/take-screenshots.ts`.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { reportAsTxt } from '../helpers/fixtures';
import { repoRoot, startApp } from './harness';

async function main() {
  const out = join(repoRoot, 'docs/screenshots');
  mkdirSync(out, { recursive: true });
  const app = await startApp({ viewport: { width: 1440, height: 900 } });
  const { page } = app;
  try {
    await page.getByRole('button', { name: '新建文稿' }).waitFor();
    await page.screenshot({ path: join(out, 'home.png') });

    await page.getByTestId('import-input').setInputFiles(reportAsTxt(11));
    await page.getByRole('button', { name: '原样打开' }).click();
    const body = page.getByRole('textbox', { name: '正文' });
    await body.waitFor();
    await body.locator(':scope > p').nth(3).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(out, 'editor.png') });
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
