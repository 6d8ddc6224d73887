// The draft: one model that importers produce, the editor edits, checks read and the exporter
// writes. Serialised as versioned JSON (`.gwd`); see docs/draft-format.md.

export const DRAFT_FORMAT_VERSION = 1;

export const DOC_TYPES = ['summary', 'plan', 'debrief', 'report', 'notice', 'other'] as const;
/** summary 总结, plan 计划/要点, debrief 述职报告, report 情况报告, notice 通知 */
export type DocType = (typeof DOC_TYPES)[number];

export const PERIODS = [
  '上半年',
  '下半年',
  '全年',
  '第一季度',
  '第二季度',
  '第三季度',
  '第四季度',
] as const;
export type Period = (typeof PERIODS)[number] | null;

export const SECTION_KINDS = [
  'overview', // 基本情况, 总体情况
  'work', // 工作开展情况, 主要做法, 措施
  'results', // 成效, 成绩, 亮点
  'experience', // 经验, 体会
  'problems', // 存在问题, 不足, 短板
  'plans', // 下一步, 打算, 计划, 方向, 思路
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export type HeadingLevel = 1 | 2 | 3 | 4;

/** What a mark says about a range of text carried over from last year's report. */
export type MarkKind = 'year' | 'date' | 'figure';

/**
 * A range the user must look at. start/end are UTF-16 code units into the text the mark belongs
 * to (a block's text, or its lead's text). `was` is the text before rolling forward, so undoing
 * the mark gives last year's text back.
 */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  was: string;
  /** true where the rule could not tell whether the year should move; the user decides. */
  unsure?: boolean;
}

export interface DraftMeta {
  title: string;
  docType: DocType;
  unit: string;
  year: number | null;
  period: Period;
  /** 成文日期 as written, e.g. `2024年6月28日`; empty while the user has not set it. */
  date: string;
  /** id of the template the draft was started from */
  template?: string;
  /** a line above the title naming the issuer, as some compilations print it */
  issuer?: string;
  /** 主送 or salutation line, e.g. `县委、县政府：` */
  recipient?: string;
  /** 述职报告 sign with a person's name */
  author?: string;
  /** marks in `title` (years shifted by rolling forward), positions as in Mark */
  titleMarks?: Mark[];
  /** what rolling forward replaced outside the text, so undoing every mark restores it */
  rolledFrom?: RolledFrom;
}

/** The values a roll-forward overwrote that carry no mark of their own. */
export interface RolledFrom {
  year: number | null;
  /** meta.date before rolling */
  date: string;
  /** signature.date before rolling, when there was a signature */
  signatureDate?: string;
}

/** A run-in heading (段首标题): `（一）优抚工作。` opening a paragraph of body text. */
export interface Lead {
  level: HeadingLevel;
  /** heading text without number marker and without its closing punctuation */
  text: string;
  /** the marker as written in an imported file (`（一）`, `1、`), kept so checks can compare */
  marker?: string;
  /** closing punctuation of the lead when it is not `。` (imported `：`, say) */
  punct?: string;
  marks?: Mark[];
}

export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  /** heading text without number marker */
  text: string;
  /** what the section is, for level-1 headings */
  kinds?: SectionKind[];
  marker?: string;
  marks?: Mark[];
  id?: string;
}

export type ParagraphRole = 'body' | 'attachment';

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  lead?: Lead;
  role?: ParagraphRole;
  marks?: Mark[];
  id?: string;
  /** a template's writing guide, shown as placeholder text while the paragraph is empty; never exported */
  guide?: string;
}

export interface TableBlock {
  type: 'table';
  rows: string[][];
  id?: string;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock;

export interface Signature {
  /** 发文机关署名, or the person's name for 述职报告 */
  unit: string;
  /** 成文日期 as written */
  date: string;
}

/** A check finding the user chose to ignore; matched by rule and the flagged text. */
export interface IgnoredFinding {
  rule: string;
  text: string;
}

/** Last year's report a draft was rolled forward from, as imported (往年参照). */
export interface LastYearDraft {
  meta: DraftMeta;
  blocks: Block[];
  signature: Signature | null;
}

export interface Draft {
  version: typeof DRAFT_FORMAT_VERSION;
  meta: DraftMeta;
  blocks: Block[];
  signature: Signature | null;
  ignored?: IgnoredFinding[];
  /** set when the draft was rolled forward from last year's report; kept for 往年参照 */
  lastYear?: LastYearDraft;
}

export function emptyDraft(meta: Partial<DraftMeta> = {}): Draft {
  return {
    version: DRAFT_FORMAT_VERSION,
    meta: {
      title: '',
      docType: 'summary',
      unit: '',
      year: null,
      period: null,
      date: '',
      ...meta,
    },
    blocks: [],
    signature: null,
  };
}

export function isHeading(block: Block): block is HeadingBlock {
  return block.type === 'heading';
}

export function isParagraph(block: Block): block is ParagraphBlock {
  return block.type === 'paragraph';
}
