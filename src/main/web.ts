/**
 * Browser mode: `npm run web`. Serves the built renderer and the handler table on 127.0.0.1 with a
 * per-launch token, prints the URL and opens it. Options: --port N, --no-open.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { lockDataDir, lockMessage } from './host/data-lock';
import { createHandlers } from './host/handlers';
import { startServer } from './host/http-server';
import { createServices } from './host/services';
import { rendererDir, userDataDir } from './paths';

function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => process.stdout.write('(could not open a browser: open the URL above yourself)\n'));
  child.unref();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;
  const dir = rendererDir();
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    process.stderr.write(`The renderer is not built (${dir}). Run "npm run web", which builds it first.\n`);
    process.exitCode = 1;
    return;
  }
  const data = userDataDir();
  const owner = lockDataDir(data, 'browser mode');
  if (owner) {
    process.stderr.write(`${lockMessage(data, owner)}\n`);
    process.exitCode = 1;
    return;
  }
  const services = createServices({ dataDir: data });
  void services.engine.ready().catch((e: Error) => process.stderr.write(`engine failed to start: ${e.message}\n`));
  services.log();
  void services.phrases().then(() => services.warnings.forEach((w) => process.stderr.write(`${w}\n`)));
  const server = await startServer({ handlers: createHandlers(services), rendererDir: dir, port });
  process.stdout.write(`Uketome (browser mode) is running. Open:\n  ${server.openUrl}\nPress Ctrl+C to stop.\n`);
  if (!args.includes('--no-open') && !process.env.CI) openInBrowser(server.openUrl);
  // process.exit runs the 'exit' handlers, which release the data folder.
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
