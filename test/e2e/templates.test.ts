import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../shared/api';
import { type AppSession, createFromTemplate, repoRoot, startApp } from './harness';

const templates: Template[] = readdirSync(join(repoRoot, 'templates'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(repoRoot, 'templates', f), 'utf8')) as Template);

describe('new draft from each template', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists every template by name in the 新建文稿 form', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '新建文稿' }).click();
    await page.getByRole('radio').first().waitFor();
    for (const t of templates) {
      await expect(page.getByRole('radio', { name: t.name, exact: true }).count()).resolves.toBe(1);
    }
    await page.getByRole('button', { name: '取消' }).click();
  });

  it.each(templates.map((t) => [t.name, t] as const))(
    'creates %s with its title, sections in the outline and signature',
    async (_name, template) => {
      const { page } = app;
      await page.goto(app.server.origin + '/');
      await createFromTemplate(page, template.name, {
        unit: '城关镇人民政府',
        year: '2024',
        date: '2024年6月28日',
      });
      const outline = page.getByRole('region', { name: '大纲' });
      const items = outline.getByRole('listitem');
      const expected = template.sections.flatMap((s) => [
        s.title,
        ...(s.subsections ?? []).map((sub) => sub.title),
      ]);
      await expect.poll(() => items.count()).toBe(expected.length);
      const body = page.getByRole('textbox', { name: '正文' });
      const first = template.sections[0];
      // the section heading is in the page with its number drawn before it
      const heading = body.locator('.gw-h1').first();
      await expect(heading.getAttribute('data-number')).resolves.toBe('一、');
      await expect(outline.getByRole('listitem').first().textContent()).resolves.toContain('一、');
      if (!first.title.includes('{')) {
        await expect(heading.textContent()).resolves.toBe(first.title);
      }
      // the writing guide shows while the section is empty
      const guide = first.subsections?.[0]?.guide ?? first.guide;
      await expect(body.locator('p.gw-guide').first().getAttribute('data-guide')).resolves.toBe(
        guide,
      );
      const title = await page.locator('.page-title').textContent();
      if (template.titlePattern.includes('{单位}')) expect(title).toContain('城关镇人民政府');
      if (template.titlePattern.includes('{年度}')) expect(title).toContain('2024');
      await expect(page.locator('.page-signature').textContent()).resolves.toContain(
        '2024年6月28日',
      );
    },
  );
});
