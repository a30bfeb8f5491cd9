/**
 * The phrase library: the shipped phrases (assets/phrases) plus the agent's own, with favourites and usage
 * counts kept on disk. Own phrases can be added, edited, deleted, imported and exported (JSON and CSV);
 * an import is validated whole before anything changes, so a bad file loses nothing already saved.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { phraseFileSchema, phraseInputSchema, phraseQuerySchema, phraseSchema, type Phrase, type PhraseHit, type PhraseInput, type PhraseQuery } from '../../shared/schemas';
import { loadUniqueItems } from '../assets';
import { toCsv, unescapeCell } from '../csv';
import { HandlerError } from '../host/errors';
import { openJsonStore, type JsonStore } from '../host/json-store';
import { PhraseIndex } from './search';

const ownDataSchema = z.strictObject({
  own: z.array(phraseSchema).default([]),
  favourites: z.array(z.string()).default([]),
  usage: z.record(z.string(), z.number().int().min(0)).default({}),
});
type OwnData = z.infer<typeof ownDataSchema>;

export const CSV_COLUMNS = ['id', 'text', 'reading', 'scene', 'types', 'levels', 'when', 'en'] as const;

let shipped: Phrase[] | undefined;
export function shippedPhrases(): Phrase[] {
  shipped ??= loadUniqueItems('phrases', phraseFileSchema, (d) => d.phrases);
  return shipped;
}

export class PhraseLibrary {
  private readonly index: PhraseIndex;
  private readonly shippedIds: Set<string>;
  private readonly store: JsonStore<OwnData>;
  private data: OwnData;

  /**
   * @param readingFor hiragana reading of a text (from the tokenizer), used for phrases saved without one
   * @param dir folder for phrases.json; in memory when absent
   */
  constructor(
    base: readonly Phrase[],
    private readonly readingFor: (text: string) => Promise<string>,
    dir?: string,
  ) {
    this.store = openJsonStore(dir, 'phrases', ownDataSchema);
    this.data = this.store.get();
    this.shippedIds = new Set(base.map((p) => p.id));
    this.index = new PhraseIndex([...base, ...this.data.own.filter((p) => !this.shippedIds.has(p.id))]);
  }

  get warning(): string | undefined {
    return this.store.warning;
  }

  private hit(p: Phrase, score: number): PhraseHit {
    return {
      ...p,
      own: !this.shippedIds.has(p.id),
      favourite: this.data.favourites.includes(p.id),
      uses: this.data.usage[p.id] ?? 0,
      score,
    };
  }

  search(q: PhraseQuery): { query: string; results: PhraseHit[] } {
    const { query, limit, ...filters } = phraseQuerySchema.parse(q);
    const favs = new Set(this.data.favourites);
    const usage = this.data.usage;
    const ranked = this.index.search(query, filters, { favourite: (id) => favs.has(id), uses: (id) => usage[id] ?? 0, lifted: () => new Set([...favs, ...Object.keys(usage)]) }, limit);
    return { query, results: ranked.map((r) => this.hit(r.phrase, r.score)) };
  }

  private save(next: OwnData): void {
    this.data = this.store.set(next);
  }

  private async complete(input: PhraseInput): Promise<Phrase> {
    const id = input.id ?? `own-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    return phraseSchema.parse({ ...input, id, reading: input.reading ?? (await this.readingFor(input.text)) });
  }

  /** Adds or edits one of the agent's own phrases. */
  async savePhrase(input: PhraseInput): Promise<PhraseHit> {
    if (input.id && this.shippedIds.has(input.id)) throw new HandlerError('invalid_input', `"${input.id}" is a built-in phrase; save your version under another id`);
    const p = await this.complete(input);
    this.save({ ...this.data, own: [...this.data.own.filter((x) => x.id !== p.id), p] });
    this.index.upsert(p);
    return this.hit(p, 0);
  }

  deletePhrase(id: string): void {
    if (this.shippedIds.has(id)) throw new HandlerError('invalid_input', `"${id}" is a built-in phrase and cannot be deleted`);
    if (!this.data.own.some((p) => p.id === id)) throw new HandlerError('invalid_input', `no phrase "${id}"`);
    const { [id]: _gone, ...usage } = this.data.usage;
    this.save({ own: this.data.own.filter((p) => p.id !== id), favourites: this.data.favourites.filter((f) => f !== id), usage });
    this.index.remove(id);
  }

  setFavourite(id: string, favourite: boolean): void {
    if (!this.index.get(id)) throw new HandlerError('invalid_input', `no phrase "${id}"`);
    const rest = this.data.favourites.filter((f) => f !== id);
    this.save({ ...this.data, favourites: favourite ? [...rest, id] : rest });
  }

  recordUse(id: string): number {
    if (!this.index.get(id)) throw new HandlerError('invalid_input', `no phrase "${id}"`);
    const uses = (this.data.usage[id] ?? 0) + 1;
    this.save({ ...this.data, usage: { ...this.data.usage, [id]: uses } });
    return uses;
  }

  exportOwn(format: 'json' | 'csv'): string {
    const own = this.data.own;
    if (format === 'json') return JSON.stringify({ phrases: own }, null, 2) + '\n';
    const rows = own.map((p) => ({ ...p, types: (p.types ?? []).join('|'), levels: (p.levels ?? []).join('|'), en: p.en ?? '' }));
    return toCsv(CSV_COLUMNS, rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? '')));
  }

  /** Validates the whole file first; on any error nothing changes and the message names the line and field. */
  async importOwn(format: 'json' | 'csv', content: string): Promise<{ added: number; updated: number }> {
    const inputs = format === 'json' ? parseJsonImport(content) : parseCsvImport(content);
    const phrases: Phrase[] = [];
    for (const { line, input } of inputs) {
      if (input.id && this.shippedIds.has(input.id)) throw new HandlerError('invalid_input', `line ${line}, field id: "${input.id}" is a built-in phrase`);
      phrases.push(await this.complete(input));
    }
    const existing = new Set(this.data.own.map((p) => p.id));
    const incoming = new Map(phrases.map((p) => [p.id, p]));
    this.save({ ...this.data, own: [...this.data.own.filter((p) => !incoming.has(p.id)), ...incoming.values()] });
    for (const p of incoming.values()) this.index.upsert(p);
    const updated = [...incoming.keys()].filter((id) => existing.has(id)).length;
    return { added: incoming.size - updated, updated };
  }
}

function issueText(e: z.ZodError): string {
  const i = e.issues[0]!;
  return `field ${i.path.join('.') || '(row)'}: ${i.message}`;
}

function parseJsonImport(content: string): { line: number; input: PhraseInput }[] {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new HandlerError('invalid_input', `not valid JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { phrases?: unknown } | null)?.phrases;
  if (!Array.isArray(list)) throw new HandlerError('invalid_input', 'expected {"phrases": [...]} or a list of phrases');
  return list.map((item, i) => {
    const r = phraseInputSchema.safeParse(item);
    // JSON has no line numbers per item; the position in the list is what the agent can find.
    if (!r.success) throw new HandlerError('invalid_input', `phrase ${i + 1}, ${issueText(r.error)}`);
    return { line: i + 1, input: r.data };
  });
}

function splitList(value: string): string[] | undefined {
  const parts = value.split(/[|,、\s]+/).map((s) => s.trim()).filter(Boolean);
  return parts.length ? parts : undefined;
}

function parseCsvImport(content: string): { line: number; input: PhraseInput }[] {
  const parsed = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const missing = ['id', 'text', 'scene'].filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length) throw new HandlerError('invalid_input', `line 1: missing column ${missing.join(', ')}`);
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    throw new HandlerError('invalid_input', `line ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  return parsed.data.map((raw, i) => {
    const line = i + 2;
    const row = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? unescapeCell(v) : v])) as Record<string, string>;
    const candidate = {
      id: row.id?.trim(),
      text: row.text,
      reading: row.reading?.trim() || undefined,
      scene: row.scene?.trim(),
      types: splitList(row.types ?? ''),
      levels: splitList(row.levels ?? '')?.map((x) => (/^\d$/.test(x) ? Number(x) : x)),
      when: row.when ?? '',
      en: row.en?.trim() || undefined,
    };
    const r = phraseInputSchema.safeParse(candidate);
    if (!r.success) throw new HandlerError('invalid_input', `line ${line}, ${issueText(r.error)}`);
    return { line, input: r.data };
  });
}
