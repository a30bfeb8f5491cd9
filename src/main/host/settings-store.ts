/**
 * The agent's settings on disk, through `conf` (atomic writes). A file that is not valid JSON or does not
 * fit the schema is moved aside with a warning and the defaults are used: never a crash, never silent loss.
 */
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { settingsSchema, type Settings, type SettingsPatch } from '../../shared/schemas';

export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  /** Set when the file on disk was unreadable at start and was moved aside. */
  readonly warning?: string;
}

export function openSettingsStore(dir: string): SettingsStore {
  const file = path.join(dir, 'settings.json');
  let warning: string | undefined;
  if (fs.existsSync(file)) {
    let ok: boolean;
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { settings?: unknown } | null;
      ok = typeof data === 'object' && data !== null && settingsSchema.safeParse(data.settings ?? {}).success;
    } catch {
      ok = false;
    }
    if (!ok) {
      const aside = `${file}.invalid-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(file, aside);
      warning = `Settings file was unreadable and was moved to ${aside}; defaults are in use.`;
    }
  }
  const conf = new Conf<{ settings: Settings }>({
    cwd: dir,
    configName: 'settings',
    projectName: 'uketome',
    defaults: { settings: settingsSchema.parse({}) },
  });
  const read = () => settingsSchema.parse(conf.get('settings') ?? {});
  return {
    warning,
    get: read,
    update(patch) {
      const next = settingsSchema.parse({ ...read(), ...patch });
      conf.set('settings', next);
      return next;
    },
  };
}
