// Every user-facing string of the renderer, so the wording stays consistent. Accessible names
// that tests and screen readers rely on (issue 4) are marked "name".

export const STRINGS = {
  appName: '公文起草助手',
  home: {
    newDraft: '新建文稿', // name
    importOld: '导入往年材料', // name
    openDraft: '打开文稿', // name
    recent: '最近的文稿',
    noRecent: '还没有保存过的文稿。',
    tagline: '从模板或往年材料起草工作总结、工作计划、述职报告，导出符合 GB/T 9704 的 Word 文档。',
    importing: (name: string) => `正在读取 ${name}……`,
    chooseReport: (count: number) => `这份文件是汇编，里面有 ${count} 篇材料，请选择要打开的一篇：`,
    openAsIs: '原样打开',
    notices: '导入提示',
    recover: '上次有未保存的内容',
    recoverItem: (title: string, time: string) => `${title || '无标题'}（${time}）`,
    restore: '恢复',
    discard: '放弃',
    untitled: '无标题文稿',
    back: '返回',
    loading: '正在加载……',
  },
  form: {
    heading: '新建文稿',
    template: '模板',
    unit: '单位名称', // name
    year: '年度', // name
    period: '期间', // name
    date: '成文日期', // name
    author: '姓名',
    create: '创建', // name
    cancel: '取消',
    noPeriod: '（不填）',
    datePlaceholder: '如 2024年6月28日',
    noTemplates: '没有可用的模板。',
  },
  editor: {
    body: '正文', // name of the editing area
    save: '保存', // name
    open: '打开文稿',
    exportWord: '导出 Word', // name
    insertSnippet: '插入常用语', // name
    undo: '撤销',
    redo: '重做',
    home: '首页',
    meta: '文稿信息',
    title: '标题',
    level: '段落级别',
    levels: ['正文', '一级标题', '二级标题', '三级标题', '四级标题'],
    help: '快捷键',
    helpText: [
      'Ctrl+1 至 Ctrl+4：设为一至四级标题',
      'Ctrl+0：设为正文',
      'Ctrl+Shift+1 至 Ctrl+Shift+4：把段首一句设为段首标题',
      'Ctrl+S：保存，Ctrl+O：打开，Ctrl+Z / Ctrl+Y：撤销 / 重做',
      'Alt+/：插入常用语',
      'F8 / Shift+F8：下一处 / 上一处去年的数据，Ctrl+Enter：光标处的仍然有效',
    ],
    words: (doc: number, section: number | null) =>
      section === null ? `全文 ${doc} 字` : `全文 ${doc} 字\u3000本节 ${section} 字`,
    saved: (path: string) => `已保存：${path}`,
    autosaved: (time: string) => `已自动保存 ${time}`,
    unsaved: '有未保存的修改',
    exported: (name: string) => `已导出：${name}`,
    saveName: '保存为',
    saveNameLabel: '文件名',
    ok: '确定',
    cancel: '取消',
    panels: '工具面板',
    noPanels: '这里将显示常用语、往年参照和检查。',
    mark: { year: '年份已顺延', date: '日期已顺延', figure: '去年的数据，待更新' },
    markTitle: (kind: 'year' | 'date' | 'figure', was: string) =>
      `${STRINGS.editor.mark[kind]}${was ? `（原为 ${was}）` : ''}`,
    table: '表格',
  },
  outline: {
    region: '大纲', // name
    up: '上移', // name
    down: '下移', // name
    empty: '还没有标题。用 Ctrl+1 至 Ctrl+4 把段落设为标题。',
    chars: (n: number) => `${n} 字`,
  },
  errors: {
    offline: '无法连接到程序的后台服务，请确认程序仍在运行。',
    badResponse: (status: number) => `后台服务返回了无法识别的内容（状态 ${status}）。`,
    generic: '操作失败',
  },
} as const;
