// Every rule id with its family, default severity and a Chinese name, for grouping in the 检查
// panel and in the CLI's output.

import type { Severity } from './types';

export interface RuleInfo {
  id: string;
  /** the family, as the panel groups them */
  family: '编号' | '标点' | '重复' | '规范表述' | '隐私' | '数字' | '占位符' | '顺延' | '用词';
  severity: Severity;
  name: string;
}

export const RULES: readonly RuleInfo[] = [
  { id: 'numbering.order', family: '编号', severity: 'error', name: '编号跳号、重号或颠倒' },
  { id: 'numbering.parent', family: '编号', severity: 'warning', name: '缺少上一层级' },
  { id: 'numbering.punct', family: '编号', severity: 'warning', name: '编号写法不规范' },
  { id: 'heading.punct', family: '编号', severity: 'warning', name: '标题末尾有标点' },
  { id: 'punct.halfwidth', family: '标点', severity: 'warning', name: '中文里的半角标点' },
  { id: 'punct.unpaired', family: '标点', severity: 'warning', name: '标点不成对' },
  { id: 'punct.mixed-quotes', family: '标点', severity: 'warning', name: '引号中英文混用' },
  { id: 'punct.doubled', family: '标点', severity: 'warning', name: '标点重复' },
  { id: 'punct.ellipsis', family: '标点', severity: 'warning', name: '省略号写法' },
  { id: 'punct.dash', family: '标点', severity: 'warning', name: '破折号写法' },
  { id: 'punct.trailing', family: '标点', severity: 'warning', name: '段末是逗号' },
  { id: 'punct.no-end', family: '标点', severity: 'warning', name: '段末缺少标点' },
  { id: 'punct.nested-title', family: '标点', severity: 'hint', name: '书名号套用' },
  { id: 'repeat.clause', family: '重复', severity: 'warning', name: '分句紧接重复' },
  { id: 'repeat.phrase', family: '重复', severity: 'warning', name: '词语紧接重复' },
  { id: 'repeat.sentence', family: '重复', severity: 'warning', name: '句子重复' },
  { id: 'repeat.paragraph', family: '重复', severity: 'warning', name: '段落重复' },
  { id: 'formulation', family: '规范表述', severity: 'warning', name: '规范表述缺字、错字、多字' },
  { id: 'formulation.order', family: '规范表述', severity: 'warning', name: '规范表述顺序' },
  { id: 'privacy.id-number', family: '隐私', severity: 'error', name: '身份证号码' },
  { id: 'privacy.mobile', family: '隐私', severity: 'error', name: '手机号码' },
  { id: 'privacy.bank-card', family: '隐私', severity: 'error', name: '银行卡号' },
  { id: 'number.short-year', family: '数字', severity: 'warning', name: '年份简写' },
  { id: 'number.range-dash', family: '数字', severity: 'hint', name: '时间范围用连字符' },
  { id: 'number.leading-zero', family: '数字', severity: 'warning', name: '日期前导零' },
  { id: 'number.mixed-style', family: '数字', severity: 'hint', name: '同类数字写法不一' },
  { id: 'placeholder', family: '占位符', severity: 'error', name: '占位符未替换' },
  { id: 'rollover.open', family: '顺延', severity: 'warning', name: '顺延标记未处理' },
  { id: 'misuse', family: '用词', severity: 'warning', name: '常见误用' },
  { id: 'typo.stray-letter', family: '用词', severity: 'hint', name: '汉字间多余的字母' },
];
