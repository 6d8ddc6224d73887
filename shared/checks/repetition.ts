// Text typed twice: a clause repeated back to back (`以……为指导，以……为指导`), a word or phrase
// doubled (`进一步进一步`). Reduplication is Chinese grammar (常常, 看看, 一个个, 层层, 家家户户,
// 研究研究), so single characters are left alone and known doubled forms are spared.

import type { LocalFinding, TextRule } from './types';

const CLAUSE_END = /[，。、；：！？,;]/;
/** repeating across a stronger mark is a figure of speech (顶真): `……的胜利；胜利又……` */
const SOFT_MARK = /[，、,]/;

/** ABAB forms that are words, not slips */
const REDUPLICATED = new Set([
  '研究',
  '商量',
  '考虑',
  '讨论',
  '休息',
  '锻炼',
  '介绍',
  '了解',
  '打听',
  '琢磨',
  '比划',
  '活动',
  '收拾',
  '雪白',
  '通红',
  '冰凉',
  '滚烫',
  '哗啦',
  '咕噜',
  '轰隆',
  '叮当',
]);

const NEVER_DOUBLED = new Set(
  (
    '我们 他们 进行 工作 开展 加强 推进 落实 完善 提高 提升 做好 积极 认真 深入 全面 切实 持续 ' +
    '不断 有效 继续 实现 加快 坚持 着力 努力 推动 促进 强化 健全 确保 以及 通过 根据 按照 已经 ' +
    '目前 今年 上半 组织 召开 建立 深化 扎实 稳步 进一'
  ).split(' '),
);

export const repeatedClause: TextRule = (text) => {
  const out: LocalFinding[] = [];
  let prevStart = -1;
  let prevEnd = -1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_END.test(text[i])) continue;
    const clause = text.slice(start, i);
    const previous = prevStart >= 0 ? text.slice(prevStart, prevEnd) : '';
    // the whole clause again, or (after a lead-in such as 坚持) its long tail again
    const repeated =
      clause.length >= 4 &&
      /[\u4e00-\u9fff]{3}/.test(clause) &&
      SOFT_MARK.test(text[prevEnd]) &&
      (clause === previous || (clause.length >= 8 && previous.endsWith(clause)));
    if (repeated) {
      // the repeat with the mark before it, so removing it leaves one clause and one mark
      out.push({
        rule: 'repeat.clause',
        severity: 'warning',
        start: prevEnd,
        end: i,
        message: `“${clause}”紧接着重复了一遍`,
        fix: '',
      });
    }
    prevStart = start;
    prevEnd = i;
    start = i + 1;
  }
  return out;
};

export const repeatedPhrase: TextRule = (text) => {
  const out: LocalFinding[] = [];
  const re = /([\u4e00-\u9fff]{2,8}?)\1/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const unit = m[1];
    const skip =
      unit[0] === '一' || // 一步一步, 一户一户
      unit[0] === unit[1] || // 常常常常 is no typo worth a word here
      REDUPLICATED.has(unit) ||
      // two characters repeat across word boundaries (产业创业创新, 共建共治) and in emphasis
      // (抓得很紧很紧); only words that are never doubled on purpose count
      (unit.length === 2 && !NEVER_DOUBLED.has(unit)) ||
      /^[十百千万亿零〇一二三四五六七八九两]+$/.test(unit);
    if (skip) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({
      rule: 'repeat.phrase',
      severity: 'warning',
      start: m.index + unit.length,
      end: m.index + m[0].length,
      message: `“${unit}”重复了`,
      fix: '',
    });
  }
  const de = /(?<![目有端])的的(?!确)/g;
  for (let m = de.exec(text); m; m = de.exec(text)) {
    out.push({
      rule: 'repeat.phrase',
      severity: 'warning',
      start: m.index + 1,
      end: m.index + 2,
      message: '“的”重复了',
      fix: '',
    });
  }
  return out;
};

export const repetitionRules: TextRule[] = [repeatedClause, repeatedPhrase];

/** A sentence long enough that meeting it twice in one report is a copy, not a style. */
export const MIN_REPEATED_SENTENCE = 15;

export interface SentenceKey {
  key: string;
  start: number;
  end: number;
}

/** The long sentences of a text, for the document-wide duplicate rule. */
export function longSentences(text: string): SentenceKey[] {
  const out: SentenceKey[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i < text.length && ch !== '。' && ch !== '！' && ch !== '？' && ch !== '；') continue;
    const end = i < text.length ? i + 1 : i;
    const sentence = text.slice(start, end);
    let han = 0;
    for (const c of sentence) if (c >= '\u4e00' && c <= '\u9fff') han++;
    if (han >= MIN_REPEATED_SENTENCE) {
      out.push({ key: sentence.replace(/[。！？；\s]+$/, '').trim(), start, end });
    }
    start = end;
  }
  return out;
}
