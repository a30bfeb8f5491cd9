/**
 * The phrase search index (MiniSearch): kanji and kana through character bigrams of the text and of its
 * reading, romaji and kana typos through fuzzy matching on the reading's romaji words. Match quality ranks
 * first; favourites and this agent's usage then lift close results.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { AngerLevel, ComplaintTypeId } from '../../shared/taxonomy';
import type { Phrase, PhraseScene } from '../../shared/schemas';
import { bigrams, queryForms, romajiWords } from './kana';

interface Doc {
  id: string;
  grams: string;
  rgrams: string;
  romaji: string;
}

export interface SearchFilters {
  scene?: PhraseScene;
  type?: ComplaintTypeId;
  level?: AngerLevel;
}

export interface Ranking {
  favourite(id: string): boolean;
  uses(id: string): number;
}

function toDoc(p: Phrase): Doc {
  return {
    id: p.id,
    grams: bigrams(p.text).join(' '),
    rgrams: bigrams(p.reading).join(' '),
    romaji: romajiWords(p.reading).join(' '),
  };
}

export class PhraseIndex {
  private readonly ms = new MiniSearch<Doc>({
    fields: ['grams', 'rgrams', 'romaji'],
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
    searchOptions: { tokenize: (s) => s.split(' ').filter(Boolean), processTerm: (t) => t },
  });
  private readonly byId = new Map<string, Phrase>();

  constructor(phrases: Iterable<Phrase> = []) {
    const docs: Doc[] = [];
    for (const p of phrases) {
      this.byId.set(p.id, p);
      docs.push(toDoc(p));
    }
    this.ms.addAll(docs);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Phrase | undefined {
    return this.byId.get(id);
  }

  upsert(p: Phrase): void {
    if (this.byId.has(p.id)) this.ms.replace(toDoc(p));
    else this.ms.add(toDoc(p));
    this.byId.set(p.id, p);
  }

  remove(id: string): void {
    if (!this.byId.has(id)) return;
    this.ms.discard(id);
    this.byId.delete(id);
  }

  private matchesFilters(p: Phrase, f: SearchFilters): boolean {
    if (f.scene && p.scene !== f.scene) return false;
    if (f.type && p.types && !p.types.includes(f.type)) return false;
    if (f.level !== undefined && p.levels && !p.levels.includes(f.level)) return false;
    return true;
  }

  /** Phrases in rank order, with their scores (match quality times a small lift for favourites and use). */
  search(query: string, filters: SearchFilters, ranking: Ranking, limit: number): { phrase: Phrase; score: number }[] {
    const { kana, romaji } = queryForms(query);
    const filter = (r: SearchResult) => this.matchesFilters(this.byId.get(r.id as string)!, filters);
    const lift = (id: string) => 1 + (ranking.favourite(id) ? 0.3 : 0) + 0.1 * Math.log1p(ranking.uses(id));
    let results: { id: string; score: number }[];
    if (!kana) {
      // No query: everything that fits the filters; phrases written for this complaint type, then
      // favourites and the most used, first.
      const specific = (p: Phrase) => (filters.type && p.types?.includes(filters.type) ? 1 : 0);
      results = [...this.byId.values()].filter((p) => this.matchesFilters(p, filters)).map((p) => ({ id: p.id, score: lift(p.id) + specific(p) }));
    } else {
      const grams = bigrams(kana);
      const queries: Query[] = [
        { queries: [grams.join(' ')], fields: ['grams', 'rgrams'], prefix: grams.length === 1 && [...grams[0]!].length === 1, combineWith: 'OR' },
      ];
      if (romaji.length) {
        queries.push({
          queries: [romaji.join(' ')],
          fields: ['romaji'],
          prefix: (term) => term.length >= 3,
          fuzzy: (term) => (term.length >= 7 ? 0.25 : term.length >= 4 ? 1 : 0),
          boost: { romaji: 2 },
          combineWith: 'OR',
        });
      }
      results = this.ms.search({ combineWith: 'OR', queries }, { filter }).map((r) => ({ id: r.id as string, score: r.score * lift(r.id as string) }));
    }
    results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return results.slice(0, limit).map((r) => ({ phrase: this.byId.get(r.id)!, score: Math.round(r.score * 1000) / 1000 }));
  }
}
