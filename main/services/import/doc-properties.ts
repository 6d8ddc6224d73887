// Paragraph properties of a Word 97 .doc, which word-extractor does not give: style (built-in
// headings by their sti, MS-DOC 2.9.260), outline level, alignment and the list label Word shows
// (PlfLst/PlfLfo, MS-DOC 2.9.150/2.9.131). Read from the piece table (CLX) and the paragraph FKPs
// (PlcfBtePapx). Every loop is bounded by the bytes; anything unexpected gives up quietly, since
// these are hints on top of the text word-extractor already read.

import type { Alignment } from '../../../shared/raw';
import { nextLabel, readLfos, readLists } from './doc-lists';
import { Bytes } from './le-bytes';

export interface DocParagraph {
  text: string;
  style?: string;
  outlineLevel?: number;
  alignment?: Alignment;
  numbering?: string;
  numberingLevel?: number;
}

interface Props {
  istd?: number;
  ilfo?: number;
  ilvl?: number;
  jc?: number;
  outLvl?: number;
}

const JC: Record<number, Alignment> = {
  0: 'left',
  1: 'center',
  2: 'right',
  3: 'justify',
  4: 'justify',
};

/** Applies the paragraph sprms we use from a grpprl (MS-DOC 2.2.5.1 for operand sizes). */
function applySprms(b: Bytes, start: number, end: number, props: Props): void {
  let at = start;
  while (at + 2 <= end) {
    const sprm = b.u16(at);
    at += 2;
    const spra = sprm >> 13;
    let size: number;
    if (spra === 0 || spra === 1) size = 1;
    else if (spra === 2 || spra === 4 || spra === 5) size = 2;
    else if (spra === 3) size = 4;
    else if (spra === 7) size = 3;
    else if (sprm === 0xd608 || sprm === 0xd606) size = b.u16(at) + 1;
    else if (sprm === 0xc615 && b.u8(at) === 255) return;
    else size = b.u8(at) + 1;
    if (sprm === 0x260a) props.ilvl = b.u8(at);
    else if (sprm === 0x460b) props.ilfo = b.i16(at);
    else if (sprm === 0x2403 || sprm === 0x2461) props.jc = b.u8(at);
    else if (sprm === 0x2640) props.outLvl = b.u8(at);
    at += size;
  }
}

interface Style {
  sti: number;
  base: number;
  name: string;
  props: Props;
}

function readStyles(t: Bytes, fc: number, lcb: number): Style[] {
  const styles: Style[] = [];
  if (!lcb) return styles;
  const cbStshi = t.u16(fc);
  const cstd = t.u16(fc + 2);
  const cbBase = t.u16(fc + 4);
  let at = fc + 2 + cbStshi;
  for (let i = 0; i < cstd && at + 2 <= fc + lcb; i++) {
    const cbStd = t.u16(at);
    const std = at + 2;
    at = std + cbStd;
    if (!cbStd) {
      styles.push({ sti: 0xfff, base: 0xfff, name: '', props: {} });
      continue;
    }
    const sti = t.u16(std) & 0x0fff;
    const stk = t.u16(std + 2) & 0x000f;
    const base = t.u16(std + 2) >> 4;
    const nameAt = std + cbBase;
    const cch = t.u16(nameAt);
    let name = '';
    for (let c = 0; c < cch && c < 256; c++) name += String.fromCharCode(t.u16(nameAt + 2 + c * 2));
    const props: Props = {};
    let upx = nameAt + 2 + (cch + 1) * 2;
    if (upx % 2) upx++;
    if (stk === 1 && upx + 4 <= at) {
      const cbUpx = t.u16(upx);
      applySprms(t, upx + 4, Math.min(upx + 2 + cbUpx, at), props);
    }
    styles.push({ sti, base, name, props });
  }
  return styles;
}

/** Built-in style names by sti, as Word writes them in .docx (so the readers agree). */
function styleName(style: Style | undefined): string | undefined {
  if (!style) return undefined;
  if (style.sti >= 1 && style.sti <= 9) return `heading ${style.sti}`;
  if (style.sti === 0) return 'Normal';
  if (style.sti === 62) return 'Title';
  return style.name || undefined;
}

export function docParagraphs(
  wordDocument: Uint8Array,
  tables: { '0Table': Uint8Array | null; '1Table': Uint8Array | null },
): DocParagraph[] {
  const w = new Bytes(wordDocument);
  if (w.u16(0) !== 0xa5ec) return [];
  const flags = w.u16(0x0a);
  const table = tables[flags & 0x0200 ? '1Table' : '0Table'];
  if (!table || flags & 0x0100) return [];
  const t = new Bytes(table);
  const csw = w.u16(32);
  const lw = 34 + csw * 2 + 2;
  const cslw = w.u16(lw - 2);
  const ccpText = w.i32(lw + 12);
  const rgFcLcb = lw + cslw * 4 + 2;
  const fcLcb = (i: number): [number, number] => [
    w.u32(rgFcLcb + i * 8),
    w.u32(rgFcLcb + i * 8 + 4),
  ];

  const styles = readStyles(t, ...fcLcb(1));
  const lists = readLists(t, ...fcLcb(73));
  const lfos = readLfos(t, ...fcLcb(74));

  // paragraph runs by file position, from the FKPs the bin table points to
  const [fcBte, lcbBte] = fcLcb(13);
  const runs: { start: number; end: number; props: Props }[] = [];
  const pages = Math.floor((lcbBte - 4) / 8);
  for (let i = 0; i < pages && i < 100_000; i++) {
    const page = (t.u32(fcBte + (pages + 1) * 4 + i * 4) & 0x3fffff) * 512;
    if (page + 512 > wordDocument.length) continue;
    const crun = w.u8(page + 511);
    for (let r = 0; r < crun; r++) {
      const bOffset = w.u8(page + (crun + 1) * 4 + r * 13) * 2;
      const props: Props = {};
      if (bOffset) {
        let cb = w.u8(page + bOffset);
        let grpprl = page + bOffset + 1;
        let length = cb * 2 - 1;
        if (cb === 0) {
          cb = w.u8(page + bOffset + 1);
          grpprl = page + bOffset + 2;
          length = cb * 2;
        }
        props.istd = w.u16(grpprl);
        applySprms(w, grpprl + 2, Math.min(grpprl + length, page + 511), props);
      }
      runs.push({ start: w.u32(page + r * 4), end: w.u32(page + (r + 1) * 4), props });
    }
  }
  const propsAt = (fc: number): Props => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fc < runs[mid].start) hi = mid - 1;
      else if (fc >= runs[mid].end) lo = mid + 1;
      else return runs[mid].props;
    }
    return {};
  };

  // the text by character position through the piece table
  const [fcClx, lcbClx] = fcLcb(33);
  let at = fcClx;
  while (at < fcClx + lcbClx && t.u8(at) === 1) at += 3 + t.i16(at + 1);
  if (t.u8(at) !== 2) return [];
  const lcbPlc = t.u32(at + 1);
  const plc = at + 5;
  const pieces = Math.floor((lcbPlc - 4) / 12);
  const out: DocParagraph[] = [];
  const counters = new Map<number, number[]>();
  let text = '';
  let inTable = false;
  /** per open field: true while in its instruction (0x13 … 0x14), which is not shown */
  const fields: boolean[] = [];
  for (let p = 0; p < pieces; p++) {
    const cpStart = t.u32(plc + p * 4);
    const cpEnd = Math.min(t.u32(plc + (p + 1) * 4), ccpText);
    const fcRaw = t.u32(plc + (pieces + 1) * 4 + p * 8 + 2);
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fc = compressed ? (fcRaw & 0x3fffffff) / 2 : fcRaw & 0x3fffffff;
    for (let cp = cpStart; cp < cpEnd; cp++) {
      const pos = compressed ? fc + (cp - cpStart) : fc + (cp - cpStart) * 2;
      const code = compressed ? w.u8(pos) : w.u16(pos);
      if (code === 0x13) fields.push(true);
      else if (code === 0x14 && fields.length) fields[fields.length - 1] = false;
      else if (code === 0x15) fields.pop();
      if (code === 0x07) inTable = true;
      if (code !== 0x0d && code !== 0x07) {
        if ((code >= 0x20 || code === 0x09) && !fields.some((hidden) => hidden)) {
          text += String.fromCharCode(code);
        }
        continue;
      }
      if (code === 0x07 || inTable) {
        // table cells are read by word-extractor; they carry no heading hints
        text = '';
        if (code === 0x0d) inTable = false;
        continue;
      }
      const props = propsAt(pos);
      const style = styles[props.istd ?? 0];
      const chain = (get: (p: Props) => number | undefined): number | undefined => {
        let s: Style | undefined = style;
        for (let guard = 0; s && guard < 16; guard++) {
          const v = get(s.props);
          if (v !== undefined) return v;
          s = s.base < styles.length ? styles[s.base] : undefined;
        }
        return undefined;
      };
      const paragraph: DocParagraph = { text };
      const name = styleName(style);
      if (name) paragraph.style = name;
      const outLvl =
        props.outLvl ??
        chain((x) => x.outLvl) ??
        (style && style.sti >= 1 && style.sti <= 9 ? style.sti - 1 : undefined);
      if (outLvl !== undefined && outLvl <= 9) paragraph.outlineLevel = outLvl;
      const jc = props.jc ?? chain((x) => x.jc);
      if (jc !== undefined && JC[jc]) paragraph.alignment = JC[jc];
      const ilfo = props.ilfo ?? chain((x) => x.ilfo);
      if (ilfo && ilfo > 0 && ilfo <= lfos.length) {
        const ilvl = Math.min(8, props.ilvl ?? chain((x) => x.ilvl) ?? 0);
        const lfo = lfos[ilfo - 1];
        const list = lists.find((l) => l.lsid === lfo.lsid);
        const label = list && nextLabel(list, lfo, ilfo, ilvl, counters);
        if (label !== undefined) {
          paragraph.numbering = label;
          paragraph.numberingLevel = ilvl;
        }
      }
      out.push(paragraph);
      text = '';
    }
  }
  return out;
}
