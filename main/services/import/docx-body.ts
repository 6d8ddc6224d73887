// document.xml in one streaming pass: paragraphs in reading order with the hints Word stores about
// them. What Word shows is what we read: deleted and moved-away text, field codes and the fallback
// copy of a text box (mc:Fallback repeats mc:Choice for older readers) are left out.

import type { RawParagraph } from '../../../shared/raw';
import type { ListCounter } from './docx-numbering';
import { listLabel, paragraphsOf, type ParagraphFrame } from './docx-paragraph';
import { halfPoints, inherited, onOff, toAlignment, type Styles } from './docx-styles';
import { tableParagraph } from './table-paragraph';
import { parseXml, type XmlContext } from './xml-events';

export interface BodyOptions {
  styles: Styles;
  counter: ListCounter;
  maxTableRows: number;
  /** throws once the time bound has passed; called every few thousand elements */
  checkTime: () => void;
}

export interface Body {
  paragraphs: RawParagraph[];
  notices: string[];
}

interface RunFrame {
  /** w:vanish: hidden text, which Word neither shows nor prints */
  hidden?: boolean;
  styleId?: string;
  bold?: boolean;
  fontSize?: number;
}

interface TableFrame {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  droppedRows: number;
}

/** Elements whose whole content is not part of the visible text. */
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:delInstrText',
  'w:pPrChange',
  'w:rPrChange',
  'w:footnotePr',
  'w:endnotePr',
  'w:sectPr',
]);

export function readBody(xml: string, context: XmlContext, options: BodyOptions): Body {
  const { styles, counter } = options;
  const out: RawParagraph[] = [];
  const notices: string[] = [];
  const path: string[] = [];
  const paragraphs: ParagraphFrame[] = [];
  const containers: ('cell' | 'textbox')[] = [];
  const tables: TableFrame[] = [];
  const alternates: boolean[] = [];
  /** field state per open field: true while reading its instruction (hidden) part */
  const fields: boolean[] = [];
  /** open drawings; true once one turns out to hold a text box */
  const graphics: boolean[] = [];
  let run: RunFrame | null = null;
  let skipFrom = -1;
  let inText = false;
  let elements = 0;
  let images = 0;
  let droppedRows = 0;

  const paragraph = () => paragraphs.at(-1);
  const append = (text: string) => {
    const p = paragraph();
    if (!p || run?.hidden || fields.some((hidden) => hidden)) return;
    p.lines[p.lines.length - 1] += text;
    if (/\S/.test(text)) {
      p.anyText = true;
      const r = run ?? {};
      const bold =
        r.bold ??
        inherited(styles, r.styleId, (s) => s.bold) ??
        inherited(styles, p.styleId ?? styles.defaultParagraphStyle, (s) => s.bold) ??
        styles.defaultBold ??
        false;
      if (!bold) p.allBold = false;
      if (p.fontSize === undefined) {
        p.fontSize =
          r.fontSize ??
          inherited(styles, r.styleId, (s) => s.fontSize) ??
          inherited(styles, p.styleId ?? styles.defaultParagraphStyle, (s) => s.fontSize) ??
          styles.defaultFontSize;
      }
    }
  };
  const newLine = () => {
    const p = paragraph();
    if (p && !fields.some((hidden) => hidden)) p.lines.push('');
  };

  const finishParagraph = (p: ParagraphFrame) => {
    const { label, level } = listLabel(p, styles, counter);
    if (p.inCell) {
      const cell = tables.at(-1)?.cell;
      const text = p.lines.join('\n');
      if (cell && (text.trim() || label)) cell.push(((label ?? '') + text).trim());
      return;
    }
    // a loop, not push(...): one w:p may hold a huge number of line breaks
    for (const raw of paragraphsOf(p, styles, label, level)) out.push(raw);
  };

  parseXml(
    xml,
    {
      open(name, a) {
        path.push(name);
        if (++elements % 4096 === 0) options.checkTime();
        if (skipFrom >= 0) return;
        const parent = path.at(-2);
        const grand = path.at(-3);
        if (SKIPPED.has(name)) {
          skipFrom = path.length;
          return;
        }
        switch (name) {
          case 'mc:AlternateContent':
            alternates.push(false);
            return;
          case 'mc:Choice':
          case 'mc:Fallback':
            // one copy only: the first Choice, or the Fallback when there was no Choice
            if (alternates.at(-1)) skipFrom = path.length;
            else alternates[alternates.length - 1] = true;
            return;
          case 'w:p':
            paragraphs.push({
              lines: [''],
              allBold: true,
              anyText: false,
              inCell: containers.at(-1) === 'cell',
              indentTwips: 0,
              indentChars: 0,
            });
            return;
          case 'w:r':
            run = {};
            return;
          case 'w:t':
          case 'm:t':
            inText = true;
            return;
          case 'w:tbl':
            tables.push({ rows: [], row: null, cell: null, droppedRows: 0 });
            return;
          case 'w:tr':
            if (tables.length) tables[tables.length - 1].row = [];
            return;
          case 'w:tc':
            containers.push('cell');
            if (tables.length) tables[tables.length - 1].cell = [];
            return;
          case 'w:txbxContent':
            containers.push('textbox');
            // a text box is text, not an image to mention
            graphics.fill(true);
            return;
          case 'w:drawing':
          case 'w:pict':
          case 'w:object':
            graphics.push(false);
            return;
          case 'w:fldChar': {
            const type = a['w:fldCharType'];
            if (type === 'begin') fields.push(true);
            else if (type === 'separate' && fields.length) fields[fields.length - 1] = false;
            else if (type === 'end') fields.pop();
            return;
          }
        }
        const p = paragraph();
        if (parent === 'w:r') {
          if (name === 'w:tab' || name === 'w:ptab') append('\t');
          else if (name === 'w:br' || name === 'w:cr') newLine();
          else if (name === 'w:sym') append(symbol(a['w:char']));
          else if (name === 'w:noBreakHyphen') append('-');
          else if (name === 'w:rPr') return;
        } else if (parent === 'w:rPr' && grand === 'w:r' && run) {
          if (name === 'w:b') run.bold = onOff(a['w:val']);
          else if (name === 'w:vanish') run.hidden = onOff(a['w:val']);
          else if (name === 'w:sz') run.fontSize = halfPoints(a['w:val']);
          else if (name === 'w:rStyle') run.styleId = a['w:val'];
        } else if (parent === 'w:pPr' && grand === 'w:p' && p) {
          if (name === 'w:pStyle') p.styleId = a['w:val'];
          else if (name === 'w:jc') p.alignment = toAlignment(a['w:val']);
          else if (name === 'w:outlineLvl') p.outlineLevel = Number(a['w:val']);
          else if (name === 'w:ind') {
            const n = (key: string) => Number(a[key]) || 0;
            p.indentTwips = (n('w:left') || n('w:start')) + n('w:firstLine');
            p.indentChars = (n('w:leftChars') || n('w:startChars')) + n('w:firstLineChars');
          }
        } else if (parent === 'w:numPr' && grand === 'w:pPr' && p) {
          if (name === 'w:numId') p.numId = a['w:val'];
          else if (name === 'w:ilvl') p.ilvl = Number(a['w:val']) || 0;
        }
      },
      close(name) {
        const depth = path.length;
        path.pop();
        if (skipFrom >= 0) {
          if (depth === skipFrom) skipFrom = -1;
          return;
        }
        switch (name) {
          case 'mc:AlternateContent':
            alternates.pop();
            return;
          case 'w:t':
          case 'm:t':
            inText = false;
            return;
          case 'w:r':
            run = null;
            return;
          case 'w:p': {
            const p = paragraphs.pop();
            if (p) finishParagraph(p);
            return;
          }
          case 'w:tc': {
            containers.pop();
            const table = tables.at(-1);
            if (table?.row && table.cell) table.row.push(table.cell.join('\n'));
            if (table) table.cell = null;
            return;
          }
          case 'w:txbxContent':
            containers.pop();
            return;
          case 'w:drawing':
          case 'w:pict':
          case 'w:object':
            if (graphics.pop() === false) images++;
            return;
          case 'w:tr': {
            const table = tables.at(-1);
            if (table?.row) {
              if (table.rows.length < options.maxTableRows) table.rows.push(table.row);
              else table.droppedRows++;
            }
            if (table) table.row = null;
            return;
          }
          case 'w:tbl': {
            const table = tables.pop();
            if (!table) return;
            droppedRows += table.droppedRows;
            const outer = tables.at(-1);
            if (outer?.cell) {
              // a table inside a cell: its text belongs to that cell
              outer.cell.push(table.rows.map((row) => row.join('\t')).join('\n'));
            } else if (table.rows.some((row) => row.some((cell) => cell.trim()))) {
              out.push(tableParagraph(table.rows));
            }
            return;
          }
        }
      },
      text(text) {
        if (inText && skipFrom < 0) append(text);
      },
    },
    context,
  );
  if (images) notices.push(`文档中有 ${images} 处图片、图形或嵌入对象，只导入了其中的文字。`);
  if (droppedRows) {
    notices.push(`表格过长，有 ${droppedRows} 行超出上限 ${options.maxTableRows} 行，未导入。`);
  }
  return { paragraphs: out, notices };
}

function symbol(hex: string | undefined): string {
  const code = parseInt(hex ?? '', 16);
  if (!Number.isFinite(code) || code <= 0) return '';
  // Symbol and Wingdings glyphs stay private-use codes (F0xx): there is no Unicode mapping to trust
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
