// 检查: the checks reviewers would send back, for the 检查 panel, the CLI and export.
//
// For the panel (issue 6):
// - `createIncrementalChecker().update(draft)` on every change: only blocks whose text (or marks)
//   changed are re-checked, so it can run as the user types. It returns the same findings as
//   `checkDraft(draft)`, sorted in reading order (title first, signature last).
// - A finding points into one text: `where` says which (a block's `text`, its run-in `lead`, a
//   `heading`, the `title` or the `signature` unit) and `block` which block (-1 for title and
//   signature); `start`/`end` are UTF-16 offsets into that text, for underlines and jumping.
//   `field: 'marker'` findings are about the number written before a heading (no range).
// - `fix` is there only when the correction is certain: `applyFix(draft, finding)` applies one,
//   `applyAllFixes(draft, findings)` all of one rule (filter by `rule` first). Both leave a stale
//   finding (its text changed since) alone.
// - `ignoreFinding(draft, finding)` records it in `draft.ignored` (rule + flagged text), which is
//   saved with the draft; later checks leave it out (`includeIgnored` shows them again).
// - `RULES` gives each rule id its family and Chinese name, for grouping.
export type { Finding, FindingWhere, Severity, LocalFinding, TextContext, TextRule } from './types';
export { checkDraft, type CheckOptions } from './check-draft';
export { applyFix, applyAllFixes, ignoreFinding, unignoreFinding } from './fix';
export { createIncrementalChecker, type IncrementalChecker } from './incremental';
export { RULES, type RuleInfo } from './rules';
