// Character classes the rules share. Han covers the CJK Unified Ideographs with extension A and the
// compatibility block; CJK punctuation is the full-width set GB/T 15834 prescribes for Chinese text.

export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
  );
}

const CJK_PUNCT = new Set('，。、；：？！“”‘’（）《》〈〉【】〔〕…—·～「」『』');

export function isCjkPunct(ch: string | undefined): boolean {
  return !!ch && CJK_PUNCT.has(ch);
}

/** Han or full-width punctuation: the text around is Chinese. */
export function isChinese(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return !!ch && ch >= '0' && ch <= '9';
}

export function isLatin(ch: string | undefined): boolean {
  return !!ch && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/** Ranges of the text that are URLs or e-mail addresses, where ASCII punctuation belongs. */
export function urlRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!/[/@.]/.test(text)) return ranges;
  const re = /(?:https?:\/\/|www\.)[\w\-./?%&=:#~+,;!]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

export function inRanges(ranges: [number, number][], index: number): boolean {
  for (const [s, e] of ranges) if (index >= s && index < e) return true;
  return false;
}
