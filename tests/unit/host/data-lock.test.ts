import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir, lockMessage } from '../../../src/main/host/data-lock';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-lock-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function lockInChild(): Promise<{ pid: number; said: string; kill: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'lock-child.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    child.stdout.once('data', (b: Buffer) =>
      resolve({
        pid: child.pid!,
        said: b.toString().trim(),
        kill: () => new Promise((done) => {
          child.once('exit', () => done());
          child.kill('SIGKILL');
        }),
      }),
    );
  });
}

describe('data folder lock', () => {
  it('refuses a second live writer, naming it, and takes over from one that died', async () => {
    const child = await lockInChild();
    expect(child.said).toBe('locked');
    const owner = lockDataDir(dir, 'browser mode');
    expect(owner).toMatchObject({ pid: child.pid, mode: 'test child' });
    expect(lockMessage(dir, owner!)).toContain(`process ${child.pid}`);
    await child.kill(); // SIGKILL: the lock file stays behind, as after a crash
    expect(fs.existsSync(path.join(dir, 'uketome.lock'))).toBe(true);
    expect(lockDataDir(dir, 'browser mode')).toBeUndefined();
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'uketome.lock'), 'utf8'))).toMatchObject({ pid: process.pid, mode: 'browser mode' });
    const second = await lockInChild();
    expect(second.said).toBe(`held by ${process.pid}`);
    await second.kill();
  });

  it('takes over a damaged lock file', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-lock-'));
    fs.writeFileSync(path.join(other, 'uketome.lock'), '{not json');
    expect(lockDataDir(other, 'app')).toBeUndefined();
    fs.rmSync(other, { recursive: true, force: true });
  });
});
