/** Browser mode started in-process for the tests: the real server, handler table, engine and a temp settings file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { Engine } from '../../src/main/engine/engine';
import { createServices } from '../../src/main/host/services';
import { createHandlers } from '../../src/main/host/handlers';
import { startServer, type RunningServer } from '../../src/main/host/http-server';
import { rendererDir } from '../../src/main/paths';

export const SCREENS = path.resolve(import.meta.dirname, '../../test-results/screens');
fs.mkdirSync(SCREENS, { recursive: true });

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`) });
}

const engine = new Engine();

export const test = base.extend<{ server: RunningServer; dataDir: string }, object>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  server: async ({ dataDir }, use) => {
    if (!fs.existsSync(path.join(rendererDir(), 'index.html'))) throw new Error('renderer not built: run "npm run build" first');
    await engine.ready();
    const server = await startServer({ handlers: createHandlers(createServices({ engine, dataDir })), rendererDir: rendererDir() });
    await use(server);
    await server.close();
  },
});

export { expect } from '@playwright/test';

/** Opens the app and waits until the engine reports ready. */
export async function openApp(page: Page, server: RunningServer): Promise<void> {
  await page.goto(server.openUrl);
  await page.locator('[data-testid=engine-status].ready').waitFor();
}
