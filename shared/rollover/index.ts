// Roll-forward of last year's report (issue 5): the pure part, shared by the import service, the
// CLI and the editor.
//
// - rollForward(draft, { year?, date? }) → this year's starting draft. Years of the reporting
//   period move (marks of kind `year`, `unsure` where the rule cannot tell); dated events of last
//   year stay and get a `date` mark; every figure carried over gets a `figure` mark (adjacent
//   figures such as 12户29人 are one mark). Marks sit on block.marks, lead.marks and
//   meta.titleMarks; meta.rolledFrom keeps what was overwritten without a mark (year, dates).
// - undoMark / confirmMark (仍然有效) take (draft, blockIndex, where, markIndex); where is 'text',
//   'lead' or 'title' (blockIndex is then ignored). undoAllMarks gives last year's draft back.
// - shiftMarksOnEdit keeps a text's marks in step with an edit; an edit inside a mark ends it.
// - countOpenMarks is the number behind 还有 N 处去年的数据待更新.
// - matchSections pairs this year's level-1 sections with last year's (往年参照).

export { rollForward, reportYear } from './roll-forward';
export { rollText, type RollYears, type RolledText } from './roll-text';
export { undoMark, undoAllMarks } from './undo-marks';
export { confirmMark } from './confirm-mark';
export { shiftMarksOnEdit } from './shift-marks';
export { countOpenMarks } from './count-marks';
export {
  matchSections,
  sectionKinds,
  type SectionMatch,
  type SectionRange,
} from './match-sections';
export type { MarkWhere } from './mark-target';
