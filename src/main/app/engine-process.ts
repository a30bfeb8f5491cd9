/**
 * The engine's own process (Electron utilityProcess): the dictionary loads and every analysis runs here,
 * so the window stays responsive. It serves the one handler table to the main process over parentPort.
 */
import { Engine } from '../engine/engine';
import { createHandlers, invoke } from '../host/handlers';
import { openSettingsStore } from '../host/settings-store';

interface Request {
  id: number;
  op: string;
  input: unknown;
}

// parentPort exists only inside an Electron utility process; the cast names that Electron-only field.
const port = (process as NodeJS.Process & { parentPort?: { on(e: 'message', f: (m: { data: unknown }) => void): void; postMessage(m: unknown): void } }).parentPort;
if (!port) throw new Error('engine-process must run as an Electron utility process');

const dataDir = process.env.UKETOME_DATA_DIR!;
const settings = openSettingsStore(dataDir);
const engine = new Engine({ cacheDir: process.env.UKETOME_CACHE_DIR });
const handlers = createHandlers(engine, settings);

if (settings.warning) port.postMessage({ notice: settings.warning });
engine.ready().then(
  () => port.postMessage({ status: engine.status() }),
  () => port.postMessage({ status: engine.status() }),
);

port.on('message', ({ data }) => {
  const req = data as Request;
  void invoke(handlers, req.op, req.input).then((result) => port.postMessage({ id: req.id, result }));
});
