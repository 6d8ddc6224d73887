// Metadata read off a report's title: `XX区XX乡2023年上半年村镇办工作总结` names the unit, the
// year, the period and the genre.

import type { DocType, Period } from '../model';
import { yearOf } from './dates';

/** words a report title ends with, and the genre each names */
const GENRES: [RegExp, DocType][] = [
  [/述职/, 'debrief'],
  [/总结|小结/, 'summary'],
  [/计划|要点|安排|打算|规划/, 'plan'],
  [/通知/, 'notice'],
  [/报告|汇报/, 'report'],
];

/** The title ends with a genre word: the last line of a report title. */
export const TITLE_END =
  /(总结|小结|计划|要点|安排|规划|方案|报告|汇报|通知|意见|述职|讲话|发言|纪要|请示|决定|通报)$/;

export function docTypeOf(title: string): DocType {
  for (const [re, type] of GENRES) if (re.test(title)) return type;
  return 'other';
}

export function periodOf(title: string): Period {
  if (/上半年|1\s*[-—至~～]\s*6\s*月/.test(title)) return '上半年';
  if (/下半年|7\s*[-—至~～]\s*12\s*月/.test(title)) return '下半年';
  const quarter = /(?:第)?([一二三四1-4])季度/.exec(title);
  if (quarter) {
    const index = '一二三四'.indexOf(quarter[1]) + 1 || Number(quarter[1]);
    return (['第一季度', '第二季度', '第三季度', '第四季度'] as const)[index - 1];
  }
  if (/年度|全年|一年来/.test(title)) return '全年';
  // `2023年工作总结`, `2024年工作计划`: a year and no shorter period is the whole year
  if (/\d{4}\s*年(?!\d)/.test(title) && /总结|计划|要点|述职/.test(title)) return '全年';
  return null;
}

// How unit names end: administrative divisions and bodies (county bureaus, townships, streets).
const UNIT_SUFFIX =
  '(?:县|区|市|州|盟|旗|乡|镇|街道|村|社区|局|委|委员会|办|办公室|厅|部|院|会|所|站|中心|公司|党委|党组|党工委|政府|办事处|工会|队|处|科|室|集团|学校|医院)';
const UNIT_RE = new RegExp(`^(?:[^\\d年，,。：:]{0,14}?${UNIT_SUFFIX})+`);
const ENDS_AS_UNIT = new RegExp(`${UNIT_SUFFIX}$`);

/**
 * The unit a title names: the words before the year (`XX区XX乡2023年…`), or after it
 * (`2023年度XX县卫健委定点帮扶…`); empty when the title names none.
 */
export function unitOf(title: string): string {
  // `XX县人民政府关于2023年工作情况的报告`: the issuer stands before 关于
  const issuer = /^(.{2,20}?)关于/.exec(title);
  if (issuer && ENDS_AS_UNIT.test(trimUnit(issuer[1]))) return trimUnit(issuer[1]);
  const text = title.replace(/^关于/, '');
  const yearAt = /(?:19|20)\d{2}\s*年度?|[〇零○一二三四五六七八九]{4}\s*年度?/.exec(text);
  // `开展2024年春季植树活动`: words before the year that do not end like a unit are no unit
  if (yearAt && yearAt.index > 0 && ENDS_AS_UNIT.test(trimUnit(text.slice(0, yearAt.index)))) {
    return trimUnit(text.slice(0, yearAt.index));
  }
  if (yearAt && yearAt.index > 0) return '';
  const after = yearAt ? text.slice(yearAt.index + yearAt[0].length) : text;
  const rest = after.replace(/^(上半年|下半年|第[一二三四]季度|全年)/, '');
  const m = UNIT_RE.exec(rest);
  if (!m) return '';
  // without a year to anchor it, only a name followed by what a title says next is a unit
  // (`XX中心学校工作简报`), not the start of a topic (`防汛工作会议纪要`, `政府工作报告`)
  if (
    !yearAt &&
    (m[0].length < 3 || !/^(关于|工作|年度|上半年|下半年|第)/.test(rest.slice(m[0].length)))
  ) {
    return '';
  }
  return trimUnit(m[0]);
}

function trimUnit(text: string): string {
  return text.replace(/[（(《“”》)）\s]/g, '').replace(/^关于/, '');
}

export interface TitleMeta {
  docType: DocType;
  unit: string;
  year: number | null;
  period: Period;
}

export function metaFromTitle(title: string): TitleMeta {
  return {
    docType: docTypeOf(title),
    unit: unitOf(title),
    year: yearOf(title),
    period: periodOf(title),
  };
}
