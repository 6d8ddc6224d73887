// 检查: the draft's findings grouped by severity and, within that, by rule. A click on a finding
// selects its text in the page; 修复 applies a certain fix through the editor (Ctrl+Z takes it
// back); 全部修复 does so for every finding of one rule at once; 忽略 is saved with the draft.

import { RULES, type Finding, type Severity } from '../../shared/checks';
import { useCheckState, useCheckStore } from '../editor/check-host';
import type { CheckStore } from '../editor/check-store';
import { CHECK_STRINGS as S } from '../editor/check-strings';
import './checks-panel.css';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'hint'];
const RULE_NAMES = new Map(RULES.map((r) => [r.id, r.name]));

function byRule(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list) list.push(f);
    else groups.set(f.rule, [f]);
  }
  return [...groups];
}

/** the title and the signature are outside the page body; say so, since the click cannot type there */
function place(f: Finding): string | null {
  return f.where === 'title' || f.where === 'signature' ? S.frame[f.where] : null;
}

function FindingItem({ finding, store }: { finding: Finding; store: CheckStore }) {
  const shown = finding.field === 'marker' ? `${S.marker} ${finding.text ?? ''}` : finding.text;
  return (
    <li className="gw-check-item" data-severity={finding.severity}>
      <button type="button" className="gw-check-jump" onClick={() => store.select(finding)}>
        <span className="gw-check-message">{finding.message}</span>
        {shown ? <q className="gw-check-text">{shown}</q> : null}
        {place(finding) && <span className="gw-check-place">{place(finding)}</span>}
      </button>
      <span className="gw-check-actions">
        {finding.fix !== undefined && (
          <button type="button" title={S.fixTo(finding.fix)} onClick={() => store.fix(finding)}>
            {S.fix}
          </button>
        )}
        <button type="button" onClick={() => store.ignore(finding)}>
          {S.ignore}
        </button>
      </span>
    </li>
  );
}

function SeverityGroup({
  severity,
  findings,
  store,
}: {
  severity: Severity;
  findings: Finding[];
  store: CheckStore;
}) {
  const name = S.severity[severity];
  return (
    <section
      className={`gw-check-group gw-check-${severity}`}
      aria-label={S.group(name, findings.length)}
    >
      <h3 className="gw-check-group-title">
        {name}
        <span className="gw-check-count">{findings.length}</span>
      </h3>
      {byRule(findings).map(([rule, list]) => {
        const fixable = list.filter((f) => f.fix !== undefined).length;
        return (
          <div key={rule} className="gw-check-rule" data-rule={rule}>
            <div className="gw-check-rule-head">
              <span>
                {RULE_NAMES.get(rule) ?? rule}（{list.length}）
              </span>
              {fixable > 1 && (
                <button type="button" onClick={() => store.fixAll(rule)}>
                  {S.fixAll(fixable)}
                </button>
              )}
            </div>
            <ul className="gw-check-list">
              {list.map((f) => (
                <FindingItem
                  key={`${f.where ?? 'text'}:${f.block}:${f.field ?? ''}:${f.start}:${f.end}:${f.rule}`}
                  finding={f}
                  store={store}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

export function ChecksPanel() {
  const store = useCheckStore();
  const { findings, ignored, ready } = useCheckState();
  return (
    <section className="gw-checks" aria-label={S.panelTitle}>
      <p className="gw-checks-summary" role="status">
        {ready ? S.summary(findings.length) : S.checking}
      </p>
      {SEVERITIES.map((severity) => {
        const list = findings.filter((f) => f.severity === severity);
        return list.length ? (
          <SeverityGroup key={severity} severity={severity} findings={list} store={store} />
        ) : null;
      })}
      {ignored.length > 0 && (
        <details className="gw-check-ignored">
          <summary>{S.ignoredTitle(ignored.length)}</summary>
          <ul className="gw-check-list">
            {ignored.map((item) => (
              <li key={`${item.rule}\u0000${item.text}`} className="gw-check-item">
                <span className="gw-check-message">
                  {RULE_NAMES.get(item.rule) ?? item.rule}
                  <q className="gw-check-text">{item.text}</q>
                </span>
                <button type="button" onClick={() => store.unignore(item)}>
                  {S.unignore}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
