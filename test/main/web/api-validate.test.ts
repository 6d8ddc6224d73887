import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api';
import { validateRequest } from '../../../shared/api-validate';
import { DrafterError } from '../../../shared/errors';
import { emptyDraft } from '../../../shared/model';
import { CONTENT_SECURITY_POLICY } from '../../../main/content-security-policy';

function problem(method: string, payload: unknown): string | null {
  try {
    validateRequest(method as never, payload);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DrafterError);
    expect((error as DrafterError).code).toBe('invalid-request');
    return (error as DrafterError).message;
  }
}

const draft = emptyDraft({ title: 't' });

describe('request validation shared by IPC and browser mode', () => {
  it('accepts a well-formed request for every method', () => {
    const good: Record<string, unknown> = {
      importDocument: { file: { name: 'a.docx', data: 'AAAA' }, roll: { year: 2025 } },
      exportDocx: { draft, options: { pageNumbers: 'center', fonts: { body: '仿宋' } } },
      getTemplate: { id: 'half-year' },
      saveSnippet: { snippet: { category: '开头语', text: '现将……' } },
      deleteSnippet: { id: 'x' },
      exportSnippetPack: { ids: ['a'] },
      importSnippetPack: { file: { name: 'p.json', data: '' } },
      openDraft: { path: '/tmp/a.gwd' },
      openDraftFile: { file: { name: 'a.gwd', data: '' } },
      saveDraft: { draft },
      autosave: { session: 's1', draft },
      listVersions: { session: 's1' },
      readVersion: { session: 's1', id: '1' },
      discardRecoverable: { session: 's1' },
      updateSettings: { export: { boldLevel3: true } },
    };
    for (const method of API_METHODS) {
      expect(problem(method, good[method] ?? {}), method).toBeNull();
    }
  });

  it('names the method and field that is wrong', () => {
    expect(problem('openDraft', { path: 42 })).toBe('无效的请求（openDraft）：path 应为文字');
    expect(problem('autosave', { session: 's', draft: { ...draft, blocks: 'x' } })).toContain(
      'blocks 应为列表',
    );
    expect(problem('importDocument', { file: { name: 'a' } })).toContain('缺少 file.data');
    expect(problem('updateSettings', { export: { pageNumbers: 'left' } })).toContain(
      'export.pageNumbers 无效',
    );
    expect(
      problem('importDocument', { file: { name: 'a', data: '' }, roll: { year: 99 } }),
    ).toContain('roll.year');
    expect(problem('getSettings', [])).toContain('应为对象');
    expect(problem('constructor', {})).toContain('没有名为');
  });

  it('keeps the CSP header identical to the meta tag in renderer/index.html', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});
