/** Features the classifiers see: kuromoji base forms of content words, plus joined compound nouns. */
import type { Cue } from '../../shared/schemas';
import type { Token } from './tokenizer';

const NOUN_SKIP = new Set(['数', '非自立', '代名詞', '接尾', '副詞可能', '特殊']);

/** Punctuation, symbols, digits and stray single letters are not words (kuromoji tags some as nouns). */
const NOT_A_WORD = /^(?:[\p{P}\p{S}\p{N}\s]+|[A-Za-z][\p{P}\p{S}\p{N}]*)$/u;

function isContent(t: Token, wordsOnly: boolean): boolean {
  if (wordsOnly && NOT_A_WORD.test(t.surface)) return false;
  // 「??」「!!」 can come out of kuromoji as a noun; marks count through the emphasis cue instead.
  if (/^[!?]+$/u.test(t.surface)) return false;
  if (t.pos === '名詞') return !NOUN_SKIP.has(t.pos_detail_1);
  if (t.pos === '動詞' || t.pos === '形容詞') return t.pos_detail_1 === '自立';
  return t.pos === '副詞' || t.pos === '感動詞';
}

/** Distinct content words of the text (Bernoulli features), with compound nouns such as 二重請求. */
export function contentWords(tokens: readonly Token[], wordsOnly = true): string[] {
  const out = new Set<string>();
  let compound = '';
  let parts = 0;
  for (const t of tokens) {
    if (isContent(t, wordsOnly)) out.add(t.basic_form);
    // A compound never starts with a suffix: after a dropped numeral, 二重引き落とし would give 重引き落とし.
    if (t.pos === '名詞' && t.pos_detail_1 !== '数' && t.pos_detail_1 !== '代名詞' && !(parts === 0 && t.pos_detail_1 === '接尾') && !(wordsOnly && NOT_A_WORD.test(t.surface))) {
      compound += t.surface;
      parts++;
    } else {
      if (parts > 1) out.add(compound);
      compound = '';
      parts = 0;
    }
  }
  if (parts > 1) out.add(compound);
  return [...out];
}

/** Cue kinds that measure heat, not topic. */
const HEAT_KINDS = new Set(['threat', 'insult', 'demand', 'churn', 'rough', 'imperative', 'sarcasm', 'tone_remark', 'polite_pressure', 'emphasis']);

/** Domain keywords per type, compiled (assets/model/type-keywords.json). */
export type TypeKeywords = { type: string; re: RegExp }[];

export function compileTypeKeywords(keywords: Record<string, string[]>): TypeKeywords {
  return Object.entries(keywords).map(([type, list]) => ({ type, re: new RegExp(list.join('|'), 'gu') }));
}

/** Tokens and normalised text with everything inside a cue of heat removed (blanked in the text). */
function withoutHeat(tokens: readonly Token[], normText: string, cues: readonly Cue[]): { kept: readonly Token[]; text: string } {
  // Words inside a cue of heat (a threat, an insult, a churn threat…) say how angry, not what about:
  // 「全部解約だ」 in a billing complaint must not vote for "cancel".
  const heat = cues.filter((c) => HEAT_KINDS.has(c.kind));
  if (!heat.length) return { kept: tokens, text: normText };
  const kept: Token[] = [];
  let text = '';
  let copied = 0;
  for (const t of tokens) {
    if (!heat.some((c) => t.start < c.end && c.start < t.end)) {
      kept.push(t);
      continue;
    }
    text += normText.slice(copied, t.nstart) + ' '.repeat(t.nend - t.nstart);
    copied = t.nend;
  }
  return { kept, text: text + normText.slice(copied) };
}

function keywordFeatures(text: string, keywords: TypeKeywords): string[] {
  const out: string[] = [];
  for (const { type, re } of keywords) {
    re.lastIndex = 0;
    let hits = 0;
    while (hits < 3 && re.exec(text)) {
      hits++;
      out.push(`KW:${type}:${hits}`);
    }
  }
  return out;
}

/** The views the type model scores, each a bag of distinct features with its own NB model. */
export interface TypeViews {
  /**
   * Content words and compound nouns, plus KW:<type>:<n> for the first n ≤ 3 keyword hits of each type, so
   * the classifier learns from the corpus how far to trust the domain lexicon.
   */
  words: string[];
  /** Character bigrams of the heat-blanked text, within runs of non-punctuation. */
  chars: string[];
  /** Pairs of adjacent content tokens (nouns, verbs, adjectives; base forms). */
  bigrams: string[];
  /** Content words of the lead: an e-mail's subject line (件名：…) if any, else the first sentence ("F:" and the word). */
  lead: string[];
}
export type TypeViewName = keyof TypeViews;
export const TYPE_VIEW_NAMES: readonly TypeViewName[] = ['words', 'chars', 'bigrams', 'lead'];

const SEPARATOR = /[\s\p{P}\p{S}]/u;
let separatorUnits: Uint8Array | undefined;

/** Spaces, punctuation and symbols (emoji included) end a run of characters. */
function isSeparator(cp: number): boolean {
  if (cp > 0xffff) return SEPARATOR.test(String.fromCodePoint(cp));
  if (!separatorUnits) {
    separatorUnits = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (SEPARATOR.test(String.fromCharCode(c))) separatorUnits[c] = 1;
  }
  return separatorUnits[cp] === 1;
}

/**
 * Distinct character bigrams of the text within runs of non-separators, each two UTF-16 units as the
 * number unit1 × 65536 + unit2: the live path scores these without making a string per bigram.
 */
export function charBigramKeys(text: string): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    if (isSeparator(cp)) {
      prev = -1;
    } else {
      for (let u = 0; u < units; u++) {
        const unit = text.charCodeAt(i + u);
        if (prev >= 0) out.add(prev * 0x10000 + unit);
        prev = unit;
      }
    }
    i += units;
  }
  return out;
}

/** The model's name for a character bigram key ("C:" and its two units). */
export function charBigramFeature(key: number): string {
  return `C:${String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000)}`;
}

/** Character bigrams as feature names (training). */
export function charBigrams(text: string): string[] {
  return [...charBigramKeys(text)].map(charBigramFeature);
}

const SUBJECT = /件名:\s*([^\n]*)/u;
const SENTENCE_END = /[。!?\n]/u;

/**
 * Content words of the lead — the subject line of an e-mail, else the first sentence — which usually names
 * what the note is about; a view of its own weighs them again. `tokens` are the heat-free tokens.
 */
export function leadWords(tokens: readonly Token[], normText: string): string[] {
  const m = SUBJECT.exec(normText);
  let from = 0;
  let to: number;
  if (m) {
    to = m.index + m[0].length;
    from = to - m[1]!.length;
  } else {
    const end = normText.search(SENTENCE_END);
    to = end < 0 ? normText.length : end;
  }
  return contentWords(tokens.filter((t) => t.nstart >= from && t.nend <= to)).map((w) => `F:${w}`);
}

export function wordBigrams(tokens: readonly Token[]): string[] {
  const out = new Set<string>();
  let prev: string | undefined;
  for (const t of tokens) {
    if (t.pos !== '名詞' && t.pos !== '動詞' && t.pos !== '形容詞') continue;
    if (prev !== undefined) out.add(`B:${prev}_${t.basic_form}`);
    prev = t.basic_form;
  }
  return [...out];
}

/** The views that training and the live path build the same way. */
function sharedViews(kept: readonly Token[], text: string, normText: string, keywords: TypeKeywords): Omit<TypeViews, 'chars'> {
  return { words: [...contentWords(kept), ...keywordFeatures(text, keywords)], bigrams: wordBigrams(kept), lead: leadWords(kept, normText) };
}

export function typeViews(tokens: readonly Token[], normText: string, keywords: TypeKeywords, cues: readonly Cue[] = []): TypeViews {
  const { kept, text } = withoutHeat(tokens, normText, cues);
  return { ...sharedViews(kept, text, normText, keywords), chars: charBigrams(text) };
}

/** The same views for the live path: character bigrams as numeric keys (charBigramKeys). */
export type LiveTypeViews = Omit<TypeViews, 'chars'> & { chars: ReadonlySet<number> };

export function liveTypeViews(tokens: readonly Token[], normText: string, keywords: TypeKeywords, cues: readonly Cue[] = []): LiveTypeViews {
  const { kept, text } = withoutHeat(tokens, normText, cues);
  return { ...sharedViews(kept, text, normText, keywords), chars: charBigramKeys(text) };
}

/** Anger features: the content words plus style markers (sentence endings, auxiliaries) and cue ids. */
export function angerFeatures(tokens: readonly Token[], cues: readonly Cue[]): string[] {
  // Brackets, digits and letters stay in here: in this model they carry register and style.
  const out = new Set(contentWords(tokens, false));
  for (const t of tokens) {
    if (t.pos === '助詞' && t.pos_detail_1 === '終助詞') out.add(`終:${t.basic_form}`);
    if (t.pos === '助動詞') out.add(`助動:${t.basic_form}`);
    // (!/? marks count through the emphasis cue, which knows a friendly 「できますか？？」 from 「まだ？？」.)
  }
  for (const c of cues) {
    out.add(`CUE:${c.id}`);
    out.add(`KIND:${c.kind}`);
  }
  return [...out];
}
