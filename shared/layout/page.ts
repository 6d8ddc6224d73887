// The GB/T 9704-2012 page in twips (1/20 pt), as measured in LibreOffice (../shared/GBT9704.md).

export const PAGE = {
  width: 11906, // A4 210 mm
  height: 16838, // A4 297 mm
  top: 2098, // 天头 37 mm
  bottom: 1984, // 35 mm: 297 − 37 − 225
  left: 1587, // 订口 28 mm
  right: 1474, // 26 mm: 210 − 28 − 156
  /** bottom edge to footer: puts the top of `— 1 —` 7 mm below the text block */
  footer: 1247, // 22 mm
  header: 851, // 15 mm, unused but Word wants one
} as const;

/** 版心 width: 156 mm */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Exact line pitch that gives 22 lines filling the 225 mm text block (28.95 pt). */
export const LINE_TWIPS = 579;

/** 3号 = 16 pt body characters; one “character” of indent. */
export const BODY_HALF_POINTS = 32;
export const CHAR_TWIPS = 320;

/** 28 × 16 pt = 448 pt is wider than 442.2 pt, so body runs are condensed by 0.25 pt (5 twips). */
export const BODY_CONDENSE_TWIPS = -5;

/** 2号 = 22 pt title. */
export const TITLE_HALF_POINTS = 44;

/** 4号 = 14 pt page numbers. */
export const PAGE_NUMBER_HALF_POINTS = 28;

/** Full-width characters of the title that fit on one line of the text block (20). */
export const TITLE_LINE_CHARS = Math.floor(TEXT_WIDTH / (TITLE_HALF_POINTS * 10));

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
