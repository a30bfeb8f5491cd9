/** The agent's settings on disk (settings.json in the data folder), or in memory when no folder is given. */
import { settingsSchema, type Settings, type SettingsPatch } from '../../shared/schemas';
import { openJsonStore } from './json-store';

export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  readonly warning?: string;
}

export function openSettingsStore(dir?: string): SettingsStore {
  const store = openJsonStore(dir, 'settings', settingsSchema);
  return {
    warning: store.warning,
    get: () => store.get(),
    update: (patch) => store.set({ ...store.get(), ...patch }),
  };
}
