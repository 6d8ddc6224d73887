// SettingsStore backed by `conf` in a folder we choose: browser mode, the CLI and tests. The
// desktop app uses electron-store (same file format) through main/app.ts.

import Conf from 'conf';
import type { SettingsStore } from './settings-store';

export class ConfSettingsStore implements SettingsStore {
  private readonly conf: Conf<Record<string, unknown>>;

  /** `dir` holds settings.json; created when missing. */
  constructor(dir: string) {
    this.conf = new Conf<Record<string, unknown>>({
      cwd: dir,
      configName: 'settings',
      projectName: 'gongwen',
      // a settings file damaged by a crash or a hand edit starts over rather than blocking start-up
      clearInvalidConfig: true,
    });
  }

  get<T>(key: string): T | undefined {
    return this.conf.get(key) as T | undefined;
  }

  set(key: string, value: unknown): void {
    this.conf.set(key, value);
  }

  delete(key: string): void {
    this.conf.delete(key);
  }
}
