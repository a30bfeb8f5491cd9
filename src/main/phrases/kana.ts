/**
 * Kana and romaji for search, through wanakana: a reading is hiragana words separated by spaces (one per
 * kuromoji token), so kana search uses the whole reading and romaji search uses its words.
 */
import { isRomaji, toHiragana, toRomaji } from 'wanakana';
import type { Token } from '../engine/tokenizer';

/** NFKC (half-width kana, full-width letters), katakana to hiragana; kanji and Latin letters kept. */
export function foldKana(text: string): string {
  return toHiragana(text.normalize('NFKC'), { passRomaji: true }).toLowerCase();
}

/** The hiragana reading of tokenized text: one word per token, symbols left out. */
export function readingOf(tokens: readonly Token[]): string {
  return tokens
    .filter((t) => t.pos !== '記号' && t.surface.trim())
    .map((t) => foldKana(t.reading && t.reading !== '*' ? t.reading : t.surface))
    .join(' ');
}

/** Character bigrams of folded text, spaces and punctuation dropped (a one-character text is its own term). */
export function bigrams(text: string): string[] {
  const chars = [...foldKana(text).replace(/[\s\p{P}\p{S}]+/gu, '')];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Romaji words of a reading ("ご しんぱい を" -> ["go", "shinpai", "wo"]). */
export function romajiWords(reading: string): string[] {
  return reading
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => toRomaji(w).toLowerCase())
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
