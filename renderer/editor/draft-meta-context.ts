// The current draft's metadata (单位, 年度, 期间, 成文日期 …), for panels and plugins that fill
// placeholders such as {单位} {年度} {期间} {日期}.

import { createContext, useContext } from 'react';
import type { DraftMeta } from '../../shared/model';
import { emptyDraft } from '../../shared/model';

export const DraftMetaContext = createContext<DraftMeta>(emptyDraft().meta);

export function useDraftMeta(): DraftMeta {
  return useContext(DraftMetaContext);
}
