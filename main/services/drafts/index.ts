// The drafts and settings part of the DrafterApi, for the container.

import type { DrafterApi } from '../../../shared/api';
import type { ServiceDeps } from '../container';
import { SettingsService } from '../settings/settings-service';
import { DraftService, type DraftApi } from './draft-service';

export function createDraftsApi(
  deps: ServiceDeps,
): DraftApi & Pick<DrafterApi, 'getSettings' | 'updateSettings'> {
  const settings = new SettingsService(deps.settings);
  const drafts = new DraftService({
    dataDir: deps.dataDir,
    settings,
    now: deps.now,
    trustAllPaths: deps.trustAllPaths,
    grantedPaths: deps.grantedPaths,
  });
  return { ...drafts.api(), ...settings.api() };
}

export { readDraftFile, parseDraft, serializeDraft } from './draft-file';
