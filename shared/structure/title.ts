// Report titles: what a title line looks like, the issuer line above it, a title broken over two
// lines, and the 主送 or salutation line below it.

import type { Line } from './lines';
import { parseMarker } from './markers';
import { hasSentencePunctuation } from './sentence';
import { isDateLine, yearOf } from './dates';
import { TITLE_END, unitOf } from './title-meta';

const MAX_TITLE = 60;
export const UNIT_END =
  /(县|区|市|州|乡|镇|街道|村|社区|局|委|委员会|办|办公室|厅|部|院|会|所|站|中心|公司|党委|党组|党工委|政府|办事处|工会)$/;

/**
 * `《2023年工作总结》` → `2023年工作总结`; `述  职  报  告` → `述职报告` (short titles are often
 * spaced out by hand to fill the line).
 */
export function stripTitleQuotes(text: string): string {
  const m = /^《(.+)》$/.exec(text.trim());
  const title = m ? m[1] : text.trim();
  return title.replace(/(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])/g, '');
}

function isShortPhrase(text: string, max: number): boolean {
  return text.length >= 2 && text.length <= max && !hasSentencePunctuation(text);
}

// the red-letter 发文机关标志 (`XX县人民政府文件`) and 发文字号 (`X政〔2023〕12号`) of GB/T 9704
// §7.2 sit above the title in title type, but are not titles
const HEADER_LINE = /文件$|[〔[（(]\d{4}[〕\]）)]\s*\d+\s*号$/;

/** A line that can be a report title: short, one phrase, ending in a genre word. */
export function isTitleLike(line: Line): boolean {
  const text = stripTitleQuotes(line.text);
  if (!isShortPhrase(text, MAX_TITLE) || text.length < 4 || parseMarker(text)) return false;
  if (HEADER_LINE.test(text)) return false;
  return TITLE_END.test(text) || hasTitleStyle(line);
}

/**
 * Word says it is a title: the Title style, or centred type larger than headings (GB/T 9704
 * titles are 2号, 22 pt; headings are 3号, 16 pt).
 */
export function hasTitleStyle(line: Line): boolean {
  const { style, alignment, fontSize } = line.raw;
  if (style && /^(title|标题|文档标题)$/i.test(style.trim())) return true;
  return alignment === 'center' && (fontSize ?? 0) >= 18;
}

/** A line that could open a report where no title was recognised: short and one phrase. */
export function isLooseTitle(line: Line): boolean {
  const text = stripTitleQuotes(line.text);
  return isShortPhrase(text, MAX_TITLE) && !parseMarker(text) && !isDateLine(text);
}

/** `XX县卫生健康委员会` above the title: a unit and nothing else. */
export function isIssuerLine(line: Line): boolean {
  const text = line.text;
  return (
    isShortPhrase(text, 30) &&
    UNIT_END.test(text) &&
    yearOf(text) === null &&
    !parseMarker(text) &&
    !TITLE_END.test(text)
  );
}

/** The line above `second` is the first half of a title broken over two lines. */
export function isTitleFirstHalf(first: Line, second: Line): boolean {
  const a = stripTitleQuotes(first.text);
  const b = stripTitleQuotes(second.text);
  if (!isShortPhrase(a, 40) || parseMarker(a) || isDateLine(a) || TITLE_END.test(a)) return false;
  if (/^《[^》]*$/.test(first.text.trim()) && /^[^《]*》$/.test(second.text.trim())) return true;
  // two centred lines in title type: one title set over two lines, unless the first is the
  // issuer or the red-letter 发文机关标志 (`XX县人民政府文件`)
  if (hasTitleStyle(first) && hasTitleStyle(second)) {
    return !isIssuerLine(first) && !/文件$/.test(a);
  }
  return (
    /^关于/.test(a) || (yearOf(a) !== null && yearOf(b) === null) || /^(的|工作|情况|暨)/.test(b)
  );
}

/** `县委、县政府：`, `各位代表：`: a salutation, not a preamble sentence ending in a colon. */
export function isRecipientLine(line: Line): boolean {
  const text = line.text;
  if (!/[：:]$/.test(text) || text.length > 30 || /[。；！？]/.test(text)) return false;
  if (parseMarker(text)) return false;
  return !/如下|现将|现就|报告|汇报|总结|情况|安排|通知/.test(text);
}

/** The evidence that a title-like line starts a new report in the middle of a file. */
export function startsNewReport(line: Line, typicalGap: number): boolean {
  if (hasTitleStyle(line)) return true;
  if (line.blankBefore > Math.max(typicalGap, 0) && line.blankBefore >= 1) return true;
  // Readers drop empty lines, so in a plain-text compilation the title itself must tell: a year
  // with a unit or a named period (`2023年上半年大气污染防治工作总结`). A bare `2024年工作计划`
  // inside a report is a section, not a new report.
  const text = stripTitleQuotes(line.text);
  return (
    yearOf(text) !== null && (unitOf(text) !== '' || /上半年|下半年|季度|年度|全年/.test(text))
  );
}
