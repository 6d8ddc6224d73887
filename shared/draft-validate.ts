// Checks that a value has the shape of a Draft (shared/model.ts) before anything trusts it: an
// opened .gwd, an autosave, a payload over IPC or HTTP. Returns the first problem as a short
// Chinese phrase (with the JSON path), or null when the value is a well-formed Draft.

import { DOC_TYPES, DRAFT_FORMAT_VERSION, PERIODS, SECTION_KINDS } from './model';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isLevel = (v: unknown) => v === 1 || v === 2 || v === 3 || v === 4;

function optStr(o: Obj, key: string, at: string): string | null {
  return o[key] === undefined || isStr(o[key]) ? null : `${at}.${key} 应为文字`;
}

function checkMarks(marks: unknown, at: string): string | null {
  if (marks === undefined) return null;
  if (!Array.isArray(marks)) return `${at}.marks 应为列表`;
  for (const [i, m] of marks.entries()) {
    const p = `${at}.marks[${i}]`;
    if (!isObj(m)) return `${p} 格式不对`;
    if (m.kind !== 'year' && m.kind !== 'date' && m.kind !== 'figure') return `${p}.kind 无效`;
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) return `${p} 的位置无效`;
    if ((m.start as number) < 0 || (m.end as number) < (m.start as number))
      return `${p} 的位置无效`;
    if (!isStr(m.was)) return `${p}.was 应为文字`;
    if (m.unsure !== undefined && typeof m.unsure !== 'boolean') return `${p}.unsure 无效`;
  }
  return null;
}

function checkBlock(b: unknown, at: string): string | null {
  if (!isObj(b)) return `${at} 格式不对`;
  const id = optStr(b, 'id', at);
  if (id) return id;
  if (b.type === 'heading') {
    if (!isLevel(b.level)) return `${at}.level 应为 1 到 4`;
    if (!isStr(b.text)) return `${at}.text 应为文字`;
    if (b.kinds !== undefined) {
      if (!Array.isArray(b.kinds)) return `${at}.kinds 应为列表`;
      const known: readonly unknown[] = SECTION_KINDS;
      if (b.kinds.some((k) => !known.includes(k))) return `${at}.kinds 含未知类别`;
    }
    return optStr(b, 'marker', at) ?? checkMarks(b.marks, at);
  }
  if (b.type === 'paragraph') {
    if (!isStr(b.text)) return `${at}.text 应为文字`;
    if (b.role !== undefined && b.role !== 'body' && b.role !== 'attachment')
      return `${at}.role 无效`;
    const guide = optStr(b, 'guide', at);
    if (guide) return guide;
    if (b.lead !== undefined) {
      const l = b.lead;
      const lp = `${at}.lead`;
      if (!isObj(l)) return `${lp} 格式不对`;
      if (!isLevel(l.level)) return `${lp}.level 应为 1 到 4`;
      if (!isStr(l.text)) return `${lp}.text 应为文字`;
      const bad = optStr(l, 'marker', lp) ?? optStr(l, 'punct', lp) ?? checkMarks(l.marks, lp);
      if (bad) return bad;
    }
    return checkMarks(b.marks, at);
  }
  if (b.type === 'table') {
    if (!Array.isArray(b.rows)) return `${at}.rows 应为列表`;
    for (const [r, row] of b.rows.entries()) {
      if (!Array.isArray(row) || row.some((c) => !isStr(c))) return `${at}.rows[${r}] 格式不对`;
    }
    return null;
  }
  return `${at}.type 未知`;
}

function checkMeta(m: unknown): string | null {
  if (!isObj(m)) return 'meta 缺失';
  for (const key of ['title', 'unit', 'date'] as const) {
    if (!isStr(m[key])) return `meta.${key} 应为文字`;
  }
  if (!(DOC_TYPES as readonly unknown[]).includes(m.docType)) return 'meta.docType 无效';
  if (m.year !== null && !Number.isInteger(m.year)) return 'meta.year 应为整数';
  if (m.period !== null && !(PERIODS as readonly unknown[]).includes(m.period))
    return 'meta.period 无效';
  for (const key of ['template', 'issuer', 'recipient', 'author']) {
    const bad = optStr(m, key, 'meta');
    if (bad) return bad;
  }
  const titleMarks = checkMarks(m.titleMarks, 'meta.title');
  if (titleMarks) return titleMarks;
  const r = m.rolledFrom;
  if (r !== undefined) {
    if (!isObj(r) || (r.year !== null && !Number.isInteger(r.year)) || !isStr(r.date))
      return 'meta.rolledFrom 格式不对';
    const bad = optStr(r, 'signatureDate', 'meta.rolledFrom');
    if (bad) return bad;
  }
  return null;
}

export function draftProblem(value: unknown): string | null {
  if (!isObj(value)) return '不是文稿对象';
  if (value.version !== DRAFT_FORMAT_VERSION) return `version 应为 ${DRAFT_FORMAT_VERSION}`;
  const meta = checkMeta(value.meta);
  if (meta) return meta;
  if (!Array.isArray(value.blocks)) return 'blocks 应为列表';
  for (const [i, b] of value.blocks.entries()) {
    const bad = checkBlock(b, `blocks[${i}]`);
    if (bad) return bad;
  }
  const s = value.signature;
  if (s !== null && (!isObj(s) || !isStr(s.unit) || !isStr(s.date))) return 'signature 格式不对';
  if (value.ignored !== undefined) {
    if (!Array.isArray(value.ignored)) return 'ignored 应为列表';
    if (value.ignored.some((f) => !isObj(f) || !isStr(f.rule) || !isStr(f.text)))
      return 'ignored 格式不对';
  }
  if (value.lastYear !== undefined) {
    const last = value.lastYear;
    if (!isObj(last) || !Array.isArray(last.blocks)) return 'lastYear 格式不对';
    const lastMeta = checkMeta(last.meta);
    if (lastMeta) return `lastYear.${lastMeta}`;
    for (const [i, b] of last.blocks.entries()) {
      const bad = checkBlock(b, `lastYear.blocks[${i}]`);
      if (bad) return bad;
    }
    const ls = last.signature;
    if (ls !== null && (!isObj(ls) || !isStr(ls.unit) || !isStr(ls.date)))
      return 'lastYear.signature 格式不对';
  }
  return null;
}
