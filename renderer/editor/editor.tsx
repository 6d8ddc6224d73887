// The page: title, 主送, the editable body (a Lexical rich-text editor with our nodes and one
// plugin per concern) and the signature, at print proportions (styles/page.css).

import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import type { ReactNode } from 'react';
import type { Block } from '../../shared/model';
import { EXTRA_EDITOR_PLUGINS } from '../panels/side-panels';
import { STRINGS } from '../strings';
import { $setBlocks } from './convert';
import { EDITOR_NODES } from './nodes';
import { BlockLevelPlugin } from './plugins/block-level-plugin';
import { GuidePlugin } from './plugins/guide-plugin';
import { InsertTextPlugin } from './plugins/insert-text-plugin';
import { LeadPlugin } from './plugins/lead-plugin';
import { NumberingPlugin } from './plugins/numbering-plugin';
import { SectionsPlugin } from './plugins/sections-plugin';
import { ShortcutsPlugin } from './plugins/shortcuts-plugin';

export function editorConfig(blocks: readonly Block[]): InitialConfigType {
  return {
    namespace: 'gongwen',
    nodes: EDITOR_NODES,
    theme: { paragraph: 'gw-p', text: { bold: 'gw-bold' } },
    onError: (error: Error) => {
      console.error(error);
    },
    editorState: (_editor: LexicalEditor) => $setBlocks(blocks),
  };
}

/** The composer with the core plugins; `children` render inside it (panels, bars). */
export function DraftComposer({
  blocks,
  children,
}: {
  blocks: readonly Block[];
  children: ReactNode;
}) {
  return (
    <LexicalComposer initialConfig={editorConfig(blocks)}>
      <HistoryPlugin />
      <NumberingPlugin />
      <GuidePlugin />
      <ShortcutsPlugin />
      <BlockLevelPlugin />
      <LeadPlugin />
      <InsertTextPlugin />
      <SectionsPlugin />
      {EXTRA_EDITOR_PLUGINS.map((Plugin, i) => (
        <Plugin key={i} />
      ))}
      {children}
    </LexicalComposer>
  );
}

/** The editable body of the page. */
export function DraftBody() {
  return (
    <RichTextPlugin
      contentEditable={
        <ContentEditable
          className="page-body"
          aria-label={STRINGS.editor.body}
          aria-multiline
          role="textbox"
          spellCheck={false}
        />
      }
      ErrorBoundary={LexicalErrorBoundary}
    />
  );
}
