// Widths in full-width characters (em), for centring titles and placing the date under the unit.
// Chinese characters and full-width marks are 1 em; Latin text prints in the Latin font (Times New
// Roman by default), whose advance widths (Adobe's Times-Roman metrics, in 1/1000 em) are used:
// digits are exactly half an em, but the `XX` of a placeholder unit name is 1.44 em, not 1.

const ASCII_WIDTHS: Record<string, number> = {
  ' ': 250,
  '!': 333,
  '"': 408,
  '#': 500,
  $: 500,
  '%': 833,
  '&': 778,
  "'": 180,
  '(': 333,
  ')': 333,
  '*': 500,
  '+': 564,
  ',': 250,
  '-': 333,
  '.': 250,
  '/': 278,
  ':': 278,
  ';': 278,
  '<': 564,
  '=': 564,
  '>': 564,
  '?': 444,
  '@': 921,
  '[': 333,
  '\\': 278,
  ']': 333,
  '^': 469,
  _: 500,
  '`': 333,
  '{': 480,
  '|': 200,
  '}': 480,
  '~': 541,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
};

/** Width of one character in em. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return 0.5;
  if (code < 0x7f) return (ASCII_WIDTHS[ch] ?? 500) / 1000;
  return 1;
}

/** Width of a text in em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}
