// 规范表述: official formulations as the Party and the State publish them. They are names, not our
// prose, so they are written exactly; `legit` lists forms that are correct too (older official
// wordings still found in past reports), so they are never flagged as near-misses.

/** Long formulations checked for dropped, swapped or added characters. */
export const FORMULATIONS: readonly string[] = [
  '习近平新时代中国特色社会主义思想',
  '学习贯彻习近平新时代中国特色社会主义思想主题教育',
  '以习近平同志为核心的党中央',
  '“三个代表”重要思想',
  '中华民族伟大复兴',
  '社会主义核心价值观',
  '巩固拓展脱贫攻坚成果同乡村振兴有效衔接',
  '统筹推进“五位一体”总体布局',
  '协调推进“四个全面”战略布局',
  '坚持稳中求进工作总基调',
  '以人民为中心的发展思想',
  '铸牢中华民族共同体意识',
  '构建以国内大循环为主体、国内国际双循环相互促进的新发展格局',
  '中央八项规定精神',
  '不忘初心、牢记使命',
  '“不忘初心、牢记使命”主题教育',
  '“两学一做”学习教育',
  '常态化扫黑除恶斗争',
  '扫黑除恶专项斗争',
  '习近平总书记关于“三农”工作的重要论述',
  '习近平强军思想',
  '习近平生态文明思想',
  '习近平法治思想',
  '习近平外交思想',
  '习近平经济思想',
  '习近平文化思想',
  '全过程人民民主',
  '退役军人事务局',
];

/** Correct forms close to a formulation above; an exact one of these is never a near-miss. */
export const LEGIT_FORMS: readonly string[] = [
  '新时代中国特色社会主义',
  '习近平新时代中国特色社会主义经济思想',
  '习近平新时代中国特色社会主义外交思想',
  '中国特色社会主义思想体系',
  '以习近平同志为总书记的党中央',
  '以胡锦涛同志为总书记的党中央',
  '以江泽民同志为核心的党中央',
  '以江泽民同志为核心的党的第三代中央领导集体',
  '中华民族的伟大复兴',
  '社会主义核心价值体系',
  '巩固拓展脱贫攻坚成果',
  '巩固脱贫攻坚成果',
  '中央八项规定及其实施细则精神',
  '扫黑除恶专项行动',
  '以人民为中心的发展理念',
  '以人民为中心的工作导向',
  '以人民为中心的创作导向',
  '稳中求进工作总基调',
  '坚持稳中求进的工作总基调',
  '习近平总书记关于“三农”工作重要论述',
  '“三个代表”重要思想的',
  '退役军人事务部',
  '退役军人事务厅',
  '退役军人事务所',
];

/**
 * Names with ordinals, written with `#` for a number in Chinese numerals (`二十`, `三`): they are
 * compared with the text after every run of Chinese numerals in it became one `#`.
 */
export const NUMBERED_FORMULATIONS: readonly string[] = [
  '中国共产党第#次全国代表大会',
  '中国共产党第#届中央委员会第#次全体会议',
  '党的#届#中全会',
];

export const NUMBERED_LEGIT_FORMS: readonly string[] = [
  '中国共产党#届#中全会',
  '#届#中全会',
  // 我们党十一届三中全会以来: 党 standing for “our Party”
  '党#届#中全会',
  '党的第#次全国代表大会',
  // 八大二次会议: the second session of a congress
  '第#届全国代表大会第#次会议',
];

/**
 * Enumerations whose order is fixed: the items joined by `、` in any other order are flagged and
 * put back in order. `alternatives` are items that may stand in place of one another.
 */
export interface OrderedList {
  items: string[];
  name: string;
}

export const ORDERED_LISTS: readonly OrderedList[] = [
  { name: '“四个意识”', items: ['政治意识', '大局意识', '核心意识', '看齐意识'] },
  { name: '“四个自信”', items: ['道路自信', '理论自信', '制度自信', '文化自信'] },
  { name: '新发展理念', items: ['创新', '协调', '绿色', '开放', '共享'] },
  {
    name: '“五位一体”总体布局',
    items: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
  },
  { name: '“三不腐”', items: ['不敢腐', '不能腐', '不想腐'] },
  {
    name: '“六稳”',
    items: ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期'],
  },
];
