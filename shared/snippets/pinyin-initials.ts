// Pinyin initials for phrase search (`xjzj` finds 现将……总结如下). Computed on the main side when
// phrases load or are saved, so the renderer never ships pinyin-pro's dictionary.

import { pinyin, polyphonic } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const OPTIONS = { pattern: 'first', toneType: 'none', type: 'array' } as const;

/**
 * One string per character of `text` (Array.from): the initial of the reading in context first,
 * then those of a polyphone's other readings, so that 行 in 银行 gives 'hx' and a user who types
 * the other reading (重 as z or c, 长 as c or z) still finds the phrase. Characters inside
 * placeholders ({单位}) and non-Chinese characters give '': they are not the phrase's own words.
 */
export function initialsOf(text: string): string[] {
  const chars = Array.from(text);
  const context = pinyin(text, OPTIONS);
  const readings = polyphonic(text, OPTIONS);
  // both return one entry per character; should a future version group characters, fall back
  // to looking each character up alone
  const aligned = context.length === chars.length && readings.length === chars.length;
  let inPlaceholder = false;
  return chars.map((char, i) => {
    if (char === '{') inPlaceholder = true;
    else if (char === '}') inPlaceholder = false;
    if (inPlaceholder || !HAN.test(char)) return '';
    const first = (aligned ? context[i] : pinyin(char, OPTIONS)[0]) ?? '';
    const others = aligned ? readings[i] : (polyphonic(char, OPTIONS)[0] ?? []);
    const letters = [first, ...others].map((s) => s.toLowerCase()).filter((s) => /^[a-z]$/.test(s));
    return [...new Set(letters)].join('');
  });
}
