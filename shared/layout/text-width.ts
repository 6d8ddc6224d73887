// Widths in full-width characters (em): Arabic digits and Latin letters print in the Latin font at
// about half an em, which matters for centring titles and for placing the date under the unit.

/** Width of one character in em. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x20) return 0.25;
  if (code < 0x7f) return 0.5;
  return 1;
}

/** Width of a text in em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}
