// The folder Electron's app.getPath('userData') gives for our productName, so browser mode and
// the desktop app share drafts, autosaves and settings on the same PC.

import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = '公文起草助手';

export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  }
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), PRODUCT_NAME);
}
