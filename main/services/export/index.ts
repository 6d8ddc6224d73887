// The exportDocx part of the DrafterApi: a draft in, the .docx bytes (base64) and a file name out.
// Options in the request override the user's saved export settings, which default to GB/T 9704.

import type { DrafterApi, ExportOptions } from '../../../shared/api';
import { draftProblem } from '../../../shared/draft-validate';
import { DrafterError } from '../../../shared/errors';
import type { ExportOptionsInput } from '../../../shared/layout/export-options';
import type { Draft } from '../../../shared/model';
import { exportDocx } from './export-docx';

export { exportDocx } from './export-docx';

export interface ExportDeps {
  /** the user's saved export settings */
  exportDefaults?: () => ExportOptions;
}

// Characters Windows forbids in file names, and what would make a hidden or relative name.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** `县总工会2023年上半年帮扶工作总结.docx`; a draft without a title becomes `未命名文稿.docx`. */
export function exportFileName(draft: Draft): string {
  const base = draft.meta.title
    .replace(UNSAFE_NAME, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 80);
  return `${base || '未命名文稿'}.docx`;
}

export function mergeOptions(
  defaults: ExportOptions | undefined,
  request: ExportOptionsInput | undefined,
): ExportOptionsInput {
  if (!defaults) return request ?? {};
  return { ...defaults, ...request, fonts: { ...defaults.fonts, ...request?.fonts } };
}

export function createExportApi(deps: ExportDeps = {}): Pick<DrafterApi, 'exportDocx'> {
  return {
    exportDocx: async ({ draft, options }) => {
      const problem = draftProblem(draft);
      if (problem) {
        throw new DrafterError('invalid-request', `无法导出：文稿内容不完整（${problem}）。`);
      }
      const bytes = await exportDocx(draft, mergeOptions(deps.exportDefaults?.(), options));
      return { fileName: exportFileName(draft), data: Buffer.from(bytes).toString('base64') };
    },
  };
}
