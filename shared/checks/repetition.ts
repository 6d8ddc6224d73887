// Text typed twice: a clause repeated back to back (`以……为指导，以……为指导`), a word or phrase
// doubled (`进一步进一步`). Reduplication is Chinese grammar (常常, 看看, 一个个, 层层, 家家户户,
// 研究研究), so single characters are left alone and known doubled forms are spared.

import type { LocalFinding, TextRule } from './types';

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

function isClauseEnd(code: number): boolean {
  // ，。、；：！？ , ;
  return (
    code === 0xff0c ||
    code === 0x3002 ||
    code === 0x3001 ||
    code === 0xff1b ||
    code === 0xff1a ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0x2c ||
    code === 0x3b
  );
}

export const repeatedClause: TextRule = (text) => {
  const out: LocalFinding[] = [];
  let prevStart = -1;
  let prevEnd = -1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isClauseEnd(text.charCodeAt(i))) continue;
    const length = i - start;
    const prevLength = prevEnd - prevStart;
    // cheap tests first: the clause must be no longer than the one before and end the same way
    if (
      prevStart >= 0 &&
      length >= 4 &&
      length <= prevLength &&
      text.charCodeAt(i - 1) === text.charCodeAt(prevEnd - 1) &&
      SOFT_MARK.test(text[prevEnd])
    ) {
      const clause = text.slice(start, i);
      const previous = text.slice(prevStart, prevEnd);
      // the whole clause again, or (after a lead-in such as 坚持) its long tail again
      const repeated =
        /[\u4e00-\u9fff]{3}/.test(clause) &&
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
    }
    prevStart = start;
    prevEnd = i;
    start = i + 1;
  }
  return out;
};

function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

export const repeatedPhrase: TextRule = (text) => {
  const out: LocalFinding[] = [];
  const n = text.length;
  for (let i = 0; i + 4 <= n; i++) {
    if (!isHanCode(text.charCodeAt(i))) continue;
    for (let len = 2; len <= 8 && i + 2 * len <= n; len++) {
      // a unit doubled starts again with its own first character, `len` places on
      if (text.charCodeAt(i + len) !== text.charCodeAt(i)) continue;
      let same = true;
      for (let k = 1; k < len && same; k++) {
        const c = text.charCodeAt(i + k);
        same = isHanCode(c) && c === text.charCodeAt(i + len + k);
      }
      if (!same) continue;
      const unit = text.slice(i, i + len);
      const skip =
        unit[0] === '一' || // 一步一步, 一户一户
        unit[0] === unit[1] || // 常常常常 is no typo worth a word here
        REDUPLICATED.has(unit) ||
        // two characters repeat across word boundaries (产业创业创新, 共建共治) and in emphasis
        // (抓得很紧很紧); only words that are never doubled on purpose count
        (len === 2 && !NEVER_DOUBLED.has(unit)) ||
        /^[十百千万亿零〇一二三四五六七八九两]+$/.test(unit);
      if (skip) continue;
      out.push({
        rule: 'repeat.phrase',
        severity: 'warning',
        start: i + len,
        end: i + 2 * len,
        message: `“${unit}”重复了`,
        fix: '',
      });
      i += 2 * len - 1;
      break;
    }
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
  /** the sentence, and the sentence without its opening clause (a lead-in added to a copy) */
  keys: string[];
  start: number;
  end: number;
}

function hanCount(s: string): number {
  let han = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  return han;
}

/** The long sentences of a text, for the document-wide duplicate rule. */
export function longSentences(text: string): SentenceKey[] {
  const out: SentenceKey[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i < text.length && ch !== '。' && ch !== '！' && ch !== '？' && ch !== '；') continue;
    const end = i < text.length ? i + 1 : i;
    const sentence = text
      .slice(start, end)
      .replace(/[。！？；\s]+$/, '')
      .trim();
    if (hanCount(sentence) >= MIN_REPEATED_SENTENCE) {
      const keys = [sentence];
      const comma = sentence.indexOf('，');
      const tail = comma >= 0 ? sentence.slice(comma + 1) : '';
      if (hanCount(tail) >= MIN_REPEATED_SENTENCE) keys.push(tail);
      out.push({ keys, start, end });
    }
    start = end;
  }
  return out;
}
