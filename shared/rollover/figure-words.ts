// The words the figure rules read: units after Arabic numbers, measure words after Chinese
// numerals, and set phrases that are written with a count but are never data.

/** Longest first, so 个百分点 wins over 个 and 人次 over 人. */
export const UNITS: string[] = [
  '个百分点 百分点 微克/立方米 毫克/立方米 平方公里 平方千米 平方米',
  '立方米 千瓦时 千瓦 个工作日 工作日 个月 美元',
  '人次 户次 场次 车次 架次 批次 课时 小时 分钟 周岁 周年 公里 千米 公顷',
  '千克 公斤 % ％ ‰ ㎡ 元 个 名 人 户 家 条 件',
  '次 场 期 篇 份 项 批 辆 台 套 座 所 处 间',
  '栋 幢 张 起 支 部 本 册 笔 宗 例 种 类 天',
  '周 岁 年 倍 分 位 亩 吨 米 头 只 株 棵 块',
  '轮 斤 度 瓦',
]
  .join(' ')
  .split(' ');

/**
 * Chinese-numeral counts take a narrower set: 年/级/类/届/节 after a Chinese numeral name a
 * period, grade or phase (三年行动, 三级网格, 一类, 二十届, 两节), not a count.
 */
export const CHINESE_MEASURES: string[] = [
  '个月 人次 场次 万元 亿元 个 名 位 人 户 家 套 场 次',
  '项 批 篇 份 间 处 座 所 支 条 件 台 辆 部',
  '张 轮 亩 吨 元 种 天 期',
]
  .join(' ')
  .split(' ');

/** Fixed political and administrative expressions written with a count (never data). */
export const FIXED: string[] = [
  '四个意识 四个自信 两个维护 两个确立 四个全面 两个覆盖 两个务必 三个务必',
  '三个代表 两个大局 两个结合 两个毫不动摇 三个区分开来 四个伟大 八个明确 十个明确',
  '十四个坚持 七个坚决防止 四个现代化 四项基本原则 四项原则 五项原则 八项原则 八项规定',
  '八项主张 两个积极性 两个特别行政区 两个超级大国 两个市场 两种资源 三个世界 两条道路',
  '两个文明 两个基本法 三个联合公报 三个公报 三次产业 两个孩子 两位数 二元结构',
  '三个转变 五个一',
]
  .join(' ')
  .split(' ');
