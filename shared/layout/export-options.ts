// Export settings with the GB/T 9704-2012 defaults. Font names are settings because some provinces
// prescribe 方正仿宋_GBK and friends; page-number placement and bold `1.` headings are office practice.

import type { ExportOptions, FontSettings } from '../api';

export const DEFAULT_FONTS: FontSettings = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  latin: 'Times New Roman',
  pageNumber: '宋体',
};

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  pageNumbers: 'odd-even',
  fonts: DEFAULT_FONTS,
  boldLevel3: false,
};

/** What callers may pass: any subset, fonts included one by one. */
export type ExportOptionsInput = Partial<Omit<ExportOptions, 'fonts'>> & {
  fonts?: Partial<FontSettings>;
};

function fontName(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

/** Fills what is missing or unusable (a blank font name, an unknown placement) with the defaults. */
export function resolveExportOptions(input: ExportOptionsInput = {}): ExportOptions {
  const fonts = input.fonts ?? {};
  const resolved = {} as FontSettings;
  for (const key of Object.keys(DEFAULT_FONTS) as (keyof FontSettings)[]) {
    resolved[key] = fontName(fonts[key], DEFAULT_FONTS[key]);
  }
  return {
    pageNumbers: input.pageNumbers === 'center' ? 'center' : 'odd-even',
    fonts: resolved,
    boldLevel3: input.boldLevel3 === true,
  };
}
