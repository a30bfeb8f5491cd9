/** zod schemas for everything that crosses a boundary (IPC, HTTP, CLI) or is loaded from assets/. */
import { z } from 'zod';
import { ANGER_LEVELS, COMPLAINT_TYPE_IDS, CUE_KINDS, PHRASE_SCENES, REGISTERS, SUGGESTION_KINDS } from './taxonomy';

export { PHRASE_SCENES };

export const angerLevelSchema = z.union(ANGER_LEVELS.map((l) => z.literal(l)) as [
  z.ZodLiteral<0>,
  z.ZodLiteral<1>,
  z.ZodLiteral<2>,
  z.ZodLiteral<3>,
  z.ZodLiteral<4>,
]);
export const complaintTypeSchema = z.enum(COMPLAINT_TYPE_IDS);
export const registerSchema = z.enum(REGISTERS);
export const cueKindSchema = z.enum(CUE_KINDS);
export const suggestionKindSchema = z.enum(SUGGESTION_KINDS);

/** Longest text the engine accepts (characters). A 50 KB e-mail fits comfortably. */
export const MAX_TEXT_CHARS = 100_000;

/** One labelled line of assets/corpus/*.jsonl. */
export const corpusLineSchema = z.strictObject({
  text: z.string().trim().min(1),
  anger: angerLevelSchema,
  type: complaintTypeSchema,
  register: registerSchema,
});
export type CorpusLine = z.infer<typeof corpusLineSchema>;

// ---------------------------------------------------------------- token patterns (cues and reply rules)

const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/**
 * One position of a token pattern. Each field matches a kuromoji token field; an array means any-of;
 * a value ending in `*` is a prefix match (命令* matches 命令ｅ and 命令ｒｏ). `optional` tokens may be absent;
 * `capture` names the token so a suggestion template can reuse its surface as {name}.
 */
export const tokenSpecSchema = z.strictObject({
  surface: oneOrMany.optional(),
  basic_form: oneOrMany.optional(),
  pos: oneOrMany.optional(),
  pos_detail_1: oneOrMany.optional(),
  conjugated_form: oneOrMany.optional(),
  /** The token must NOT match these (same field rules). */
  not: z
    .strictObject({
      surface: oneOrMany.optional(),
      basic_form: oneOrMany.optional(),
      pos: oneOrMany.optional(),
      pos_detail_1: oneOrMany.optional(),
      conjugated_form: oneOrMany.optional(),
    })
    .optional(),
  optional: z.boolean().optional(),
  capture: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .optional(),
});
export type TokenSpec = z.infer<typeof tokenSpecSchema>;
export const tokenPatternSchema = z.array(tokenSpecSchema).min(1);
export type TokenPattern = z.infer<typeof tokenPatternSchema>;

/** A regex source string that must compile. */
export const regexSourceSchema = z.string().min(1).refine(
  (s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

// ---------------------------------------------------------------- cue lexicon (assets/cues/cues.json)

export const cueEntrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_.-]*$/),
    kind: cueKindSchema,
    /** How strongly this cue pushes the anger level up (negative pulls it down). */
    weight: z.number().min(-2).max(4),
    /** The lowest level a text showing this cue can have (polite pressure is at least 2, threats 4). */
    floor: angerLevelSchema.optional(),
    /** Either a token pattern over kuromoji tokens, or a regex over the NFKC-normalised text. */
    pattern: tokenPatternSchema.optional(),
    regex: regexSourceSchema.optional(),
    /** Regexes over the sentence around a match; a match inside such a context is a known false positive. */
    allows: z.array(regexSourceSchema).default([]),
    /** One-line explanation shown to the agent. */
    note: z.string().min(1),
    examples: z.strictObject({ fires: z.array(z.string()).min(1), quiet: z.array(z.string()).default([]) }),
  })
  .refine((c) => (c.pattern ? 1 : 0) + (c.regex ? 1 : 0) === 1, { message: 'give exactly one of pattern or regex' });
export type CueEntry = z.infer<typeof cueEntrySchema>;
export const cueLexiconSchema = z.array(cueEntrySchema).min(1);

// ---------------------------------------------------------------- analysis result

export const cueSchema = z.strictObject({
  id: z.string(),
  kind: cueKindSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  weight: z.number(),
  note: z.string(),
});
export type Cue = z.infer<typeof cueSchema>;

export const suggestionSchema = z.strictObject({
  id: z.string(),
  kind: suggestionKindSchema,
  text: z.string(),
  why: z.string(),
  priority: z.number(),
  /** Text meant to be said or sent (copyable), as opposed to advice for the agent. */
  sayable: z.boolean(),
  /** For dont_bounce: the blunt reply this text replaces. */
  avoid: z.string().optional(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const analysisSchema = z.strictObject({
  anger: z.strictObject({
    level: angerLevelSchema,
    score: z.number(),
    confidence: z.number().min(0).max(1),
    label: z.string(),
  }),
  type: z.strictObject({
    id: complaintTypeSchema,
    label: z.string(),
    confidence: z.number().min(0).max(1),
    scores: z.record(complaintTypeSchema, z.number()),
    secondary: z.array(complaintTypeSchema),
    drivers: z.array(z.strictObject({ word: z.string(), weight: z.number() })),
  }),
  cues: z.array(cueSchema),
  suggestions: z.array(suggestionSchema),
  explanation: z.array(z.string()),
  chars: z.number().int(),
});
export type Analysis = z.infer<typeof analysisSchema>;

// ---------------------------------------------------------------- reply checker

export const findingSchema = z.strictObject({
  rule: z.string(),
  kind: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  message: z.string(),
  suggestions: z.array(z.string()),
  /** The sentence holding the finding (original offsets): a suggestion is a whole-sentence reframing and replaces it. */
  sentenceStart: z.number().int().min(0),
  sentenceEnd: z.number().int().min(0),
});
export type Finding = z.infer<typeof findingSchema>;

export const draftCheckSchema = z.strictObject({
  verdict: z.enum(['ok', 'soften']),
  findings: z.array(findingSchema),
});
export type DraftCheck = z.infer<typeof draftCheckSchema>;

/** The agent's own reply-checker settings, as textlint users configure rules. */
export const checkerSettingsSchema = z.strictObject({
  disabledRules: z.array(z.string()).default([]),
  /** Regex sources; a finding whose sentence matches one is dropped. */
  allows: z.array(regexSourceSchema).default([]),
});
export type CheckerSettings = z.infer<typeof checkerSettingsSchema>;

// ---------------------------------------------------------------- errors

export const ERROR_CODES = ['invalid_input', 'empty', 'too_long', 'binary', 'not_ready', 'internal'] as const;
export const engineErrorSchema = z.strictObject({
  error: z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() }),
});
export type EngineErrorPayload = z.infer<typeof engineErrorSchema>;

// ---------------------------------------------------------------- reply-checker rules (assets/rules/*.json)

export const REPLY_RULE_KINDS = [
  'refusal',
  'dakara',
  'already_said',
  'blame',
  'policy',
  'buck',
  'calm_down',
  'abnormal',
  'contradict',
  'callback_demand',
  'curt',
] as const;

/** An entry of `allows`: a regex source, or `@name` for a shared set of the same file. */
const allowEntrySchema = z.union([z.string().regex(/^@[a-z_]+$/), regexSourceSchema]);

export const replyRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  kind: z.enum(REPLY_RULE_KINDS),
  pattern: tokenPatternSchema,
  /** Where in its sentence the match must sit. */
  at: z.enum(['anywhere', 'sentence_start', 'sentence_end']).default('anywhere'),
  /** Known false positives: regexes over the match's sentence and the sentence after it (NFKC text). */
  allows: z.array(allowEntrySchema).default([]),
  message: z.string().min(1),
  suggestions: z.array(z.string().min(1)).min(1).max(3),
  examples: z
    .array(z.strictObject({ input: z.string().min(1), flagged: z.boolean(), suggestion: z.string().optional() }))
    .min(2),
});
export type ReplyRule = z.infer<typeof replyRuleSchema>;

export const replyRuleFileSchema = z.strictObject({
  $comment: z.string().optional(),
  allowSets: z.record(z.string().regex(/^[a-z_]+$/), z.array(regexSourceSchema)).default({}),
  rules: z.array(replyRuleSchema).min(1),
});
export type ReplyRuleFile = z.infer<typeof replyRuleFileSchema>;

// ---------------------------------------------------------------- suggestion texts (assets/suggestions/*.json)

export const suggestionEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_.-]*$/),
  kind: suggestionKindSchema,
  /** What to say (sayable) or what to do (advice), in Japanese. */
  text: z.string().min(1),
  /** One line: why this helps now. */
  why: z.string().min(1),
  sayable: z.boolean(),
  /** For dont_bounce: the blunt reply to avoid (the reply checker flags it; `text` is the reframing). */
  avoid: z.string().min(1).optional(),
  en: z.string().optional(),
  /** Base priority, 0-100; higher shows first. */
  priority: z.number().min(0).max(100),
  when: z
    .strictObject({
      types: z.array(complaintTypeSchema).min(1).optional(),
      minLevel: angerLevelSchema.optional(),
      maxLevel: angerLevelSchema.optional(),
      /** Shown only when one of these cue kinds is present. */
      cueKinds: z.array(cueKindSchema).min(1).optional(),
    })
    .default({}),
});
export type SuggestionEntry = z.infer<typeof suggestionEntrySchema>;
export const suggestionFileSchema = z.strictObject({
  $comment: z.string().optional(),
  suggestions: z.array(suggestionEntrySchema).min(1),
});

// ---------------------------------------------------------------- the agent's settings (persisted)

const settingsFields = {
  language: z.enum(['ja', 'en']),
  theme: z.enum(['light', 'dark']),
  alwaysOnTop: z.boolean(),
  /** Electron accelerator that shows the window and focuses the note field. */
  shortcut: z.string().min(1).max(60),
  agentName: z.string().max(60),
  checker: checkerSettingsSchema,
};
const SETTINGS_DEFAULTS = {
  language: 'ja',
  theme: 'light',
  alwaysOnTop: true,
  shortcut: 'CommandOrControl+Alt+Space',
  agentName: '',
  checker: { disabledRules: [], allows: [] },
} as const;

export const settingsSchema = z.strictObject({
  language: settingsFields.language.default(SETTINGS_DEFAULTS.language),
  theme: settingsFields.theme.default(SETTINGS_DEFAULTS.theme),
  alwaysOnTop: settingsFields.alwaysOnTop.default(SETTINGS_DEFAULTS.alwaysOnTop),
  shortcut: settingsFields.shortcut.default(SETTINGS_DEFAULTS.shortcut),
  agentName: settingsFields.agentName.default(SETTINGS_DEFAULTS.agentName),
  checker: settingsFields.checker.default({ disabledRules: [], allows: [] }),
});
export type Settings = z.infer<typeof settingsSchema>;
/** A change to some settings: no defaults here, so an absent field stays as it was. */
export const settingsPatchSchema = z.strictObject(settingsFields).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

// ---------------------------------------------------------------- phrase library (assets/phrases/*.json + the agent's own)

export const phraseSceneSchema = z.enum(PHRASE_SCENES);
export type PhraseScene = z.infer<typeof phraseSceneSchema>;

/** Placeholders a phrase may carry; they are filled from the current call when copying. */
export const PLACEHOLDERS = ['{お客様名}', '{担当者名}', '{ケース番号}', '{日付}'] as const;

/** One character a phrase reading may hold: hiragana, the long-vowel mark, spaces, punctuation, digits, Latin letters, braces. */
export const READING_CHAR = /[\p{Script=Hiragana}ー\s\p{P}\p{N}a-zA-Z{}]/u;

export const phraseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, . _ -').max(80),
  text: z.string().trim().min(1).max(400),
  /** Hiragana reading (kana search and romaji search go through it). */
  reading: z.string().regex(new RegExp(`^${READING_CHAR.source}*$`, 'u'), 'hiragana only'),
  scene: phraseSceneSchema,
  types: z.array(complaintTypeSchema).optional(),
  levels: z.array(angerLevelSchema).optional(),
  when: z.string().max(200).default(''),
  en: z.string().max(400).optional(),
});
export type Phrase = z.infer<typeof phraseSchema>;
export const phraseFileSchema = z.strictObject({ $comment: z.string().optional(), phrases: z.array(phraseSchema).min(1) });

/** A phrase the agent writes: the id and reading are made when saved if not given. */
export const phraseInputSchema = phraseSchema.extend({ id: phraseSchema.shape.id.optional(), reading: phraseSchema.shape.reading.optional() });
export type PhraseInput = z.infer<typeof phraseInputSchema>;

export const phraseHitSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  reading: z.string(),
  scene: phraseSceneSchema,
  types: z.array(complaintTypeSchema).optional(),
  levels: z.array(angerLevelSchema).optional(),
  when: z.string(),
  en: z.string().optional(),
  own: z.boolean(),
  favourite: z.boolean(),
  uses: z.number().int().min(0),
  score: z.number(),
});
export type PhraseHit = z.infer<typeof phraseHitSchema>;

export const phraseQuerySchema = z.strictObject({
  query: z.string().max(200).default(''),
  scene: phraseSceneSchema.optional(),
  type: complaintTypeSchema.optional(),
  level: angerLevelSchema.optional(),
  limit: z.number().int().min(1).max(500).default(20),
});
export type PhraseQuery = z.input<typeof phraseQuerySchema>;

// ---------------------------------------------------------------- call log (shift log)

export const OUTCOMES = ['resolved', 'follow_up', 'escalated'] as const;
export const outcomeSchema = z.enum(OUTCOMES);

const logFields = {
  note: z.string().max(MAX_TEXT_CHARS),
  caseNumber: z.string().max(60),
  customerName: z.string().max(80),
  nextSteps: z.string().max(2000),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').or(z.literal('')),
  outcome: outcomeSchema,
  escalatedTo: z.string().max(80),
  corrected: z.strictObject({ level: angerLevelSchema, type: complaintTypeSchema }).nullable(),
};

/** What the agent submits with "finish & log". Times are epoch milliseconds. */
export const logInputSchema = z.strictObject({
  startedAt: z.number().int().positive(),
  endedAt: z.number().int().positive(),
  note: logFields.note.default(''),
  caseNumber: logFields.caseNumber.default(''),
  customerName: logFields.customerName.default(''),
  nextSteps: logFields.nextSteps.default(''),
  dueDate: logFields.dueDate.default(''),
  outcome: logFields.outcome.default('resolved'),
  escalatedTo: logFields.escalatedTo.default(''),
  engine: z.strictObject({ level: angerLevelSchema, type: complaintTypeSchema }).nullable().default(null),
  corrected: logFields.corrected.default(null),
  cues: z.array(z.strictObject({ kind: cueKindSchema, text: z.string().max(200) })).max(200).default([]),
  copied: z.array(z.strictObject({ id: z.string().max(80), kind: z.string().max(40), text: z.string().max(400) })).max(200).default([]),
  checklist: z
    .strictObject({ nameGiven: z.boolean(), nextSteps: z.boolean(), caseNumber: z.boolean() })
    .default({ nameGiven: false, nextSteps: false, caseNumber: false }),
});
export type LogInput = z.input<typeof logInputSchema>;

export const logEntrySchema = logInputSchema.extend({
  id: z.string().min(1),
  shiftId: z.string().min(1),
  handledBy: z.string().max(60),
  durationSec: z.number().int().min(0),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

/** Fields an agent may correct afterwards (no defaults: an absent field stays as it was). */
export const logPatchSchema = z.strictObject(logFields).partial();
export type LogPatch = z.infer<typeof logPatchSchema>;

export const shiftInfoSchema = z.strictObject({
  id: z.string(),
  startedAt: z.number().int(),
  closedAt: z.number().int().nullable(),
  count: z.number().int(),
});
export type ShiftInfo = z.infer<typeof shiftInfoSchema>;

export const shiftSummarySchema = z.strictObject({
  count: z.number().int(),
  byType: z.record(complaintTypeSchema, z.number().int()),
  byLevel: z.array(z.number().int()).length(5),
  averageHandleSec: z.number(),
  escalations: z.number().int(),
  openFollowUps: z.number().int(),
});
export type ShiftSummary = z.infer<typeof shiftSummarySchema>;
