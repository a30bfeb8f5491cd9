/**
 * `npm start`: builds and opens the Electron app. Electron fetches its runtime on first start; where that is
 * impossible (an offline machine), this says so in one sentence and starts browser mode instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const bin = (name: string) => path.join(import.meta.dirname, '..', 'node_modules', '.bin', name);

function electronInstalled(): boolean {
  const pathFile = path.join(electronDir, 'path.txt');
  return fs.existsSync(pathFile) && fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8')));
}

function run(cmd: string, args: string[]): void {
  const child = spawn(cmd, args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (!electronInstalled()) {
  process.stdout.write('Fetching the Electron runtime (first start only)…\n');
  const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'pipe', timeout: 180_000 });
  if (r.status !== 0 || !electronInstalled()) {
    process.stdout.write('The Electron runtime is not installed and cannot be downloaded here, so Uketome opens in your browser instead (browser mode).\n');
    run('npm', ['run', '--silent', 'web', '--', ...process.argv.slice(2)]);
  } else {
    run(bin('electron-vite'), ['preview']);
  }
} else {
  run(bin('electron-vite'), ['preview']);
}
