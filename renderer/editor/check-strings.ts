// The 检查 panel's words. Accessible names that tests and screen readers rely on are marked "name".

import type { Severity } from '../../shared/checks';

export const CHECK_STRINGS = {
  panelTitle: '检查', // name (tab and region)
  severity: { error: '错误', warning: '警告', hint: '提示' } satisfies Record<Severity, string>,
  group: (severity: string, count: number) => `${severity} ${count}`, // name of a group
  summary: (count: number) => (count ? `共 ${count} 处` : '没有发现问题。'),
  checking: '正在检查……',
  fix: '修复', // name
  fixTo: (fix: string) => (fix ? `改为“${fix}”` : '删除'),
  fixAll: (count: number) => `全部修复（${count}）`, // name starts with 全部修复
  ignore: '忽略', // name
  ignoredTitle: (count: number) => `已忽略 ${count} 处`,
  unignore: '恢复', // name
  marker: '编号',
  frame: { title: '标题', signature: '署名' },
} as const;
