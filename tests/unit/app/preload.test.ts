import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OP_NAMES } from '../../../src/shared/api';

// The preload imports electron, which cannot load here; its source is checked instead.
const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../../src/preload/index.ts'), 'utf8');

describe('preload bridge', () => {
  it('exposes one named function per operation of the contract, and nothing generic', () => {
    const exposed = [...source.matchAll(/^\s+(\w+): call\('(\w+)'\),$/gm)].map((m) => [m[1], m[2]]);
    expect(exposed.every(([name, op]) => name === op)).toBe(true);
    expect(exposed.map(([name]) => name).sort()).toEqual([...OP_NAMES].sort());
    expect(source).not.toMatch(/send\s*:|invoke\s*:\s*\(/);
  });

  it('subscriptions hand back an unsubscribe function', () => {
    for (const sub of ['onEngineStatus', 'onNotice', 'onFocusNote']) expect(source).toMatch(new RegExp(`${sub}: \\(cb.*=> subscribe\\(`));
    expect(source).toMatch(/return \(\) => \{\s*ipcRenderer\.removeListener/);
  });
});
