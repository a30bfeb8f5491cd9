/**
 * The one contract of operations between the UI (or CLI, or HTTP client) and the Node side:
 * name -> { input schema, output schema }. Main validates every input with these before a handler runs.
 */
import { z } from 'zod';
import {
  analysisSchema,
  checkerSettingsSchema,
  draftCheckSchema,
  MAX_TEXT_CHARS,
  phraseHitSchema,
  phraseInputSchema,
  phraseQuerySchema,
  logEntrySchema,
  logInputSchema,
  logPatchSchema,
  shiftInfoSchema,
  shiftSummarySchema,
  settingsPatchSchema,
  settingsSchema,
} from './schemas';

/** Text the engine will look at: non-empty, bounded, not binary. */
export const engineTextSchema = z
  .string({ error: 'text must be a string' })
  .refine((s) => s.trim().length > 0, { message: 'text is empty', params: { code: 'empty' } })
  .refine((s) => s.length <= MAX_TEXT_CHARS, {
    message: `text is longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters`,
    params: { code: 'too_long' },
  })
  .refine((s) => !looksBinary(s), { message: 'text looks like binary data, not writing', params: { code: 'binary' } });

/** NUL bytes, or many control / replacement characters, mean the input is not text. */
export function looksBinary(s: string): boolean {
  if (s.includes('\u0000')) return true;
  let bad = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad > 0 && bad / s.length > 0.02;
}

export const engineStatusSchema = z.strictObject({
  ready: z.boolean(),
  dictSource: z.enum(['cache', 'prepared', 'stock']).nullable(),
  loadMs: z.number().nullable(),
  error: z.string().nullable(),
});
export type EngineStatus = z.infer<typeof engineStatusSchema>;

export const api = {
  status: { input: z.strictObject({}), output: engineStatusSchema },
  analyze: { input: z.strictObject({ text: engineTextSchema }), output: analysisSchema },
  checkDraft: {
    input: z.strictObject({ text: engineTextSchema, settings: checkerSettingsSchema.optional() }),
    output: draftCheckSchema,
  },
  getSettings: { input: z.strictObject({}), output: settingsSchema },
  updateSettings: { input: z.strictObject({ patch: settingsPatchSchema }), output: settingsSchema },
  searchPhrases: { input: phraseQuerySchema, output: z.strictObject({ query: z.string(), results: z.array(phraseHitSchema) }) },
  savePhrase: { input: z.strictObject({ phrase: phraseInputSchema }), output: phraseHitSchema },
  deletePhrase: { input: z.strictObject({ id: z.string().min(1) }), output: z.strictObject({ deleted: z.string() }) },
  setFavourite: { input: z.strictObject({ id: z.string().min(1), favourite: z.boolean() }), output: z.strictObject({ id: z.string(), favourite: z.boolean() }) },
  recordPhraseUse: { input: z.strictObject({ id: z.string().min(1) }), output: z.strictObject({ id: z.string(), uses: z.number().int() }) },
  exportPhrases: {
    input: z.strictObject({ format: z.enum(['json', 'csv']) }),
    output: z.strictObject({ format: z.enum(['json', 'csv']), filename: z.string(), content: z.string() }),
  },
  importPhrases: {
    input: z.strictObject({ format: z.enum(['json', 'csv']), content: z.string().max(5_000_000) }),
    output: z.strictObject({ added: z.number().int(), updated: z.number().int() }),
  },
  logEntry: { input: z.strictObject({ entry: logInputSchema }), output: logEntrySchema },
  updateEntry: { input: z.strictObject({ id: z.string().min(1), patch: logPatchSchema }), output: logEntrySchema },
  deleteEntry: { input: z.strictObject({ id: z.string().min(1) }), output: z.strictObject({ deleted: z.string() }) },
  listShifts: { input: z.strictObject({}), output: z.strictObject({ shifts: z.array(shiftInfoSchema) }) },
  shiftEntries: {
    input: z.strictObject({ shift: z.string().min(1).default('current') }),
    output: z.strictObject({ shift: shiftInfoSchema, entries: z.array(logEntrySchema), summary: shiftSummarySchema }),
  },
  closeShift: { input: z.strictObject({}), output: z.strictObject({ closed: shiftInfoSchema }) },
  searchLog: { input: z.strictObject({ query: z.string().max(100) }), output: z.strictObject({ results: z.array(logEntrySchema) }) },
  exportShift: {
    input: z.strictObject({ shift: z.string().min(1).default('current'), format: z.enum(['csv', 'json']) }),
    output: z.strictObject({ format: z.enum(['csv', 'json']), filename: z.string(), content: z.string() }),
  },
} as const;

/** Operation names in a fixed order (the preload exposes one named function for each). */
export const OP_NAMES = Object.keys(api) as OpName[];

export type Api = typeof api;
export type OpName = keyof Api;
export type OpInput<K extends OpName> = z.input<Api[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Api[K]['output']>;
