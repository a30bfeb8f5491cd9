/**
 * Electron main process: one compact window beside the softphone, a tray, a global shortcut, and the
 * engine in a utility process. Every renderer request is validated against the contract here (invoke),
 * from a trusted sender only, then answered by the handler table in the engine process.
 */
import { app, BrowserWindow, globalShortcut, ipcMain, Menu, nativeImage, screen, session, shell, Tray, utilityProcess, type IpcMainInvokeEvent, type UtilityProcess } from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OP_NAMES, type OpName } from '../../shared/api';
import type { Settings } from '../../shared/schemas';
import { invoke, type Handlers, type Result } from '../host/handlers';
import { CSP } from '../host/http-server';
import { assetPath, rendererDir } from '../paths';
import { windowOptions } from './window-options';
import { fitToDisplays, type Rect } from './window-state';

interface WindowState {
  bounds?: Rect;
}

const here = import.meta.dirname;
let win: BrowserWindow | undefined;
let tray: Tray | undefined;
let engineProc: UtilityProcess | undefined;
let registeredShortcut: string | undefined;
const pending = new Map<number, (r: Result<unknown>) => void>();
let nextId = 1;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showAndFocusNote());
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    globalShortcut.unregisterAll();
    engineProc?.kill();
  });
}

function startEngine(): void {
  engineProc = utilityProcess.fork(path.join(here, 'engine-process.js'), [], {
    serviceName: 'Uketome engine',
    env: {
      ...process.env,
      UKETOME_DATA_DIR: app.getPath('userData'),
      UKETOME_CACHE_DIR: path.join(app.getPath('userData'), 'dictionary-cache'),
    },
  });
  engineProc.on('message', (msg: { id?: number; result?: Result<unknown>; status?: unknown; notice?: string }) => {
    if (msg.id !== undefined && msg.result) {
      pending.get(msg.id)?.(msg.result);
      pending.delete(msg.id);
    } else if (msg.status) {
      win?.webContents.send('uketome:engine-status', msg.status);
    } else if (msg.notice) {
      win?.webContents.send('uketome:notice', msg.notice);
    }
  });
  engineProc.on('exit', () => {
    for (const [, resolve] of pending) resolve({ ok: false, error: { code: 'internal', message: 'the engine process stopped' } });
    pending.clear();
  });
}

function remote(op: OpName, input: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!engineProc) return reject(new Error('engine process not running'));
    const id = nextId++;
    pending.set(id, (r) => (r.ok ? resolve(r.value) : reject(new Error(r.error.message))));
    engineProc.postMessage({ id, op, input });
  });
}

/** The handler table as seen from main: each operation is answered by the engine process. */
const forwarding = Object.fromEntries(OP_NAMES.map((op) => [op, (input: unknown) => remote(op, input)])) as unknown as Handlers;

/** Only our own window, showing our own page, may call the API (GitHub Desktop's trusted-sender check). */
function trusted(event: IpcMainInvokeEvent): boolean {
  return !!win && event.sender === win.webContents && event.senderFrame?.url.startsWith(pageUrl()) === true;
}

function pageUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(rendererDir()).href;
}

function applySettings(s: Settings): void {
  win?.setAlwaysOnTop(s.alwaysOnTop);
  if (s.shortcut !== registeredShortcut) {
    if (registeredShortcut) globalShortcut.unregister(registeredShortcut);
    let ok: boolean;
    try {
      ok = globalShortcut.register(s.shortcut, showAndFocusNote);
    } catch {
      ok = false; // an accelerator Electron cannot parse
    }
    registeredShortcut = ok ? s.shortcut : undefined;
    if (!ok) win?.webContents.send('uketome:notice', `shortcut-refused:${s.shortcut}`);
  }
  updateTray(s);
}

function showAndFocusNote(): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  win.webContents.send('uketome:focus-note');
}

function updateTray(s: Settings): void {
  if (!tray) return;
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: s.language === 'ja' ? '表示' : 'Show', click: showAndFocusNote },
      { label: s.language === 'ja' ? '隠す' : 'Hide', click: () => win?.hide() },
      {
        label: s.language === 'ja' ? '常に手前に表示' : 'Always on top',
        type: 'checkbox',
        checked: s.alwaysOnTop,
        click: (item) => void invoke(forwarding, 'updateSettings', { patch: { alwaysOnTop: item.checked } }).then((r) => r.ok && applySettings(r.value as Settings)),
      },
      { type: 'separator' },
      { label: s.language === 'ja' ? '終了' : 'Quit', click: () => app.quit() },
    ]),
  );
}

async function start(): Promise<void> {
  startEngine();
  const store = new Store<WindowState>({ name: 'window-state' });

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));

  for (const op of OP_NAMES) {
    ipcMain.handle(`uketome:${op}`, async (event, input: unknown) => {
      if (!trusted(event)) return { ok: false, error: { code: 'invalid_input', message: 'untrusted sender' } };
      const result = await invoke(forwarding, op, input);
      if (result.ok && op === 'updateSettings') applySettings(result.value as Settings);
      return result;
    });
  }

  const settingsResult = await invoke(forwarding, 'getSettings', {});
  const settings = settingsResult.ok ? (settingsResult.value as Settings) : undefined;
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const primary = screen.getPrimaryDisplay().workArea;
  const bounds = fitToDisplays(store.get('bounds'), [primary, ...workAreas.filter((a) => a !== primary)]);

  win = new BrowserWindow(windowOptions(path.join(here, '../preload/index.cjs'), bounds, settings?.alwaysOnTop ?? true));
  win.once('ready-to-show', () => win?.show());
  const saveBounds = () => win && !win.isMinimized() && store.set('bounds', win.getBounds());
  win.on('moved', saveBounds);
  win.on('resized', saveBounds);
  win.on('close', saveBounds);
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());

  tray = new Tray(nativeImage.createFromPath(assetPath('icons', 'tray.png')));
  tray.setToolTip('Uketome');
  tray.on('click', showAndFocusNote);
  if (settings) applySettings(settings);

  if (process.env.ELECTRON_RENDERER_URL) await win.loadURL(process.env.ELECTRON_RENDERER_URL);
  else await win.loadFile(path.join(rendererDir(), 'index.html'));
}
