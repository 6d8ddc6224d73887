// Asks for a file name the first time a draft is saved in browser mode (no native dialog there).

import { useState } from 'react';
import { STRINGS } from '../strings';

export function NameDialog({
  initial,
  onDone,
}: {
  initial: string;
  onDone: (name: string | null) => void;
}) {
  const [name, setName] = useState(initial);
  const s = STRINGS.editor;
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog"
        role="dialog"
        aria-label={s.saveName}
        onSubmit={(event) => {
          event.preventDefault();
          onDone(name.trim() || null);
        }}
      >
        <h2>{s.saveName}</h2>
        <label>
          {s.saveNameLabel}
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="submit">{s.ok}</button>
          <button type="button" onClick={() => onDone(null)}>
            {s.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
