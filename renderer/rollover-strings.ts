// User-facing strings of roll-forward in the app (issue 5): the import choice, the marks, the
// 往年参照 panel and the export confirmation (a section of strings.ts kept apart so two engineers
// don't edit one file at once). Accessible names that tests rely on are marked "name".

import type { MarkKind } from '../shared/model';

export const ROLL_STRINGS = {
  roll: {
    action: '作为今年的初稿', // name
    options: '作为今年的初稿时',
    year: '今年的年度', // name
    yearDefault: (year: number | null) => (year === null ? '默认：原稿年份加一' : `默认 ${year}`),
    date: '成文日期（可不填）', // name
    datePlaceholder: '如 2024年6月28日',
    hint: '年份和日期顺延一年，沿用的数字都会标出来，逐处更新或确认；原文件不会被修改。',
  },
  marks: {
    bar: '去年的数据', // name of the mark toolbar
    open: (n: number) => `还有 ${n} 处去年的数据待更新`, // name (status bar button)
    done: '去年的数据已全部处理',
    kinds: { year: '年份已顺延', date: '去年的日期', figure: '去年的数据' } satisfies Record<
      MarkKind,
      string
    >,
    unsure: '年份是否顺延待确认',
    legend: '图例',
    previous: '上一处', // name
    next: '下一处', // name
    confirm: '仍然有效', // name
    revert: '恢复去年', // name
    revertAll: '全部恢复去年', // name
    revertAllAsk: '把所有标记处恢复成去年的文字，并恢复原来的年度和日期？',
    title: '标题',
    was: (was: string) => `原为“${was}”`,
    help: (next: string, previous: string, confirm: string) =>
      `${next}：下一处，${previous}：上一处，${confirm}：光标处仍然有效；直接修改标记的文字即视为已更新`,
  },
  reference: {
    title: '往年参照', // name (tab and panel)
    none: '这份文稿不是由往年材料生成的，没有可参照的内容。',
    noSection: '把光标放在某一部分（一级标题下）里，这里会显示去年相应的部分。',
    noMatch: '去年的材料里没有与这一部分对应的内容。',
    same: (heading: string) => `去年：${heading}`,
    opening: '开头部分',
    plans: (heading: string) => `去年的打算：${heading}`,
    copy: '插入到光标所在段之后', // name of each paragraph's button
    copied: '已插入',
  },
  exportAsk: {
    title: '还有去年的数据没有处理', // name of the dialog
    text: (n: number) => `文稿中还有 ${n} 处沿用去年的年份、日期或数据，导出前请确认：`,
    exportAnyway: '仍然导出', // name
    goBack: '返回修改', // name
    more: (n: number) => `……还有 ${n} 处`,
  },
} as const;
