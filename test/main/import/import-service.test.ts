// The import service as the app calls it (createImportApi in the container): bytes in base64 →
// drafts and notices, optionally rolled forward.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DrafterError } from '../../../shared/errors';
import { createImportApi, importBytes } from '../../../main/services/import/index';
import { corpusReports, reportAsDocx } from '../../helpers/fixtures';

const compilation = path.resolve(__dirname, '../../../../shared/corpus/000_0f3bb0a146594841.txt');
const api = createImportApi();

function payload(file: string, name = path.basename(file)) {
  return { name, data: readFileSync(file).toString('base64') };
}

describe('importDocument', () => {
  it('returns every report of a compilation and says it is one', async () => {
    const result = await api.importDocument({ file: payload(compilation, '汇编.txt') });
    expect(result.drafts).toHaveLength(17);
    expect(result.notices).toContain('“汇编.txt”是汇编，识别出 17 篇文稿。');
  });

  it('rolls the report forward into next year when asked', async () => {
    const i = corpusReports().findIndex((r) => r.title.startsWith('县总工会'));
    const file = payload(reportAsDocx(i));
    const plain = await api.importDocument({ file });
    const rolled = await api.importDocument({ file, roll: { date: '2024年6月28日' } });
    expect(plain.drafts[0].meta).toMatchObject({ year: 2023, date: '2023年6月15日' });
    expect(rolled.drafts[0].meta).toMatchObject({
      year: 2024,
      title: '县总工会2024年上半年帮扶工作总结',
      date: '2024年6月28日',
    });
    expect(rolled.drafts[0].signature).toEqual({ unit: 'XX县总工会', date: '2024年6月28日' });
  });

  it('asks to confirm headings inferred from a plain-text layout, but not numbered ones', async () => {
    const text = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
    const inferred = await importBytes(
      '总结.txt',
      text(['XX局2023年工作总结', '主要工作及成效', '全年完成投资5亿元，同比增长12%。']),
    );
    expect(inferred.notices).toContain('有 1 个标题在原文中没有编号，是按版面推断的，请核对层次。');
    const numbered = await importBytes(
      '总结.txt',
      text(['XX局2023年工作总结', '一、主要工作', '全年完成投资5亿元。']),
    );
    expect(numbered.notices).toEqual([]);
  });

  it('refuses a request without file content', async () => {
    await expect(
      api.importDocument({ file: { name: 'a.docx', data: '@@@' } }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('names the file when there is nothing to import', async () => {
    const error = await importBytes('空白.docx', new TextEncoder().encode('\n  \n')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DrafterError);
    expect((error as DrafterError).message).toContain('空白.docx');
  });
});
