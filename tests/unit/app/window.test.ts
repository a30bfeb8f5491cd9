import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, windowOptions } from '../../../src/main/app/window-options';
import { fitToDisplays } from '../../../src/main/app/window-state';

describe('window options', () => {
  it('lock the renderer down per Electron’s security checklist', () => {
    const o = windowOptions('/p/preload.cjs', { width: 420, height: 760 }, true);
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/p/preload.cjs',
    });
    expect(o.show).toBe(false);
    expect(o.alwaysOnTop).toBe(true);
    expect(o.minWidth).toBe(MIN_SIZE.width);
    expect(windowOptions('/p', { width: 420, height: 760 }, false).alwaysOnTop).toBe(false);
  });
});

describe('remembered bounds', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 };
  const monitor = { x: 1440, y: 0, width: 1920, height: 1080 };

  it('default to the compact size on first start', () => {
    expect(fitToDisplays(undefined, [laptop])).toEqual(DEFAULT_SIZE);
  });
  it('are kept when they are on a display', () => {
    expect(fitToDisplays({ x: 2900, y: 100, width: 420, height: 760 }, [laptop, monitor])).toEqual({ x: 2900, y: 100, width: 420, height: 760 });
  });
  it('come back inside the visible screen when the monitor they were on is gone', () => {
    const b = fitToDisplays({ x: 2900, y: 100, width: 420, height: 760 }, [laptop]);
    expect(b.x! + b.width).toBeLessThanOrEqual(laptop.width);
    expect(b.x!).toBeGreaterThanOrEqual(0);
    expect(b.y!).toBeGreaterThanOrEqual(0);
  });
  it('never go below the minimum size or above the display', () => {
    expect(fitToDisplays({ width: 10, height: 10 }, [laptop])).toEqual(MIN_SIZE);
    const tiny = { x: 0, y: 0, width: 800, height: 600 };
    const b = fitToDisplays({ x: 5000, y: 5000, width: 420, height: 2000 }, [tiny]);
    expect(b.height).toBe(600);
  });
});
