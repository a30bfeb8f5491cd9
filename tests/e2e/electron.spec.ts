/** Runs the real Electron app where an Electron binary exists; skipped, with the reason printed, where it does not. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const pathFile = path.join(electronDir, 'path.txt');
const binary = fs.existsSync(pathFile) ? path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8')) : undefined;
const reason = 'the Electron runtime is not installed on this machine (it cannot be downloaded offline)';

test('the Electron window opens, is locked down, and analyses a note', async () => {
  if (!binary || !fs.existsSync(binary)) {
    console.log(`electron test skipped: ${reason}`);
    test.skip(true, reason);
    return;
  }
  const app = await electron.launch({ executablePath: binary, args: [path.resolve(import.meta.dirname, '../..'), '--no-sandbox'] });
  const win = await app.firstWindow();
  await win.locator('[data-testid=engine-status].ready').waitFor({ timeout: 30_000 });
  expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await win.getByTestId('note').fill('上司を出せ！');
  await expect(win.getByTestId('gauge')).toHaveAttribute('data-level', '4');
  await app.close();
});
