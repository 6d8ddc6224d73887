// Where settings and user phrases live. The desktop app backs this with electron-store; browser
// mode, the CLI and tests back it with `conf` in a folder of their choosing (conf-settings-store.ts).

export interface SettingsStore {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** In memory, for tests that don't care about persistence. */
export class MemorySettingsStore implements SettingsStore {
  private readonly values = new Map<string, unknown>();

  get<T>(key: string): T | undefined {
    return structuredClone(this.values.get(key)) as T | undefined;
  }

  set(key: string, value: unknown): void {
    this.values.set(key, structuredClone(value));
  }

  delete(key: string): void {
    this.values.delete(key);
  }
}
