// 字数 of the document and of the section at the cursor, and what happened to the file last.

import type { ReactNode } from 'react';
import { STRINGS } from '../strings';

export function StatusBar({
  total,
  section,
  message,
  extra,
}: {
  total: number;
  section: number | null;
  message: string;
  /** e.g. 还有 N 处去年的数据待更新 */
  extra?: ReactNode;
}) {
  return (
    <footer className="status-bar" role="status">
      <span className="status-words">{STRINGS.editor.words(total, section)}</span>
      {extra}
      <span className="status-message">{message}</span>
    </footer>
  );
}
