// getSettings / updateSettings and the recent-drafts list, over any SettingsStore. Export options
// default to the GB/T 9704 values (shared/layout/export-options.ts); what the user changed is
// stored, everything else follows the defaults of the running version.

import type { DrafterApi, ExportOptions, RecentDraft, Settings } from '../../../shared/api';
import { DrafterError } from '../../../shared/errors';
import {
  resolveExportOptions,
  type ExportOptionsInput,
} from '../../../shared/layout/export-options';
import type { SettingsStore } from './settings-store';

export const MAX_RECENT = 12;
const EXPORT_KEY = 'export';
const RECENT_KEY = 'recentDrafts';

function isRecent(value: unknown): value is RecentDraft {
  const r = value as RecentDraft;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.path === 'string' &&
    typeof r.title === 'string' &&
    typeof r.savedAt === 'string'
  );
}

export class SettingsService {
  constructor(private readonly store: SettingsStore) {}

  exportOptions(): ExportOptions {
    return resolveExportOptions(this.store.get<ExportOptionsInput>(EXPORT_KEY) ?? {});
  }

  recentDrafts(): RecentDraft[] {
    const stored = this.store.get<unknown>(RECENT_KEY);
    return Array.isArray(stored) ? stored.filter(isRecent) : [];
  }

  get(): Settings {
    return { export: this.exportOptions(), recentDrafts: this.recentDrafts() };
  }

  update(change: { export?: Partial<ExportOptions> }): Settings {
    if (change.export !== undefined) {
      if (typeof change.export !== 'object' || change.export === null) {
        throw new DrafterError('invalid-request', '导出设置格式不对');
      }
      const current = this.store.get<ExportOptionsInput>(EXPORT_KEY) ?? {};
      const merged = {
        ...current,
        ...change.export,
        fonts: { ...current.fonts, ...change.export.fonts },
      };
      this.store.set(EXPORT_KEY, resolveExportOptions(merged));
    }
    return this.get();
  }

  /** Moves `path` to the top of 最近的文稿. */
  addRecent(entry: RecentDraft): void {
    const rest = this.recentDrafts().filter((r) => r.path !== entry.path);
    this.store.set(RECENT_KEY, [entry, ...rest].slice(0, MAX_RECENT));
  }

  isRecent(path: string): boolean {
    return this.recentDrafts().some((r) => r.path === path);
  }

  api(): Pick<DrafterApi, 'getSettings' | 'updateSettings'> {
    return {
      getSettings: async () => this.get(),
      updateSettings: async (req) => this.update(req ?? {}),
    };
  }
}
