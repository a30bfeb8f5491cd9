/** Builds what the handler table needs, with files in `dataDir` (the app, browser mode) or in memory (CLI, tests). */
import path from 'node:path';
import { Engine } from '../engine/engine';
import { readingOf } from '../phrases/kana';
import { PhraseLibrary, shippedPhrases } from '../phrases/library';
import { ShiftLog } from '../shiftlog/store';
import type { Services } from './handlers';
import { openSettingsStore } from './settings-store';

export function createServices(opts: { dataDir?: string; cacheDir?: string; engine?: Engine } = {}): Services & { warnings: string[] } {
  const engine = opts.engine ?? new Engine({ cacheDir: opts.cacheDir });
  const settings = openSettingsStore(opts.dataDir);
  let library: PhraseLibrary | undefined;
  const warnings = settings.warning ? [settings.warning] : [];
  const phrases = async () => {
    if (!library) {
      const readingFor = async (text: string) => readingOf((await engine.ready()).tokenize(text).tokens);
      library = new PhraseLibrary(shippedPhrases(), readingFor, opts.dataDir);
      if (library.warning) warnings.push(library.warning);
    }
    return library;
  };
  let shiftLog: ShiftLog | undefined;
  const log = () => {
    if (!shiftLog) {
      shiftLog = new ShiftLog(opts.dataDir ? path.join(opts.dataDir, 'shiftlog') : undefined);
      warnings.push(...shiftLog.warnings);
    }
    return shiftLog;
  };
  return { engine, settings, phrases, log, warnings };
}
