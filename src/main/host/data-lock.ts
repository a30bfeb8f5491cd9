/**
 * One writer per data folder. The app (Electron's single-instance lock covers two windows) and browser mode
 * both write the shift log and the phrase store; two of them on one folder would each append without seeing
 * the other's entries. The lock is a file holding the owner's pid: taken with O_EXCL, taken over when that
 * process is gone (a crash leaves the file behind), removed on exit.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface LockOwner {
  pid: number;
  since: string;
  mode: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const o = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof o.pid === 'number' ? { pid: o.pid, since: String(o.since ?? ''), mode: String(o.mode ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the data folder for this process. Returns undefined when taken, or the live process that holds it.
 */
export function lockDataDir(dir: string, mode: string): LockOwner | undefined {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'uketome.lock');
  const me: LockOwner = { pid: process.pid, since: new Date().toISOString(), mode };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      process.once('exit', () => {
        if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      });
      return undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readOwner(file);
      if (owner && owner.pid !== process.pid && alive(owner.pid)) return owner;
      // Left by a process that is gone (or unreadable): take it over.
      fs.rmSync(file, { force: true });
    }
  }
  return readOwner(file);
}

export function lockMessage(dir: string, owner: LockOwner): string {
  return `Uketome (${owner.mode || 'another instance'}, process ${owner.pid}, since ${owner.since}) is already using the data folder ${dir}. Close it first, or set UKETOME_DATA_DIR to another folder.`;
}
