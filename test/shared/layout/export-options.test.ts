import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPORT_OPTIONS,
  resolveExportOptions,
} from '../../../shared/layout/export-options';

describe('export options', () => {
  it('default to GB/T 9704: odd-even page numbers, 仿宋_GB2312 body, no bold 1. headings', () => {
    expect(resolveExportOptions()).toEqual(DEFAULT_EXPORT_OPTIONS);
    expect(DEFAULT_EXPORT_OPTIONS.fonts.title).toBe('方正小标宋简体');
    expect(DEFAULT_EXPORT_OPTIONS.pageNumbers).toBe('odd-even');
  });

  it('take single fonts from the caller and fill the rest', () => {
    const o = resolveExportOptions({ fonts: { body: '方正仿宋_GBK', heading1: '  ' } });
    expect(o.fonts.body).toBe('方正仿宋_GBK');
    expect(o.fonts.heading1).toBe('黑体');
    expect(o.fonts.heading2).toBe('楷体_GB2312');
  });

  it('ignore an unknown page-number placement', () => {
    const o = resolveExportOptions({ pageNumbers: 'left' as never, boldLevel3: true });
    expect(o.pageNumbers).toBe('odd-even');
    expect(o.boldLevel3).toBe(true);
  });
});
