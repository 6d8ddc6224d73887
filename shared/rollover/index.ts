// Roll-forward of last year's report (issue 5): the pure part, shared by the CLI, the services
// and the editor.

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
