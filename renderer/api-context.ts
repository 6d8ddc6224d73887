// The DrafterApi for components, so tests can hand in a fake one.

import { createContext, useContext } from 'react';
import type { DrafterApi } from '../shared/api';

export const ApiContext = createContext<DrafterApi | null>(null);

export function useApi(): DrafterApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiContext missing');
  return api;
}
