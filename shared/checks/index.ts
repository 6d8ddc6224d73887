// 检查: the checks reviewers would send back, for the 检查 panel, the CLI and export.
export type { Finding, FindingWhere, Severity, LocalFinding, TextContext, TextRule } from './types';
export { checkDraft, type CheckOptions } from './check-draft';
export { applyFix, applyAllFixes, ignoreFinding, unignoreFinding } from './fix';
export { createIncrementalChecker, type IncrementalChecker } from './incremental';
export { RULES, type RuleInfo } from './rules';
