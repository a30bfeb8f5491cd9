/**
 * The engine: tokenizer, cues, classifiers, suggestions and reply checker behind one object.
 * It never imports electron; the app (in a utility process), browser mode, the CLI and the tests share it.
 */
import type { EngineStatus } from '../../shared/api';
import { CUE_LABELS, SUGGESTION_LABELS } from '../../shared/taxonomy';
import type { Analysis, CheckerSettings, Cue, DraftCheck, SuggestionEntry } from '../../shared/schemas';
import { kuromojiDicDir } from '../paths';
import { classifyAnger, classifyType, type AngerResult, type TypeResult } from './classify';
import { cueFloors, detectCues, shippedCues, type CompiledCue } from './cues';
import { shippedModel, shippedTypeKeywords, type ModelFile } from './model';
import type { TypeKeywords } from './features';
import { checkDraft, shippedRules, type CompiledRule } from './reply-checker';
import { shippedSuggestions, suggest } from './suggestions';
import { getTokenizer, type Tokenize, type TokenizedText } from './tokenizer';

export interface Classified {
  tokenized: TokenizedText;
  cues: Cue[];
  anger: AngerResult;
  type: TypeResult;
}

export interface EngineData {
  cues: CompiledCue[];
  floors: Map<string, number>;
  model: ModelFile;
  keywords: TypeKeywords;
  rules: CompiledRule[];
  suggestions: SuggestionEntry[];
}

export function loadEngineData(): EngineData {
  const cues = shippedCues();
  return { cues, floors: cueFloors(cues), model: shippedModel(), keywords: shippedTypeKeywords(), rules: shippedRules(), suggestions: shippedSuggestions() };
}

/** The ready engine: pure functions of text over loaded data. */
export class ReadyEngine {
  constructor(
    readonly tokenize: Tokenize,
    readonly data: EngineData,
  ) {}

  classify(text: string): Classified {
    const tokenized = this.tokenize(text);
    const cues = detectCues(tokenized, this.data.cues);
    const anger = classifyAnger(this.data.model, tokenized.tokens, cues, this.data.floors, tokenized.norm.text);
    const type = classifyType(this.data.model, tokenized.tokens, tokenized.norm.text, this.data.keywords, cues);
    return { tokenized, cues, anger, type };
  }

  analyze(text: string): Analysis {
    const { cues, anger, type, tokenized } = this.classify(text);
    const suggestions = suggest(this.data.suggestions, anger.level, type.id, cues);
    return { anger, type, cues, suggestions, explanation: explain(anger, type, cues), chars: tokenized.norm.original.length };
  }

  checkDraft(text: string, settings?: CheckerSettings): DraftCheck {
    return checkDraft(this.tokenize(text), this.data.rules, settings);
  }
}

/** Plain-language reasons, most decisive first, for the "why" line under the gauge. */
export function explain(anger: AngerResult, type: TypeResult, cues: readonly Cue[]): string[] {
  const out: string[] = [];
  const byKind = new Map<string, Cue[]>();
  for (const c of cues) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const kinds = [...byKind.entries()].sort(
    (a, b) => Math.max(...b[1].map((c) => c.weight)) - Math.max(...a[1].map((c) => c.weight)),
  );
  for (const [kind, list] of kinds.slice(0, 4)) {
    const label = CUE_LABELS[kind as keyof typeof CUE_LABELS]?.ja ?? kind;
    out.push(`${label}: ${list.slice(0, 3).map((c) => `「${c.text}」`).join(' ')}`);
  }
  if (type.drivers.length) out.push(`${type.label}: ${type.drivers.slice(0, 4).map((d) => d.word).join('・')}`);
  if (anger.level >= 2) out.push(SUGGESTION_LABELS.tone.ja);
  return out;
}

/** The engine as a service: loads once, reports its status, hands out the ready engine. */
export class Engine {
  private readyPromise: Promise<ReadyEngine> | undefined;
  private state: EngineStatus = { ready: false, dictSource: null, loadMs: null, error: null };

  constructor(private readonly opts: { cacheDir?: string } = {}) {}

  ready(): Promise<ReadyEngine> {
    if (!this.readyPromise) {
      const t0 = performance.now();
      this.readyPromise = (async () => {
        const data = loadEngineData();
        const tok = await getTokenizer({ cacheDir: this.opts.cacheDir, dicPath: kuromojiDicDir() });
        this.state = { ready: true, dictSource: tok.source, loadMs: Math.round(performance.now() - t0), error: null };
        return new ReadyEngine(tok.tokenize, data);
      })().catch((e: Error) => {
        this.state = { ...this.state, error: e.message };
        this.readyPromise = undefined;
        throw e;
      });
    }
    return this.readyPromise;
  }

  status(): EngineStatus {
    return { ...this.state };
  }
}
