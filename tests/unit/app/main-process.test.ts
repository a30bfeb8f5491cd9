/**
 * The Electron main process, booted against a fake `electron` (the runtime cannot run here): it must lock
 * the window down, register one IPC handler per operation that validates input and checks the sender,
 * forward to the engine process, apply settings to the window, and report a refused global shortcut.
 * The fake utility process runs the real handler table in-process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OP_NAMES } from '../../../src/shared/api';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-main-'));
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const sent: [string, unknown][] = [];
  const windows: { options: Record<string, unknown>; alwaysOnTop: boolean[]; loaded: string[] }[] = [];
  const registered: string[] = [];
  return { handlers, sent, windows, registered, refuseShortcut: true, webContents: undefined as unknown };
});

vi.mock('electron-store', () => ({
  default: class {
    private data = new Map<string, unknown>();
    get(k: string) {
      return this.data.get(k);
    }
    set(k: string, v: unknown) {
      this.data.set(k, v);
    }
  },
}));

vi.mock('electron', async () => {
  const { createHandlers, invoke } = await import('../../../src/main/host/handlers');
  const { createServices } = await import('../../../src/main/host/services');
  const webContents = {
    send: (channel: string, value: unknown) => fake.sent.push([channel, value]),
    setWindowOpenHandler: vi.fn(),
    on: vi.fn(),
  };
  fake.webContents = webContents;
  class BrowserWindow {
    webContents = webContents;
    record: (typeof fake.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options, alwaysOnTop: [], loaded: [] };
      fake.windows.push(this.record);
    }
    once() {}
    on() {}
    show() {}
    setAlwaysOnTop(v: boolean) {
      this.record.alwaysOnTop.push(v);
    }
    async loadFile(f: string) {
      this.record.loaded.push(f);
    }
    async loadURL(u: string) {
      this.record.loaded.push(u);
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      on: vi.fn(),
      whenReady: () => Promise.resolve(),
      getPath: () => process.env.UKETOME_TEST_DATA!,
      quit: vi.fn(),
    },
    BrowserWindow,
    globalShortcut: {
      register: (accel: string) => {
        if (fake.refuseShortcut) return false;
        fake.registered.push(accel);
        return true;
      },
      unregister: vi.fn(),
      unregisterAll: vi.fn(),
    },
    ipcMain: { handle: (channel: string, fn: (e: unknown, i: unknown) => Promise<unknown>) => fake.handlers.set(channel, fn) },
    Menu: { buildFromTemplate: (t: unknown) => t },
    nativeImage: { createFromPath: (p: string) => p },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1440, height: 900 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1440, height: 900 } }),
    },
    session: { defaultSession: { webRequest: { onHeadersReceived: vi.fn() }, setPermissionRequestHandler: vi.fn() } },
    shell: { openExternal: vi.fn() },
    Tray: class {
      setToolTip() {}
      on() {}
      setContextMenu() {}
    },
    utilityProcess: {
      fork: () => {
        const services = createServices({ dataDir: process.env.UKETOME_TEST_DATA });
        const table = createHandlers(services);
        const listeners: ((m: unknown) => void)[] = [];
        return {
          on: (event: string, fn: (m: unknown) => void) => event === 'message' && listeners.push(fn),
          postMessage: ({ id, op, input }: { id: number; op: string; input: unknown }) =>
            void invoke(table, op, input).then((result) => listeners.forEach((l) => l({ id, result }))),
          kill: vi.fn(),
        };
      },
    },
  };
});

let trusted: { sender: unknown; senderFrame: { url: string } };

beforeAll(async () => {
  process.env.UKETOME_TEST_DATA = dataDir;
  await import('../../../src/main/app/index');
  // start() runs after whenReady; wait until the window exists and its page is loaded.
  await vi.waitFor(() => expect(fake.windows[0]?.loaded.length).toBe(1), { timeout: 20_000 });
  const { pathToFileURL } = await import('node:url');
  const { rendererDir } = await import('../../../src/main/paths');
  trusted = { sender: fake.webContents, senderFrame: { url: `${pathToFileURL(rendererDir()).href}/index.html` } };
}, 60_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('main process (fake electron)', () => {
  it('creates one locked-down window, always on top by default', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(fake.windows[0]!.options.alwaysOnTop).toBe(true);
  });

  it('registers one IPC handler per operation of the contract', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(OP_NAMES.map((op) => `uketome:${op}`).sort());
  });

  it('refuses a sender that is not its own window', async () => {
    const r = await fake.handlers.get('uketome:status')!({ sender: {}, senderFrame: { url: 'https://evil.example/' } }, {});
    expect(r).toMatchObject({ ok: false, error: { message: 'untrusted sender' } });
  });

  it('validates input in main and answers trusted calls through the engine process', async () => {
    const bad = await fake.handlers.get('uketome:analyze')!(trusted, { text: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const ok = (await fake.handlers.get('uketome:analyze')!(trusted, { text: '上司を出せ！' })) as { ok: boolean; value: { anger: { level: number } } };
    expect(ok.ok).toBe(true);
    expect(ok.value.anger.level).toBe(4);
  });

  it('applies the always-on-top setting to the window when it changes', async () => {
    const r = await fake.handlers.get('uketome:updateSettings')!(trusted, { patch: { alwaysOnTop: false } });
    expect(r).toMatchObject({ ok: true, value: { alwaysOnTop: false } });
    expect(fake.windows[0]!.alwaysOnTop.at(-1)).toBe(false);
  });

  it('tells the renderer when the OS refuses the global shortcut', () => {
    expect(fake.sent.some(([channel, value]) => channel === 'uketome:notice' && String(value).startsWith('shortcut-refused:'))).toBe(true);
  });
});

