/**
 * Anger cues: the reasons a text sounds the way it does, each with its span in the original text.
 * The lexicon is data (assets/cues/cues.json): token patterns for what needs grammar (命令形 via kuromoji's
 * conjugated_form), regexes over the NFKC text for phrases, emoji and punctuation.
 */
import { cueLexiconSchema, type Cue, type CueEntry } from '../../shared/schemas';
import { loadJsonAsset } from '../assets';
import { toOriginalSpan } from './normalize';
import { compilePattern, matchPattern, type CompiledPattern } from './token-pattern';
import type { TokenizedText } from './tokenizer';

export interface CompiledCue {
  entry: CueEntry;
  pattern?: CompiledPattern;
  regex?: RegExp;
  allows: RegExp[];
}

export function compileCues(entries: readonly CueEntry[]): CompiledCue[] {
  const ids = new Set<string>();
  return entries.map((entry) => {
    if (ids.has(entry.id)) throw new Error(`cues: duplicate id ${entry.id}`);
    ids.add(entry.id);
    return {
      entry,
      pattern: entry.pattern ? compilePattern(entry.pattern) : undefined,
      regex: entry.regex ? new RegExp(entry.regex, 'gu') : undefined,
      allows: entry.allows.map((a) => new RegExp(a, 'u')),
    };
  });
}

let cached: CompiledCue[] | undefined;
export function shippedCues(): CompiledCue[] {
  cached ??= compileCues(loadJsonAsset('cues/cues.json', cueLexiconSchema));
  return cached;
}

/** Sentence boundaries: 。 ． ! ? and a line break. */
function isBoundary(c: number): boolean {
  return c === 0x3002 || c === 0xff0e || c === 0x21 || c === 0x3f || c === 0x0a;
}

/** The sentence of `text` around [start, end), boundaries included on the right. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !isBoundary(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && !isBoundary(text.charCodeAt(b))) b++;
  while (b < text.length && isBoundary(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/** `merge: false` keeps overlapping cues of one kind (the data sweep checks each entry on its own). */
export function detectCues(input: TokenizedText, cues: readonly CompiledCue[], merge = true): Cue[] {
  const { norm, tokens } = input;
  const found: Cue[] = [];
  const push = (c: CompiledCue, nstart: number, nend: number) => {
    if (nend <= nstart) return;
    if (c.allows.length && c.allows.some((re) => re.test(sentenceAround(norm.text, nstart, nend)))) return;
    const span = toOriginalSpan(norm, nstart, nend);
    found.push({
      id: c.entry.id,
      kind: c.entry.kind,
      start: span.start,
      end: span.end,
      text: norm.original.slice(span.start, span.end),
      weight: c.entry.weight,
      note: c.entry.note,
    });
  };
  for (const c of cues) {
    if (c.regex) {
      const re = c.regex;
      re.lastIndex = 0;
      for (let m = re.exec(norm.text); m; m = re.exec(norm.text)) {
        push(c, m.index, m.index + m[0].length);
        // An empty match must not stall the loop (and must not split a surrogate pair).
        if (m[0].length === 0) re.lastIndex += (norm.text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
      }
    } else if (c.pattern) {
      for (const m of matchPattern(c.pattern, tokens)) push(c, tokens[m.from]!.nstart, tokens[m.to - 1]!.nend);
    }
  }
  if (!merge) return found.sort((a, b) => a.start - b.start || a.end - b.end);
  // Overlapping cues of one kind are one reason: keep the stronger.
  found.sort((a, b) => a.start - b.start || Math.abs(b.weight) - Math.abs(a.weight));
  const kept: Cue[] = [];
  for (const c of found) {
    const clash = kept.findIndex((k) => k.kind === c.kind && c.start < k.end && k.start < c.end);
    if (clash < 0) kept.push(c);
    else if (Math.abs(c.weight) > Math.abs(kept[clash]!.weight)) kept[clash] = c;
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Floors by cue id, for the anger model. */
export function cueFloors(cues: readonly CompiledCue[]): Map<string, number> {
  return new Map(cues.filter((c) => c.entry.floor !== undefined).map((c) => [c.entry.id, c.entry.floor!]));
}
