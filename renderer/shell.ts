// The desktop shell's native menu and save dialog (shared/menu.ts), present only in Electron.

import { useEffect, useRef } from 'react';
import type { DesktopShell, MenuMessage } from '../shared/menu';

declare global {
  interface Window {
    drafterShell?: DesktopShell;
  }
}

export function desktopShell(): DesktopShell | undefined {
  return typeof window === 'undefined' ? undefined : window.drafterShell;
}

/** Calls `listener` for each native menu command while the component is mounted. */
export function useMenu(listener: (message: MenuMessage) => void): void {
  const current = useRef(listener);
  current.current = listener;
  useEffect(() => desktopShell()?.onMenu((message) => current.current(message)), []);
}
