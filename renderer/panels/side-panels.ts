// The right-hand panel area of the editor. Each panel registers here with one entry; the editor
// shows them as tabs in this order. Panels render inside the Lexical composer, so they can use
// useLexicalComposerContext() and dispatch the commands of editor/commands.ts.

import type { ComponentType } from 'react';
import { CheckUnderlinePlugin } from '../editor/plugins/check-underline-plugin';
import { MarkPlugin } from '../editor/plugins/mark-plugin';
import { SnippetPalettePlugin } from '../editor/plugins/snippet-palette-plugin';
import { ROLL_STRINGS } from '../rollover-strings';
import { ReferencePanel } from './reference-panel';
import { CHECK_STRINGS } from '../editor/check-strings';
import { SNIPPET_STRINGS } from '../snippet-strings';
import { ChecksPanel } from './checks-panel';
import { SnippetsPanel } from './snippets-panel';

export interface SidePanel {
  id: string;
  /** tab label, from strings.ts */
  title: string;
  component: ComponentType;
}

export const SIDE_PANELS: SidePanel[] = [
  { id: 'snippets', title: SNIPPET_STRINGS.panelTitle, component: SnippetsPanel },
  { id: 'reference', title: ROLL_STRINGS.reference.title, component: ReferencePanel },
  { id: 'checks', title: CHECK_STRINGS.panelTitle, component: ChecksPanel },
];

/**
 * Plugins from outside the editor core (the phrase palette, later the check underlines) that
 * render inside the composer next to the core plugins.
 */
export const EXTRA_EDITOR_PLUGINS: ComponentType[] = [
  MarkPlugin,
  SnippetPalettePlugin,
  CheckUnderlinePlugin,
];
