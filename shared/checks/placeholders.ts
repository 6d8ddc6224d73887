// Text still waiting to be filled in: `XX县`, `××`, `某某`, `{单位}`, `【】`. The corpus reports are
// anonymised exactly this way, and a user starting from one must replace every one.

import type { LocalFinding, TextRule } from './types';

const PATTERNS: { re: RegExp; what: string }[] = [
  { re: /(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])/g, what: '占位符' },
  { re: /某某/g, what: '占位词' },
  { re: /\{[^{}\s]{1,12}\}|｛[^｛｝\s]{1,12}｝/g, what: '占位符' },
  { re: /【\s*】|\[\s*\]/g, what: '空括号' },
  // `二○○○年`: ○ standing in for 〇 in a year is no placeholder
  {
    re: /(?<![一二三四五六七八九○〇零])○{2,}(?![一二三四五六七八九○〇零年])|□{2,}/g,
    what: '占位符号',
  },
];

export const placeholderRule: TextRule = (text) => {
  const out: LocalFinding[] = [];
  for (const { re, what } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({
        rule: 'placeholder',
        severity: 'error',
        start: m.index,
        end: m.index + m[0].length,
        message: `${what}“${m[0]}”尚未替换为实际内容`,
      });
    }
  }
  // `AAA公众号`: an anonymised name (微信 in the corpus); `AAA级景区` is a real grade
  const aaa = /(?<![A-Za-z])AAA(?![A-Za-z级])/g;
  for (let m = aaa.exec(text); m; m = aaa.exec(text)) {
    out.push({
      rule: 'placeholder',
      severity: 'warning',
      start: m.index,
      end: m.index + 3,
      message: '“AAA”像是隐去的名称，请替换为实际内容',
    });
  }
  return out;
};
