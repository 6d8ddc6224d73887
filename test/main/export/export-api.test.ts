import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createExportApi, exportFileName } from '../../../main/services/export/index';
import { DrafterError } from '../../../shared/errors';
import { resolveExportOptions } from '../../../shared/layout/export-options';
import { emptyDraft } from '../../../shared/model';

function settingsXml(base64: string): string {
  return strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/settings.xml']);
}

describe('exportDocx in the API', () => {
  const draft = emptyDraft({ title: '某局2024年上半年工作总结' });
  draft.blocks = [{ type: 'paragraph', text: '正文。' }];

  it('returns the .docx in base64 named after the title', async () => {
    const res = await createExportApi().exportDocx({ draft });
    expect(res.fileName).toBe('某局2024年上半年工作总结.docx');
    expect(settingsXml(res.data)).toContain('evenAndOddHeaders');
  });

  it('takes the saved settings as defaults and the request’s options over them', async () => {
    const api = createExportApi({
      exportDefaults: () => resolveExportOptions({ pageNumbers: 'center' }),
    });
    expect(settingsXml((await api.exportDocx({ draft })).data)).not.toContain('evenAndOddHeaders');
    const res = await api.exportDocx({ draft, options: { pageNumbers: 'odd-even' } });
    expect(settingsXml(res.data)).toContain('evenAndOddHeaders');
  });

  it('refuses a malformed draft with a Chinese message instead of crashing', async () => {
    const bad = { ...draft, blocks: 'x' } as unknown as typeof draft;
    await expect(createExportApi().exportDocx({ draft: bad })).rejects.toSatisfy(
      (e) =>
        e instanceof DrafterError && e.code === 'invalid-request' && /无法导出/.test(e.message),
    );
  });

  it('makes a safe file name from any title', () => {
    expect(exportFileName(emptyDraft({ title: '关于"A/B"的报告:草稿?' }))).toBe(
      '关于AB的报告草稿.docx',
    );
    expect(exportFileName(emptyDraft({ title: '  ' }))).toBe('未命名文稿.docx');
    expect(exportFileName(emptyDraft({ title: '..' }))).toBe('未命名文稿.docx');
  });
});
