// 字数 as WPS 文字 (and Word) count it for Chinese text: the "字数" line of 字数统计 is the sum of
// 中文字符 (each Chinese character and each full-width punctuation mark counts 1) and 非中文单词
// (a run of Latin letters, digits and half-width signs without spaces counts as one word, so
// `2024` or `84.8%` is 1). Spaces and line breaks count nothing. A report's 3,000 字 limit is
// meant in this unit.

/** Characters that form part of a non-Chinese word: printable ASCII except the space. */
function isWordChar(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0x3000 || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      if (!inWord) count++;
      inWord = true;
      continue;
    }
    inWord = false;
    if (isSpace(code)) continue;
    // a surrogate pair (rare CJK Extension B characters) is one character
    if (code >= 0xd800 && code <= 0xdbff) i++;
    count++;
  }
  return count;
}
