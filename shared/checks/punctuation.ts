// Punctuation rules after GB/T 15834-2011: full-width marks in Chinese text, marks in pairs,
// no doubled marks, `……` and `——` written as two full-width marks.

import { inRanges, isChinese, isDigit, isHan, isLatin, urlRanges } from './chars';
import { pairedMarks } from './paired-marks';
import type { LocalFinding, TextRule } from './types';

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** `, : ; ? !` written half-width next to Chinese; numbers (1,000 3:30), URLs and English spared. */
export const halfWidthPunct: TextRule = (text) => {
  const out: LocalFinding[] = [];
  if (!/[,:;?!]/.test(text)) return out;
  const urls = urlRanges(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== ',' && ch !== ':' && ch !== ';' && ch !== '?' && ch !== '!') continue;
    if (inRanges(urls, i)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (isDigit(prev) && isDigit(next)) continue;
    if (ch === ':' && next === '/') continue;
    const chinese = isChinese(prev) || (isChinese(next) && !isLatin(prev) && prev !== ' ');
    if (!chinese) continue;
    out.push({
      rule: 'punct.halfwidth',
      severity: 'warning',
      start: i,
      end: i + 1,
      message: `中文里用了半角标点“${ch}”，应为全角“${FULL_WIDTH[ch]}”`,
      fix: FULL_WIDTH[ch],
    });
  }
  return out;
};

/** The same mark twice (`，，` `。。`), or two marks where one belongs (`，。`). */
export const doubledPunct: TextRule = (text) => {
  const out: LocalFinding[] = [];
  const re = /([，。、；：？！])\1+|[，、；：][，。、；：]|。[，、；：]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0];
    // three or more 。 or 、 are a mistyped ellipsis: the ellipsis rule reports them
    if (s.length >= 3 && (s[0] === '。' || s[0] === '、')) continue;
    const same = s[0] === s[1];
    out.push({
      rule: 'punct.doubled',
      severity: 'warning',
      start: m.index,
      end: m.index + s.length,
      message: same ? `标点“${s[0]}”重复` : `“${s}”连用了两个标点，应只留一个`,
      fix: same ? s[0] : undefined,
    });
  }
  return out;
};

/** `……` written `...` `。。。` `…` `···`; `——` written `--` `－－`. */
export const ellipsisAndDash: TextRule = (text) => {
  const out: LocalFinding[] = [];
  if (!/[.。、·・．…\-－]/.test(text)) return out;
  const re = /\.{3,}|。{3,}|、{3,}|[·・．]{3,}|…+|-{2,}|－{2,}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0];
    const prev = text[m.index - 1];
    const next = text[m.index + s.length];
    if (s[0] === '…') {
      if (s.length % 2 === 0) continue;
    } else if (!isChinese(prev) && !isChinese(next) && !isHan(prev) && !isHan(next)) continue;
    const dash = s[0] === '-' || s[0] === '－';
    out.push({
      rule: dash ? 'punct.dash' : 'punct.ellipsis',
      severity: 'warning',
      start: m.index,
      end: m.index + s.length,
      message: dash
        ? `破折号应写作“——”（两个一字线），不是“${s}”`
        : `省略号应写作“……”（两个“…”），不是“${s}”`,
      fix: dash ? '——' : '……',
    });
  }
  return out;
};

/** GB/T 15834 §4.15.3.3: a title inside a title takes 〈〉, not half-width `< >`. */
export const nestedTitles: TextRule = (text) => {
  const out: LocalFinding[] = [];
  const nested = /《[^《》]*?(<)([^<>《》]+)(>)[^《》]*》/g;
  for (let m = nested.exec(text); m; m = nested.exec(text)) {
    const open = m.index + m[0].indexOf('<');
    const close = open + 1 + m[2].length;
    out.push(
      {
        rule: 'punct.nested-title',
        severity: 'hint',
        start: open,
        end: open + 1,
        message: '书名号里的书名应用单书名号“〈〉”，不是半角“<>”',
        fix: '〈',
      },
      {
        rule: 'punct.nested-title',
        severity: 'hint',
        start: close,
        end: close + 1,
        message: '书名号里的书名应用单书名号“〈〉”，不是半角“<>”',
        fix: '〉',
      },
    );
  }
  return out;
};

/** A body paragraph that stops on a comma or 顿号 has lost its end. */
export const trailingComma: TextRule = (text, ctx) => {
  if (ctx.where !== 'text') return [];
  const end = text.trimEnd();
  const last = end[end.length - 1];
  if (last !== '，' && last !== '、') return [];
  return [
    {
      rule: 'punct.trailing',
      severity: 'warning',
      start: end.length - 1,
      end: end.length,
      message: `段落以“${last}”结尾，像是句子没写完`,
    },
  ];
};

/** A long body paragraph whose last sentence has no closing mark. */
export const missingEnd: TextRule = (text, ctx) => {
  if (ctx.where !== 'text') return [];
  const end = text.trimEnd();
  const last = end[end.length - 1];
  if (end.length < 30 || !/[，。；]/.test(end)) return [];
  if (!isHan(last) && !isDigit(last) && last !== '%' && last !== '％') return [];
  return [
    {
      rule: 'punct.no-end',
      severity: 'warning',
      start: end.length - 1,
      end: end.length,
      message: '段末缺少句末标点',
    },
  ];
};

/** 「」 beside “” in one text: the mainland writes “” (GB/T 15834 §4.8), and a text should not mix. */
export const cornerQuotes: TextRule = (text) => {
  const out: LocalFinding[] = [];
  if (!/[「」『』]/.test(text) || !/[“”]/.test(text)) return out;
  const to: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
  const re = /[「」『』]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({
      rule: 'punct.mixed-quotes',
      severity: 'hint',
      start: m.index,
      end: m.index + 1,
      message: `引号混用：此处用了“${m[0]}”，其余用的是“”`,
      fix: to[m[0]],
    });
  }
  return out;
};

export const punctuationRules: TextRule[] = [
  cornerQuotes,
  missingEnd,
  halfWidthPunct,
  pairedMarks,
  doubledPunct,
  ellipsisAndDash,
  nestedTitles,
  trailingComma,
];
