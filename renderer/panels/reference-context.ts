// Last year's report the open draft was rolled forward from (Draft.lastYear), for 往年参照.

import { createContext } from 'react';
import type { LastYearDraft } from '../../shared/model';

export const LastYearContext = createContext<LastYearDraft | null>(null);
