import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSettingsStore } from '../../../src/main/host/settings-store';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-settings-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('settings store', () => {
  it('starts with defaults and persists changes across a restart', () => {
    const dir = tmp();
    const a = openSettingsStore(dir);
    expect(a.get()).toMatchObject({ language: 'ja', theme: 'light', alwaysOnTop: true });
    a.update({ theme: 'dark' });
    a.update({ language: 'en' });
    const b = openSettingsStore(dir);
    // A patch changes only what it names: the earlier theme change survives the language change.
    expect(b.get()).toMatchObject({ language: 'en', theme: 'dark', alwaysOnTop: true });
  });

  it('moves an unreadable file aside with a message and starts from defaults', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"settings": {"theme": "purple"');
    const s = openSettingsStore(dir);
    expect(s.warning).toMatch(/moved to .*settings\.json\.invalid-/);
    expect(s.get().theme).toBe('light');
    const aside = fs.readdirSync(dir).find((f) => f.startsWith('settings.json.invalid-'))!;
    expect(fs.readFileSync(path.join(dir, aside), 'utf8')).toContain('purple');
  });

  it('rejects a bad value without touching what was saved', () => {
    const dir = tmp();
    const s = openSettingsStore(dir);
    s.update({ agentName: '佐藤' });
    expect(() => s.update({ checker: { disabledRules: [], allows: ['('] } })).toThrow();
    expect(openSettingsStore(dir).get().agentName).toBe('佐藤');
  });
});
