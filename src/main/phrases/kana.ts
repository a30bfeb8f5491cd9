/**
 * Kana and romaji for search, through wanakana: a reading is hiragana words separated by spaces (one per
 * kuromoji token), so kana search uses the whole reading and romaji search uses its words.
 */
import { isRomaji, toHiragana, toRomaji } from 'wanakana';
import { READING_CHAR } from '../../shared/schemas';
import type { Token } from '../engine/tokenizer';

/** NFKC (half-width kana, full-width letters), katakana to hiragana; kanji and Latin letters kept. */
export function foldKana(text: string): string {
  const n = text.normalize('NFKC');
  // wanakana is only needed when there is katakana to fold (it is the slow part of indexing a big library).
  return (/[\u30A1-\u30FC]/u.test(n) ? toHiragana(n, { passRomaji: true }) : n).toLowerCase();
}

/**
 * The hiragana reading of tokenized text: one word per token. Symbols, and kanji kuromoji has no reading
 * for (髙, 𠮷), are left out: the reading only serves kana and romaji search, and the text still holds them.
 */
export function readingOf(tokens: readonly Token[]): string {
  return tokens
    .filter((t) => t.pos !== '記号' && t.surface.trim())
    .map((t) => [...foldKana(t.reading && t.reading !== '*' ? t.reading : t.surface)].filter((c) => READING_CHAR.test(c)).join(''))
    .filter(Boolean)
    .join(' ');
}

/** Folded text with spaces, punctuation and symbols dropped: what bigrams and matching are made of. */
export function compactFold(text: string): string {
  return foldKana(text).replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Character bigrams of compacted text (a one-character text is its own term). */
export function pairs(compact: string): string[] {
  const chars = [...compact];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

const romajiMemo = new Map<string, string>();
/** The romaji of one hiragana word, remembered (a library repeats its words many times). */
function romajiOf(word: string): string {
  let r = romajiMemo.get(word);
  if (r === undefined) {
    r = toRomaji(word).toLowerCase();
    if (romajiMemo.size < 200_000) romajiMemo.set(word, r);
  }
  return r;
}

/** Romaji words of a reading ("ご しんぱい を" -> ["go", "shinpai", "wo"]). */
export function romajiWords(reading: string): string[] {
  return reading
    .split(/\s+/)
    .filter(Boolean)
    .map(romajiOf)
    .filter((w) => /^[a-z]+$/.test(w));
}

/** How a query reads: its kana form (romaji queries converted) and its romaji words. */
export function queryForms(query: string): { kana: string; romaji: string[] } {
  const q = query.normalize('NFKC').trim().toLowerCase();
  if (!q) return { kana: '', romaji: [] };
  if (isRomaji(q.replace(/[\s'-]/g, ''))) {
    return { kana: toHiragana(q.replace(/\s+/g, '')), romaji: q.split(/\s+/).filter(Boolean) };
  }
  const kana = foldKana(q);
  const onlyKana = /^[\p{Script=Hiragana}ー\s]+$/u.test(kana);
  return { kana, romaji: onlyKana ? kana.split(/\s+/).map((w) => toRomaji(w)) : [] };
}
