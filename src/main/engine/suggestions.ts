/**
 * Suggestions from (level, type, cues). Texts are data (assets/suggestions/*.json); this module picks the
 * entries whose conditions hold, prefers the ones written for this complaint type and these cues, and
 * keeps a few per kind so the cards stay readable mid-call.
 */
import { SUGGESTION_KINDS, type AngerLevel, type ComplaintTypeId, type SuggestionKind } from '../../shared/taxonomy';
import { suggestionFileSchema, type Cue, type Suggestion, type SuggestionEntry } from '../../shared/schemas';
import { loadUniqueItems } from '../assets';

/** How many cards of each kind to show at most. */
export const PER_KIND: Record<SuggestionKind, number> = {
  tone: 1,
  partial_apology: 2,
  full_apology: 1,
  dont_bounce: 2,
  listening: 1,
  empathy: 2,
  escalation: 2,
  self_care: 1,
  closing: 1,
};

let cached: SuggestionEntry[] | undefined;
export function shippedSuggestions(): SuggestionEntry[] {
  cached ??= loadUniqueItems('suggestions', suggestionFileSchema, (d) => d.suggestions);
  return cached;
}

export function applies(e: SuggestionEntry, level: AngerLevel, type: ComplaintTypeId, cueKinds: ReadonlySet<string>): boolean {
  const w = e.when;
  if (w.types && !w.types.includes(type)) return false;
  if (w.minLevel !== undefined && level < w.minLevel) return false;
  if (w.maxLevel !== undefined && level > w.maxLevel) return false;
  if (w.cueKinds && !w.cueKinds.some((k) => cueKinds.has(k))) return false;
  return true;
}

export function suggest(
  entries: readonly SuggestionEntry[],
  level: AngerLevel,
  type: ComplaintTypeId,
  cues: readonly Cue[],
): Suggestion[] {
  const cueKinds = new Set(cues.map((c) => c.kind));
  const ranked = entries
    .filter((e) => applies(e, level, type, cueKinds))
    .map((e) => ({
      e,
      // Written for this type or triggered by these cues: more specific, so first.
      priority: e.priority + (e.when.types ? 10 : 0) + (e.when.cueKinds ? 15 : 0),
    }))
    .sort((a, b) => b.priority - a.priority || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  const taken = new Map<SuggestionKind, number>();
  const out: Suggestion[] = [];
  for (const { e, priority } of ranked) {
    const n = taken.get(e.kind) ?? 0;
    if (n >= PER_KIND[e.kind]) continue;
    taken.set(e.kind, n + 1);
    out.push({ id: e.id, kind: e.kind, text: e.text, why: e.why, priority, sayable: e.sayable, ...(e.avoid ? { avoid: e.avoid } : {}) });
  }
  const order = (k: SuggestionKind) => SUGGESTION_KINDS.indexOf(k);
  return out.sort((a, b) => b.priority - a.priority || order(a.kind) - order(b.kind));
}
