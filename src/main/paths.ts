/**
 * Where the app's data lives, packaged or not: one module so nothing else guesses paths.
 * Packaged (electron-builder extraResources) the assets sit in `process.resourcesPath/assets`;
 * from the repository they sit in `<repo>/assets`. UKETOME_ASSETS overrides both (tests, tools).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findUp(start: string, name: string): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, name);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function assetsDir(): string {
  if (process.env.UKETOME_ASSETS) return path.resolve(process.env.UKETOME_ASSETS);
  // Electron sets resourcesPath; it is absent under plain Node. The cast names the Electron-only field.
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resources && fs.existsSync(path.join(resources, 'assets'))) return path.join(resources, 'assets');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const found = findUp(here, 'assets');
  if (!found) throw new Error(`Uketome's assets folder was not found above ${here}`);
  return found;
}

export function assetPath(...parts: string[]): string {
  return path.join(assetsDir(), ...parts);
}

/** The folder holding kuromoji's dictionary: packaged beside the assets, otherwise the npm package's. */
export function kuromojiDicDir(): string | undefined {
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resources && fs.existsSync(path.join(resources, 'dict'))) return path.join(resources, 'dict');
  return undefined;
}

/** The built renderer (electron-vite's output), served by browser mode and loaded by the window. */
export function rendererDir(): string {
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const candidates = [
    ...(resources ? [path.join(resources, 'app.asar', 'out', 'renderer'), path.join(resources, 'app', 'out', 'renderer')] : []),
    path.join(path.dirname(assetsDir()), 'out', 'renderer'),
  ];
  return candidates.find((c) => fs.existsSync(path.join(c, 'index.html'))) ?? candidates[candidates.length - 1]!;
}

/** Where browser mode keeps the agent's settings and logs (the app uses Electron's userData instead). */
export function userDataDir(): string {
  if (process.env.UKETOME_DATA_DIR) return path.resolve(process.env.UKETOME_DATA_DIR);
  const home = process.env.HOME ?? process.env.USERPROFILE ?? '.';
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Uketome');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Uketome');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'uketome');
}
