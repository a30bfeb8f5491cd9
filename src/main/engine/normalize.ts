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

/**
 * Characters that never combine with the one before: below the combining diacritics, kana other than the
 * voicing marks, CJK ideographs, full-width forms before the half-width voicing marks. The common case,
 * decided without a regular expression.
 */
function plainUnit(cp: number): boolean {
  return cp < 0x300 || (cp >= 0x3040 && cp <= 0x30ff && cp !== 0x3099 && cp !== 0x309a) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xff9d);
}

/** Blocks this long that NFKC leaves alone are copied as they are; only the others go unit by unit. */
const BLOCK = 32;

function normalizeWellFormed(original: string): Normalized {
  if (original.normalize('NFKC') === original) return identity(original);
  let out = '';
  // (NFKC can also lengthen a unit many times over: ﷺ, ㌀.)
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (piece: string, start: number, end: number) => {
    out += piece;
    for (let k = 0; k < piece.length; k++) {
      starts.push(start);
      ends.push(end);
    }
  };
  const n = original.length;
  // The end of the unit that starts at i: a base character and the marks that combine with it.
  const unitEnd = (i: number) => {
    i += original.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < n) {
      const next = original.codePointAt(i)!;
      if (plainUnit(next)) break;
      const ch = String.fromCodePoint(next);
      if (!COMBINING.test(ch) && !HALFWIDTH_MARKS.test(ch)) break;
      i += next > 0xffff ? 2 : 1;
    }
    return i;
  };
  let i = 0;
  while (i < n) {
    // A block ends on a unit boundary, so normalising it alone is normalising it in place.
    let end = i;
    while (end < n && end - i < BLOCK) end = unitEnd(end);
    const block = original.slice(i, end);
    if (block.normalize('NFKC') === block) {
      out += block;
      for (let k = i; k < end; k++) {
        starts.push(k);
        ends.push(k + 1);
      }
      i = end;
      continue;
    }
    while (i < end) {
      const c = original.charCodeAt(i);
      // ASCII, hiragana, most katakana and the common kanji: NFKC leaves them be, unless a mark follows.
      if ((c >= 0x20 && c <= 0x7e) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x4e00 && c <= 0x9fff)) {
        const next = original.charCodeAt(i + 1);
        if (!(next >= 0x3099 && next <= 0x309a) && next !== 0xff9e && next !== 0xff9f && !(next >= 0x300 && next <= 0x36f)) {
          out += original[i];
          starts.push(i);
          ends.push(i + 1);
          i++;
          continue;
        }
      }
      const e = unitEnd(i);
      emit(original.slice(i, e).normalize('NFKC'), i, e);
      i = e;
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
