// The phrase panel's and palette's user-facing strings (a section of strings.ts kept apart so two
// engineers don't edit one file at once). Accessible names that tests rely on are marked "name".

export const SNIPPET_STRINGS = {
  panelTitle: '常用语',
  search: '搜索常用语', // name
  searchPlaceholder: '输入文字或拼音首字母，如 xjzj',
  // the toolbar's 插入常用语 opens the palette; this one inserts the highlighted phrase
  insert: '插入到光标处',
  insertHint: '单击常用语插入到光标处；在搜索框中 ↑↓ 选择，回车插入；Alt+/ 在光标处打开常用语',
  allCategories: '全部类别',
  category: '类别',
  categoryFilter: '按类别筛选',
  matches: '常用语列表',
  noMatch: '没有找到匹配的常用语。',
  loading: '正在加载常用语……',
  mine: '我的',
  saveSelection: '保存为常用语', // name
  saveSelectionHint: '先在正文中选中文字，再点此保存',
  newCategory: '新类别',
  newCategoryName: '新类别名称',
  myCategory: '我的常用语',
  text: '常用语内容',
  save: '保存',
  cancel: '取消',
  edit: (text: string) => `编辑：${text}`,
  editLabel: '编辑',
  remove: (text: string) => `删除：${text}`,
  removeLabel: '删除',
  confirmRemove: (text: string) => `删除常用语“${text}”？`,
  exportPack: '导出常用语包', // name
  importPack: '导入常用语包', // name
  exported: (name: string) => `已导出 ${name}`,
  imported: (added: number, skipped: number) =>
    skipped ? `已导入 ${added} 条常用语，跳过重复的 ${skipped} 条` : `已导入 ${added} 条常用语`,
  saved: '已保存为常用语',
  removed: '已删除',
  failed: (message: string) => `操作失败：${message}`,
  palette: '插入常用语',
  paletteHint: 'Alt+/ 打开；↑↓ 选择，回车插入，Esc 关闭',
  close: '关闭',
} as const;
