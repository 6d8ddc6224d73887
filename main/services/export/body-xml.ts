// The draft's content as WordprocessingML paragraphs in GB/T 9704 order: title, one blank line,
// recipient, body (headings numbered from position), attachment note, signature and date.
// Marks (carried-over figures, check findings) are editing aids and are never exported; nor is an
// imported heading's old `marker`: numbers are always derived afresh (shared/numbering.ts).

import type { ExportOptions } from '../../../shared/api';
import type { Block, Draft, HeadingLevel, ParagraphBlock, TableBlock } from '../../../shared/model';
import { numberBlocks } from '../../../shared/numbering';
import { formatDate } from '../../../shared/layout/date';
import {
  BODY_CONDENSE_TWIPS,
  BODY_HALF_POINTS,
  TEXT_WIDTH,
  TITLE_HALF_POINTS,
} from '../../../shared/layout/page';
import { signatureIndents } from '../../../shared/layout/signature';
import { balanceTitle } from '../../../shared/layout/title-lines';
import { paragraph, run, type RunFormat } from './ooxml';
import { STYLE_IDS } from './styles-xml';

// A heading number already typed into the text (`一、基本情况`) would print twice.
const TYPED_MARKER =
  /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、](?!\d)|（\d+）)\s*/;

const BLANK = paragraph('', { indent: { firstLine: 0 } });

export function bodyXml(draft: Draft, options: ExportOptions): string {
  const { fonts } = options;
  const bodyRun: RunFormat = {
    eastAsia: fonts.body,
    latin: fonts.latin,
    size: BODY_HALF_POINTS,
    spacing: BODY_CONDENSE_TWIPS,
  };
  const levelRun = (level: HeadingLevel): RunFormat => ({
    ...bodyRun,
    eastAsia: level === 1 ? fonts.heading1 : level === 2 ? fonts.heading2 : fonts.body,
    bold: level === 3 && options.boldLevel3,
  });

  const out: string[] = [];
  const title = balanceTitle(draft.meta.title);
  if (title.length) {
    const titleRun: RunFormat = {
      eastAsia: fonts.title,
      latin: fonts.latin,
      size: TITLE_HALF_POINTS,
    };
    out.push(paragraph(run(title.join('\n'), titleRun), { style: STYLE_IDS.title }));
    out.push(BLANK);
  }
  const recipient = draft.meta.recipient?.trim();
  if (recipient) out.push(paragraph(run(recipient, bodyRun), { indent: { firstLine: 0 } }));

  const markers = numberBlocks(draft.blocks);
  let inAttachments = false;
  const attachments = countAttachments(draft.blocks);
  let attachmentIndex = 0;
  draft.blocks.forEach((block, i) => {
    const isAttachment = block.type === 'paragraph' && block.role === 'attachment';
    if (isAttachment && !inAttachments) out.push(BLANK);
    inAttachments = isAttachment;
    if (block.type === 'heading') {
      const text = `${markers[i]}${stripTypedMarker(block.text)}`;
      out.push(
        paragraph(run(text, levelRun(block.level)), { style: STYLE_IDS.heading[block.level - 1] }),
      );
    } else if (block.type === 'table') {
      out.push(tableXml(block, bodyRun));
      // Word needs a paragraph between two tables and after a table that ends the body
      const next = draft.blocks[i + 1];
      if (!next || next.type === 'table') out.push(BLANK);
    } else if (isAttachment) {
      attachmentIndex++;
      out.push(attachmentXml(block, attachmentIndex, attachments, bodyRun));
    } else {
      const para = paragraphXml(block, markers[i], bodyRun, levelRun);
      if (para) out.push(para);
    }
  });

  out.push(...signatureXml(draft, bodyRun));
  // Word reports a body without a single paragraph as damaged
  if (!out.length) out.push(BLANK);
  return out.join('');
}

function stripTypedMarker(text: string): string {
  return text.trim().replace(TYPED_MARKER, '');
}

function paragraphXml(
  block: ParagraphBlock,
  marker: string | null,
  bodyRun: RunFormat,
  levelRun: (level: HeadingLevel) => RunFormat,
): string | null {
  const text = block.text.trim();
  if (!block.lead) return text ? paragraph(run(text, bodyRun)) : null;
  // run-in heading (段首标题): the lead in its level's font, closed by 。 (or what the file had)
  const leadText = stripTypedMarker(block.lead.text).replace(/[。：:；;，,]$/, '');
  const punct = block.lead.punct ?? '。';
  const lead = run(`${marker ?? ''}${leadText}${punct}`, levelRun(block.lead.level));
  return paragraph(lead + (text ? run(text, bodyRun) : ''));
}

function countAttachments(blocks: readonly Block[]): number {
  return blocks.filter((b) => b.type === 'paragraph' && b.role === 'attachment').length;
}

// 附件说明 (GB/T 9704 §7.3.4): `附件：` two characters in; several are numbered `1. `; a wrapped
// name lines up under the first character of the name. `附件：` is 3 characters wide and `1. ` one
// (half-width digit, full stop and space in the Latin font).
function attachmentXml(
  block: ParagraphBlock,
  index: number,
  count: number,
  bodyRun: RunFormat,
): string {
  const name = block.text
    .trim()
    .replace(/^附\s*件\s*[：:]?\s*/, '')
    .replace(/^\d+\s*[.．、]\s*/, '')
    .replace(/^《(.*)》$/, '$1')
    .replace(/[。，；,.;]$/, '');
  const numbered = count > 1;
  const nameStart = 2 + 3 + (numbered ? 1 : 0);
  const prefix = index === 1 ? '附件：' : '';
  const label = numbered ? `${index}. ` : '';
  const firstLineStart = index === 1 ? 2 : 5;
  return paragraph(run(`${prefix}${label}${name}`, bodyRun), {
    indent: { left: nameStart, hanging: nameStart - firstLineStart },
  });
}

function tableXml(block: TableBlock, bodyRun: RunFormat): string {
  const columns = Math.max(1, ...block.rows.map((r) => r.length));
  const width = Math.floor(TEXT_WIDTH / columns);
  const cellRun: RunFormat = { ...bodyRun, spacing: undefined };
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid>`;
  const rows = block.rows.map((row) => {
    const cells = Array.from({ length: columns }, (_, c) => {
      const text = (row[c] ?? '').trim();
      return (
        `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>` +
        paragraph(text ? run(text, cellRun) : '', { style: STYLE_IDS.tableText }) +
        '</w:tc>'
      );
    });
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
  });
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE_IDS.table}"/><w:tblW w:w="${width * columns}" w:type="dxa"/>` +
    '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>' +
    grid +
    rows.join('') +
    '</w:tbl>'
  );
}

/** 署名 and 成文日期 by the unsealed rule; 述职报告 sign with the person's name. */
function signatureXml(draft: Draft, bodyRun: RunFormat): string[] {
  const sig = draft.signature;
  if (!sig) return [];
  const fallbackName = draft.meta.docType === 'debrief' ? draft.meta.author : draft.meta.unit;
  const unit = (sig.unit || fallbackName || '').trim();
  const date = formatDate(sig.date || draft.meta.date || '');
  if (!unit && !date) return [];
  const { unitRight, dateRight } = signatureIndents(unit, date);
  const out = [BLANK];
  if (unit) {
    out.push(
      paragraph(run(unit, bodyRun), { indent: { right: unitRight, firstLine: 0 }, jc: 'right' }),
    );
  }
  if (date) {
    out.push(
      paragraph(run(date, bodyRun), { indent: { right: dateRight, firstLine: 0 }, jc: 'right' }),
    );
  }
  return out;
}
