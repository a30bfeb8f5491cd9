import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assetPath, assetsDir, rendererDir, userDataDir } from '../../src/main/paths';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('paths', () => {
  it('finds the repository assets when not packaged', () => {
    expect(fs.existsSync(path.join(assetsDir(), 'cues', 'cues.json'))).toBe(true);
    expect(assetPath('rules')).toBe(path.join(assetsDir(), 'rules'));
  });
  it('honours UKETOME_ASSETS and UKETOME_DATA_DIR', () => {
    process.env.UKETOME_ASSETS = '/opt/uketome/assets';
    process.env.UKETOME_DATA_DIR = '/var/lib/uketome';
    expect(assetsDir()).toBe('/opt/uketome/assets');
    expect(userDataDir()).toBe('/var/lib/uketome');
  });
  it('puts the built renderer beside the assets, under out/renderer', () => {
    expect(rendererDir()).toBe(path.join(path.dirname(assetsDir()), 'out', 'renderer'));
  });
});
