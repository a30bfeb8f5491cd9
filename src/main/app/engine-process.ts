/**
 * The engine's own process (Electron utilityProcess): the dictionary loads and every analysis runs here,
 * so the window stays responsive. It serves the one handler table to the main process over parentPort.
 */
import { lockDataDir, lockMessage } from '../host/data-lock';
import { createHandlers, invoke } from '../host/handlers';
import { createServices } from '../host/services';

interface Request {
  id: number;
  op: string;
  input: unknown;
}

// parentPort exists only inside an Electron utility process; the cast names that Electron-only field.
const port = (process as NodeJS.Process & { parentPort?: { on(e: 'message', f: (m: { data: unknown }) => void): void; postMessage(m: unknown): void } }).parentPort;
if (!port) throw new Error('engine-process must run as an Electron utility process');

const dataDir = process.env.UKETOME_DATA_DIR;
// Browser mode may hold this folder; the window still works, and says so until that one is closed.
const owner = dataDir ? lockDataDir(dataDir, 'app') : undefined;
const services = createServices({ dataDir, cacheDir: process.env.UKETOME_CACHE_DIR });
if (owner && dataDir) services.warnings.push(lockMessage(dataDir, owner));
const { engine } = services;
const handlers = createHandlers(services);

services.log();
void services.phrases().then(() => {
  for (const w of services.warnings) port.postMessage({ notice: w });
});
engine.ready().then(
  () => port.postMessage({ status: engine.status() }),
  () => port.postMessage({ status: engine.status() }),
);

port.on('message', ({ data }) => {
  const req = data as Request;
  void invoke(handlers, req.op, req.input).then((result) => port.postMessage({ id: req.id, result }));
});
