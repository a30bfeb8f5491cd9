/**
 * The phrase search index. Two stages, so a query costs about the same whether the library holds 300
 * phrases or 100,000:
 *
 * 1. Candidates come from a FlexSearch index over the character bigrams of each phrase's text, hiragana
 *    reading and English version (one field, so 「確認」, 「かくにん」 and "kakunin" meet the same phrase).
 *    Every phrase holding the whole query holds its rarest bigram, so FlexSearch lists that bigram's
 *    phrases (one term: in position order, without scoring) and they are checked for the whole query.
 *    Phrases holding part of it come from its rarest bigrams.
 * 2. The candidates, plus every favourite or used phrase, are scored by match quality: the whole query found
 *    in the text, the reading or the English version, else the share of its bigrams found; shorter phrases
 *    that are mostly the query first. Favourites and usage then lift close results.
 *
 * English words match the phrases' English versions, whole only. Romaji and kana typos and unfinished
 * romaji words go through the vocabulary of the library's romaji words (MiniSearch's radix tree: fuzzy and
 * prefix lookups), which turns "shinapi" into "shinpai" and "kakun" into "kakunin" before searching.
 */
import { Index } from 'flexsearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { AngerLevel, ComplaintTypeId } from '../../shared/taxonomy';
import type { Phrase, PhraseScene } from '../../shared/schemas';
import { compactFold, pairs, queryForms, romajiWords } from './kana';

export interface SearchFilters {
  scene?: PhraseScene;
  type?: ComplaintTypeId;
  level?: AngerLevel;
}

export interface Ranking {
  favourite(id: string): boolean;
  uses(id: string): number;
  /** Ids this agent favourited or used: always scored, however large the library. */
  lifted(): Iterable<string>;
}

interface Entry {
  phrase: Phrase;
  n: number;
  /** Folded text, reading and English version without spaces or punctuation, joined by NULs: what quality is measured on. */
  hay: string;
  grams: string[];
  words: string[];
}

/** How a query is searched: a kana (or, for English, Latin) form and how much a match through it is worth. */
interface Variant {
  kana: string;
  /** Only a match of the whole form counts (English words: their bigrams say nothing alone). */
  wholeOnly?: boolean;
  grams: string[];
  weight: number;
}

/** Candidates asked of the index per variant; grows when filters leave too few. */
const CANDIDATES = 200;
/** The most phrases of one bigram checked for the whole query before FlexSearch is asked to intersect. */
const SCAN_LIMIT = 20_000;

function addCount<K>(m: { get(k: K): number | undefined; set(k: K, v: number): unknown; delete(k: K): unknown }, k: K, d: number): void {
  const v = (m.get(k) ?? 0) + d;
  if (v > 0) m.set(k, v);
  else m.delete(k);
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export class PhraseIndex {
  private readonly index = new Index({ tokenize: 'strict', encode: (s: string) => s.split(' '), resolution: 9, fastupdate: false });
  private readonly byId = new Map<string, Entry>();
  private readonly byNum: (Entry | undefined)[] = [];
  /** Phrases holding each bigram, to pick a query's rarest ones. */
  private readonly gramCount = new Map<string, number>();
  /** Phrases holding each romaji word, for typo and prefix lookups. */
  private readonly words = new SearchableMap<number>();

  constructor(phrases: Iterable<Phrase> = []) {
    for (const p of phrases) this.upsert(p);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Phrase | undefined {
    return this.byId.get(id)?.phrase;
  }

  upsert(p: Phrase): void {
    const old = this.byId.get(p.id);
    if (old) this.unlink(old);
    const n = old?.n ?? this.byNum.length;
    const text = compactFold(p.text);
    const reading = compactFold(p.reading);
    const en = p.en ? compactFold(p.en) : '';
    const grams = [...new Set([...pairs(text), ...pairs(reading), ...(en ? pairs(en) : [])])];
    const words = [...new Set(romajiWords(p.reading))];
    const entry: Entry = { phrase: p, n, hay: `${text}\u0000${reading}\u0000${en}`, grams, words };
    this.byId.set(p.id, entry);
    this.byNum[n] = entry;
    for (const g of grams) addCount(this.gramCount, g, 1);
    for (const w of words) addCount(this.words, w, 1);
    if (old) this.index.update(n, grams.join(' '));
    else this.index.add(n, grams.join(' '));
  }

  remove(id: string): void {
    const e = this.byId.get(id);
    if (!e) return;
    this.unlink(e);
    this.index.remove(e.n);
    this.byId.delete(id);
    this.byNum[e.n] = undefined;
  }

  private unlink(e: Entry): void {
    for (const g of e.grams) addCount(this.gramCount, g, -1);
    for (const w of e.words) addCount(this.words, w, -1);
  }

  private matchesFilters(p: Phrase, f: SearchFilters): boolean {
    if (f.scene && p.scene !== f.scene) return false;
    if (f.type && p.types && !p.types.includes(f.type)) return false;
    if (f.level !== undefined && p.levels && !p.levels.includes(f.level)) return false;
    return true;
  }

  /** The ways to read a query: as typed, with its unfinished last romaji word completed, with typos fixed. */
  private variants(query: string, { kana, romaji }: ReturnType<typeof queryForms>): Variant[] {
    const out = new Map<string, Variant>();
    const add = (k: string, weight: number, wholeOnly = false) => {
      const kana = compactFold(k);
      const grams = pairs(kana);
      const prev = out.get(kana);
      if (kana && (!prev || prev.weight < weight)) out.set(kana, { kana, grams, weight, wholeOnly });
    };
    add(kana, 1);
    // Letters may be English ("refund", "sorry"): matched whole against the phrases' English versions.
    if (/[a-z]{3}/i.test(query.normalize('NFKC'))) add(query.normalize('NFKC').toLowerCase(), 0.95, true);
    if (romaji.length) {
      const head = romaji.slice(0, -1);
      const last = romaji[romaji.length - 1]!;
      const with_ = (w: string) => queryForms([...head, w].join(' ')).kana;
      if (!this.words.has(last)) {
        if (last.length >= 3) {
          // An unfinished word: the most common words it starts.
          const completions = [...this.words.atPrefix(last).entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
          for (const [w] of completions) add(with_(w), 0.9);
        }
        const maxDistance = last.length >= 7 ? 2 : last.length >= 4 ? 1 : 0;
        if (maxDistance) {
          // Closest first, a swapped pair of letters counting as one edit ("shinapi" is one from "shinpai").
          const fixes = [...this.words.fuzzyGet(last, maxDistance).entries()].map(([w, [n]]) => ({ w, n, d: editDistance(last, w) }));
          const best = Math.min(...fixes.map((f) => f.d));
          for (const f of fixes.filter((x) => x.d === best).sort((a, b) => b.n - a.n).slice(0, 3)) add(with_(f.w), 0.8 - 0.1 * (best - 1));
        }
      }
    }
    return [...out.values()];
  }

  /** Quality of a phrase for one reading of the query: 0 (no match) to a little over 1 (a short, exact one). */
  private quality(e: Entry, v: Variant): number {
    const at = e.hay.indexOf(v.kana);
    let base: number;
    if (at >= 0) {
      base = 1;
    } else if (v.wholeOnly) {
      return 0;
    } else {
      let found = 0;
      for (const g of v.grams) if (e.hay.includes(g)) found++;
      if (found === 0) return 0;
      // Partial matches count for less than any whole one.
      base = (0.75 * found) / v.grams.length;
    }
    const textLength = e.hay.indexOf('\u0000');
    const focus = Math.min(1, v.kana.length / Math.max(1, textLength));
    return v.weight * base * (1 + 0.2 * focus);
  }

  /**
   * Phrase numbers from the index for one reading of the query; true when the index had more to give.
   * Every phrase that holds the whole query holds its rarest bigram, so that bigram's phrases are listed
   * (one term: FlexSearch hands them over in position order without scoring) and checked for the whole
   * query, a few first, all of them when those few hold too little. Only a bigram too common to list
   * makes FlexSearch intersect the three rarest. Phrases holding part of the query come from its rarest
   * bigrams.
   */
  private candidates(v: Variant, wanted: number, out: Set<number>): boolean {
    let truncated = false;
    const ask = (term: string, limit: number) => {
      const found = this.index.search(term, { limit }) as number[];
      if (found.length >= limit) truncated = true;
      return found;
    };
    const chars = [...v.kana];
    if (chars.length === 1) {
      // One character: the bigrams that hold it, the most common first.
      const holding = [...this.gramCount.entries()].filter(([g]) => g.includes(chars[0]!)).sort((a, b) => b[1] - a[1]);
      for (const [g] of holding) {
        if (out.size >= wanted) return true;
        for (const n of ask(g, wanted - out.size)) out.add(n);
      }
      return truncated;
    }
    const count = (g: string) => this.gramCount.get(g) ?? 0;
    const distinct = [...new Set(v.grams)];
    const known = distinct.filter((g) => count(g) > 0).sort((a, b) => count(a) - count(b));
    if (!known.length) return false;
    let whole = 0;
    if (known.length === distinct.length) {
      const rarest = known[0]!;
      const check = (limit: number) => {
        whole = 0;
        for (const n of ask(rarest, limit)) {
          if (this.byNum[n]?.hay.includes(v.kana)) {
            out.add(n);
            if (++whole >= wanted) return;
          }
        }
      };
      check(wanted * 4);
      if (whole < wanted && count(rarest) > wanted * 4) {
        truncated = false;
        check(Math.min(count(rarest), SCAN_LIMIT));
        if (whole < wanted && count(rarest) > SCAN_LIMIT && known.length > 1) {
          const found = this.index.search(known.slice(0, 3).join(' '), { limit: wanted }) as number[];
          if (found.length >= wanted) truncated = true;
          for (const n of found) out.add(n);
        }
      }
    }
    if (whole < wanted && !v.wholeOnly) for (const g of known.slice(0, 3)) for (const n of ask(g, wanted)) out.add(n);
    return truncated;
  }

  /** Phrases in rank order, with their scores (match quality times a small lift for favourites and use). */
  search(query: string, filters: SearchFilters, ranking: Ranking, limit: number): { phrase: Phrase; score: number }[] {
    const lift = (id: string) => 1 + (ranking.favourite(id) ? 0.3 : 0) + 0.1 * Math.log1p(ranking.uses(id));
    let results: { entry: Entry; score: number }[] = [];
    const forms = queryForms(query);
    const variants = this.variants(query, forms);
    if (!forms.kana) {
      // No query: everything that fits the filters; phrases written for this complaint type, then
      // favourites and the most used, first.
      const specific = (p: Phrase) => (filters.type && p.types?.includes(filters.type) ? 1 : 0);
      for (const entry of this.byId.values()) {
        if (this.matchesFilters(entry.phrase, filters)) results.push({ entry, score: lift(entry.phrase.id) + specific(entry.phrase) });
      }
    } else if (variants.length) {
      for (let wanted = Math.max(CANDIDATES, limit * 4); ; wanted *= 4) {
        const nums = new Set<number>();
        let truncated = false;
        for (const v of variants) truncated = this.candidates(v, wanted, nums) || truncated;
        const pool = new Set<Entry>();
        for (const n of nums) if (this.byNum[n]) pool.add(this.byNum[n]);
        for (const id of ranking.lifted()) {
          const e = this.byId.get(id);
          if (e) pool.add(e);
        }
        results = [];
        for (const entry of pool) {
          if (!this.matchesFilters(entry.phrase, filters)) continue;
          let q = 0;
          for (const v of variants) q = Math.max(q, this.quality(entry, v));
          if (q > 0) results.push({ entry, score: q * lift(entry.phrase.id) });
        }
        // Filters can leave too few of a cut-off candidate list: ask again for more.
        if (results.length >= limit || !truncated || wanted >= this.byId.size) break;
      }
    }
    results.sort((a, b) => b.score - a.score || (a.entry.phrase.id < b.entry.phrase.id ? -1 : a.entry.phrase.id > b.entry.phrase.id ? 1 : 0));
    return results.slice(0, limit).map((r) => ({ phrase: r.entry.phrase, score: Math.round(r.score * 1000) / 1000 }));
  }
}
