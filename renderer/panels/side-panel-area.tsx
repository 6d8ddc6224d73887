// The right-hand panel area: 常用语, 往年参照 and 检查, as they are registered in side-panels.ts.

import { useState } from 'react';
import { STRINGS } from '../strings';
import { SIDE_PANELS } from './side-panels';

export function SidePanelArea() {
  const [active, setActive] = useState(SIDE_PANELS[0]?.id ?? '');
  const panel = SIDE_PANELS.find((p) => p.id === active) ?? SIDE_PANELS[0];
  return (
    <aside className="side-panels" aria-label={STRINGS.editor.panels}>
      {SIDE_PANELS.length > 1 && (
        <div className="side-tabs" role="tablist">
          {SIDE_PANELS.map((p) => (
            <button
              key={p.id}
              type="button"
              role="tab"
              aria-selected={p.id === panel?.id}
              onClick={() => setActive(p.id)}
            >
              {p.title}
            </button>
          ))}
        </div>
      )}
      {panel ? <panel.component /> : <p className="side-empty">{STRINGS.editor.noPanels}</p>}
    </aside>
  );
}
