// Strings of the 历史版本 dialog (issue 7, Drafts). Accessible names that tests and screen readers
// rely on (issue 4) are marked "name".

export const HISTORY_STRINGS = {
  title: '历史版本', // name of the dialog and the toolbar button
  list: '自动保存的版本', // name
  preview: '版本内容预览', // name
  restore: '恢复此版本', // name
  close: '关闭', // name
  loading: '正在读取历史版本……',
  empty: '还没有历史版本。输入内容几秒后会自动保存，保存过的版本会列在这里。',
  pick: '请在左侧选择一个版本查看内容。',
  untitled: '无标题',
  item: (time: string, title: string, chars: number) => `${time}\u3000${title}\u3000${chars} 字`,
  failed: (reason: string) => `读取历史版本失败：${reason}`,
} as const;
