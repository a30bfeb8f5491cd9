/** The window's construction options: compact, always on top by default, and locked down per Electron's checklist. */
import type { BrowserWindowConstructorOptions } from 'electron';

export const DEFAULT_SIZE = { width: 420, height: 760 };
export const MIN_SIZE = { width: 340, height: 480 };

export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export function windowOptions(preload: string, bounds: Bounds, alwaysOnTop: boolean): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    alwaysOnTop,
    show: false,
    title: 'Uketome',
    backgroundColor: '#f6f4ef',
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  };
}
