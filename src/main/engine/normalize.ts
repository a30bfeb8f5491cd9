/**
 * NFKC normalisation that remembers where every normalised character came from.
 *
 * Half-width kana (ｻﾎﾟｰﾄ), full-width digits and letters (１２３, ＡＢＣ) and full-width punctuation are
 * folded so the tokenizer and the cue patterns see one spelling; emoji are kept (they are cues).
 * `starts[i]`/`ends[i]` give the span in the original text of normalised UTF-16 unit i, so every token
 * and cue can be reported in the agent's own text.
 */
export interface Normalized {
  original: string;
  text: string;
  starts: Uint32Array;
  ends: Uint32Array;
}

/** Half-width voiced/semi-voiced sound marks: NFKC composes them with the preceding kana. */
const HALFWIDTH_MARKS = /[\uFF9E\uFF9F]/u;
const COMBINING = /[\p{M}\uFF9E\uFF9F]/u;

function identity(text: string): Normalized {
  const n = text.length;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { original: text, text, starts, ends };
}

/** A surrogate without its pair (a paste cut through an emoji): kuromoji crashes on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function normalize(original: string): Normalized {
  // U+FFFD in place of a lone surrogate keeps the length, so offsets still point into the original.
  const wellFormed = original.replace(LONE_SURROGATE, '\uFFFD');
  const norm = normalizeWellFormed(wellFormed);
  return wellFormed === original ? norm : { ...norm, original };
}

function normalizeWellFormed(original: string): Normalized {
  if (original.normalize('NFKC') === original) return identity(original);
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = original.length;
  while (i < n) {
    const start = i;
    const cp = original.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    // A base character plus the marks that combine with it form one unit.
    while (i < n) {
      const next = original.codePointAt(i)!;
      const ch = String.fromCodePoint(next);
      if (!COMBINING.test(ch) && !HALFWIDTH_MARKS.test(ch)) break;
      i += next > 0xffff ? 2 : 1;
    }
    const piece = original.slice(start, i).normalize('NFKC');
    out += piece;
    for (let k = 0; k < piece.length; k++) {
      starts.push(start);
      ends.push(i);
    }
  }
  return { original, text: out, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** Maps a [start, end) span of the normalised text back to the original text. */
export function toOriginalSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(start, norm.text.length - 1);
  const e = Math.max(s, Math.min(end, norm.text.length) - 1);
  return { start: norm.starts[s]!, end: norm.ends[e]! };
}
