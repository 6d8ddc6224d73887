// Builds the DrafterApi from the services, each given what it touches (Zettlr-style container).
// The three transports (ipc.ts, web.ts, cli) all take the object this returns.

import type { DrafterApi } from '../../shared/api';
import { createDraftsApi } from './drafts/index';
import { createExportApi } from './export/index';
import { createImportApi } from './import/index';
import { SettingsService } from './settings/settings-service';
import type { SettingsStore } from './settings/settings-store';
import { createSnippetsApi } from './snippets/snippets-service';
import { createTemplatesApi } from './templates/templates-service';

export interface ServiceDeps {
  /** the app's data folder: autosaves, versions, browser-mode documents */
  dataDir: string;
  settings: SettingsStore;
  /** the templates/ folder: template JSON files, and shipped phrase packs in its snippets/ */
  templatesDir: string;
  now: () => Date;
  /** the CLI may open and save any path the user names; browser mode and Electron may not */
  trustAllPaths?: boolean;
  /** files the user picked in a native dialog (Electron), which the API may then open or save */
  grantedPaths?: Set<string>;
}

export function createDrafter(deps: ServiceDeps): DrafterApi {
  return {
    ...createImportApi(),
    ...createExportApi({
      exportDefaults: () => new SettingsService(deps.settings).exportOptions(),
    }),
    ...createTemplatesApi(deps.templatesDir),
    ...createSnippetsApi(deps),
    ...createDraftsApi(deps),
  };
}
