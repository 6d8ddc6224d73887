// 字数 of the document and of the section at the cursor, and what happened to the file last.

import { STRINGS } from '../strings';

export function StatusBar({
  total,
  section,
  message,
}: {
  total: number;
  section: number | null;
  message: string;
}) {
  return (
    <footer className="status-bar" role="status">
      <span className="status-words">{STRINGS.editor.words(total, section)}</span>
      <span className="status-message">{message}</span>
    </footer>
  );
}
