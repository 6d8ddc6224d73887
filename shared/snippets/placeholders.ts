// Placeholders in templates and stock phrases ({单位} {年度} …), filled from the draft's metadata
// when a draft is created or a phrase is inserted.

import type { DraftMeta } from '../model';

export const PLACEHOLDERS = [
  '单位',
  '年度',
  '下一年度',
  '上一年度',
  '期间',
  '日期',
  '姓名',
  '标题',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PATTERN = /\{([^{}\s]{1,12})\}/g;

export type PlaceholderMeta = Partial<
  Pick<DraftMeta, 'unit' | 'year' | 'period' | 'date' | 'author' | 'title'>
>;

function value(name: string, meta: PlaceholderMeta): string | null {
  const year = meta.year ?? null;
  switch (name) {
    case '单位':
      return meta.unit || null;
    case '年度':
      return year === null ? null : String(year);
    case '下一年度':
      return year === null ? null : String(year + 1);
    case '上一年度':
      return year === null ? null : String(year - 1);
    case '期间':
      return meta.period || null;
    case '日期':
      return meta.date || null;
    case '姓名':
      return meta.author || null;
    case '标题':
      return meta.title || null;
    default:
      return null;
  }
}

export interface FillOptions {
  /** what to do with a placeholder the metadata has no value for: keep `{单位}` visible (default) or drop it */
  missing?: 'keep' | 'drop';
}

/** `{单位}{年度}年{期间}工作总结` → `某某局2024年上半年工作总结`. */
export function fillPlaceholders(
  text: string,
  meta: PlaceholderMeta,
  options: FillOptions = {},
): string {
  return text.replace(PATTERN, (whole, name: string, offset: number, all: string) => {
    let filled = value(name, meta);
    // 全年 reads badly after a year (`2024年全年工作总结`): a whole-year text says only `2024年`.
    if (name === '期间' && filled === '全年' && all[offset - 1] === '年') filled = '';
    if (filled !== null) return filled;
    return options.missing === 'drop' ? '' : whole;
  });
}

/** The placeholder names a text uses, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PATTERN)) {
    if (!names.includes(match[1])) names.push(match[1]);
  }
  return names;
}
