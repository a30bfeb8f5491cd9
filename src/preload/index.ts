/**
 * The bridge: one named function per operation of the contract (nothing generic), plus subscriptions
 * that return an unsubscribe function. Runs sandboxed; talks to main only through ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';

const call = (op: string) => (input: unknown) => ipcRenderer.invoke(`uketome:${op}`, input ?? {});

function subscribe<T>(channel: string, callback: (value: T) => void): () => void {
  const listener = (_e: unknown, value: T) => callback(value);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

contextBridge.exposeInMainWorld('uketome', {
  status: call('status'),
  analyze: call('analyze'),
  checkDraft: call('checkDraft'),
  getSettings: call('getSettings'),
  updateSettings: call('updateSettings'),
  searchPhrases: call('searchPhrases'),
  savePhrase: call('savePhrase'),
  deletePhrase: call('deletePhrase'),
  setFavourite: call('setFavourite'),
  recordPhraseUse: call('recordPhraseUse'),
  exportPhrases: call('exportPhrases'),
  importPhrases: call('importPhrases'),
  logEntry: call('logEntry'),
  updateEntry: call('updateEntry'),
  deleteEntry: call('deleteEntry'),
  listShifts: call('listShifts'),
  shiftEntries: call('shiftEntries'),
  closeShift: call('closeShift'),
  searchLog: call('searchLog'),
  exportShift: call('exportShift'),
  onEngineStatus: (cb: (s: unknown) => void) => subscribe('uketome:engine-status', cb),
  onNotice: (cb: (m: string) => void) => subscribe('uketome:notice', cb),
  onFocusNote: (cb: () => void) => subscribe('uketome:focus-note', () => cb()),
});
