/**
 * The ONE handler table implementing the contract of src/shared/api. Electron's IPC, browser mode's HTTP
 * server and the CLI all call `invoke`, which validates the input with the contract's schema first and
 * turns every failure into a typed error, so no caller can bypass the checks.
 */
import { z } from 'zod';
import { api, type OpName, type OpOutput } from '../../shared/api';
import { ERROR_CODES } from '../../shared/schemas';
import { HandlerError } from './errors';
import type { Engine } from '../engine/engine';
import type { PhraseLibrary } from '../phrases/library';
import { exportEntries } from '../shiftlog/export';
import type { ShiftLog } from '../shiftlog/store';
import type { SettingsStore } from './settings-store';

export type ErrorCode = (typeof ERROR_CODES)[number];

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

type Handlers = { [K in OpName]: (input: z.output<(typeof api)[K]['input']>) => Promise<OpOutput<K>> };

export type { Handlers };

/** What the handlers work with; the app, browser mode, the CLI and the tests each build one (services.ts). */
export interface Services {
  engine: Engine;
  settings: SettingsStore;
  phrases: () => Promise<PhraseLibrary>;
  log: () => ShiftLog;
}

export function createHandlers({ engine, settings, phrases, log }: Services): Handlers {
  return {
    status: async () => engine.status(),
    analyze: async ({ text }) => (await engine.ready()).analyze(text),
    // Without explicit settings the agent's own (disabled rules, allow-list) apply.
    checkDraft: async ({ text, settings: s }) => (await engine.ready()).checkDraft(text, s ?? settings.get().checker),
    getSettings: async () => settings.get(),
    updateSettings: async ({ patch }) => settings.update(patch),
    searchPhrases: async (q) => (await phrases()).search(q),
    savePhrase: async ({ phrase }) => (await phrases()).savePhrase(phrase),
    deletePhrase: async ({ id }) => {
      (await phrases()).deletePhrase(id);
      return { deleted: id };
    },
    setFavourite: async ({ id, favourite }) => {
      (await phrases()).setFavourite(id, favourite);
      return { id, favourite };
    },
    recordPhraseUse: async ({ id }) => ({ id, uses: (await phrases()).recordUse(id) }),
    exportPhrases: async ({ format }) => ({
      format,
      filename: `uketome-phrases-${new Date().toISOString().slice(0, 10)}.${format}`,
      content: (await phrases()).exportOwn(format),
    }),
    importPhrases: async ({ format, content }) => (await phrases()).importOwn(format, content),
    logEntry: async ({ entry }) => log().append(entry, settings.get().agentName),
    updateEntry: async ({ id, patch }) => log().update(id, patch),
    deleteEntry: async ({ id }) => {
      log().remove(id);
      return { deleted: id };
    },
    listShifts: async () => ({ shifts: log().shiftsList() }),
    shiftEntries: async ({ shift }) => ({ ...log().entries(shift), summary: log().summary(shift) }),
    closeShift: async () => ({ closed: log().closeShift() }),
    searchLog: async ({ query }) => ({ results: log().search(query) }),
    exportShift: async ({ shift, format }) => {
      const { shift: info, entries } = log().entries(shift);
      return { format, filename: `uketome-shift-${info.id}.${format}`, content: exportEntries(info, entries, format) };
    },
  };
}

function codeOf(issue: z.core.$ZodIssue): ErrorCode {
  const params = (issue as { params?: { code?: string } }).params;
  const code = params?.code;
  return code && (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'invalid_input';
}

export function isOpName(name: string): name is OpName {
  return Object.hasOwn(api, name);
}

/** Validates and runs one operation. Never throws. */
export async function invoke(handlers: Handlers, op: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isOpName(op)) return { ok: false, error: { code: 'invalid_input', message: `unknown operation ${op}` } };
  const parsed = api[op].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: { code: codeOf(issue), message: `${where}${issue.message}` } };
  }
  try {
    // The parse above proved the input has this operation's shape; TS cannot correlate op and handler.
    const handler = handlers[op] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (e instanceof HandlerError) return { ok: false, error: { code: e.code, message: e.message } };
    return { ok: false, error: { code: 'internal', message: (e as Error).message } };
  }
}
