/**
 * Token patterns over kuromoji tokens, in the spirit of morpheme-match: a pattern is a list of token
 * specs (fields with exact or prefix values, any-of arrays, negations, optional positions, captures).
 * One matcher serves the anger cues and the reply-checker rules. It is pure over tokens.
 */
import type { TokenPattern, TokenSpec } from '../../shared/schemas';
import type { Token } from './tokenizer';

const FIELDS = ['surface', 'basic_form', 'pos', 'pos_detail_1', 'conjugated_form'] as const;
type Field = (typeof FIELDS)[number];
type Test = (t: Token) => boolean;

function valueTest(field: Field, value: string | string[]): Test {
  const values = Array.isArray(value) ? value : [value];
  const exact = new Set(values.filter((v) => !v.endsWith('*')));
  const prefixes = values.filter((v) => v.endsWith('*')).map((v) => v.slice(0, -1));
  if (prefixes.length === 0) return (t) => exact.has(t[field]);
  return (t) => {
    const v = t[field];
    return exact.has(v) || prefixes.some((p) => v.startsWith(p));
  };
}

function fieldsTest(spec: Partial<Record<Field, string | string[]>>): Test[] {
  const tests: Test[] = [];
  for (const f of FIELDS) {
    const v = spec[f];
    if (v !== undefined) tests.push(valueTest(f, v));
  }
  return tests;
}

interface CompiledSpec {
  test: Test;
  optional: boolean;
  capture?: string;
}

export interface CompiledPattern {
  specs: CompiledSpec[];
}

export interface PatternMatch {
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
  captures: Record<string, string>;
}

function compileSpec(spec: TokenSpec): CompiledSpec {
  const must = fieldsTest(spec);
  const mustNot = spec.not ? fieldsTest(spec.not) : [];
  const test: Test = (t) => must.every((m) => m(t)) && !(mustNot.length > 0 && mustNot.some((m) => m(t)));
  return { test, optional: spec.optional ?? false, capture: spec.capture };
}

export function compilePattern(pattern: TokenPattern): CompiledPattern {
  const specs = pattern.map(compileSpec);
  if (specs.every((s) => s.optional)) throw new Error('a token pattern needs at least one required token');
  return { specs };
}

/** Longest match of specs[si..] starting at token ti; returns the end index or -1. */
function matchFrom(specs: CompiledSpec[], si: number, tokens: readonly Token[], ti: number, caps: number[]): number {
  if (si === specs.length) return ti;
  const spec = specs[si]!;
  if (ti < tokens.length && spec.test(tokens[ti]!)) {
    caps[si] = ti;
    const end = matchFrom(specs, si + 1, tokens, ti + 1, caps);
    if (end >= 0) return end;
  }
  if (spec.optional) {
    caps[si] = -1;
    return matchFrom(specs, si + 1, tokens, ti, caps);
  }
  return -1;
}

/** All non-overlapping matches, left to right. */
export function matchPattern(p: CompiledPattern, tokens: readonly Token[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  const caps: number[] = new Array<number>(p.specs.length).fill(-1);
  let i = 0;
  while (i < tokens.length) {
    const end = matchFrom(p.specs, 0, tokens, i, caps);
    if (end > i) {
      const captures: Record<string, string> = {};
      p.specs.forEach((s, si) => {
        if (s.capture) captures[s.capture] = caps[si]! >= 0 ? tokens[caps[si]!]!.surface : '';
      });
      out.push({ from: i, to: end, captures });
      i = end;
    } else {
      i++;
    }
  }
  return out;
}

/** Sentence boundaries over tokens: a sentence ends after 。！？!? or a line break. */
export function sentenceIndex(tokens: readonly Token[]): { ofToken: Int32Array; spans: { from: number; to: number }[] } {
  const ofToken = new Int32Array(tokens.length);
  const spans: { from: number; to: number }[] = [];
  let from = 0;
  tokens.forEach((t, i) => {
    ofToken[i] = spans.length;
    const next = tokens[i + 1];
    const ends = /[。．！？!?\n]/u.test(t.surface) && !(next && /^[！？!?」』）)]+$/u.test(next.surface));
    if (ends || i === tokens.length - 1) {
      spans.push({ from, to: i + 1 });
      from = i + 1;
    }
  });
  return { ofToken, spans };
}

/** Fills {name} placeholders from captures; unknown names are left as written. */
export function fillTemplate(template: string, captures: Record<string, string>): string {
  return template.replace(/\{([a-z][a-z0-9_]*)\}/g, (m, name: string) => captures[name] ?? m);
}
