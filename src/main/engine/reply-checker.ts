/**
 * The reply checker: flags phrasings in the agent's draft that hit the customer's ball straight back
 * (flat refusals, 「だから」, blaming, policy walls, passing the buck…) and offers softer reframings.
 * Rules are data (assets/rules/*.json); this module only compiles and runs them over tokens.
 */
import { replyRuleFileSchema, type CheckerSettings, type DraftCheck, type Finding, type ReplyRule } from '../../shared/schemas';
import { loadJsonAssetDir } from '../assets';
import { compilePattern, fillTemplate, matchPattern, sentenceIndex, type CompiledPattern } from './token-pattern';
import type { Token, TokenizedText } from './tokenizer';

export interface CompiledRule {
  rule: ReplyRule;
  pattern: CompiledPattern;
  allows: RegExp[];
}

/** Compiles rule files, resolving `@set` references in `allows`. Throws on an unknown set or a duplicate id. */
export function compileRules(files: { file: string; data: { allowSets: Record<string, string[]>; rules: ReplyRule[] } }[]): CompiledRule[] {
  const seen = new Set<string>();
  const out: CompiledRule[] = [];
  for (const { file, data } of files) {
    for (const rule of data.rules) {
      if (seen.has(rule.id)) throw new Error(`${file}: duplicate rule id ${rule.id}`);
      seen.add(rule.id);
      const allows = rule.allows.flatMap((a) => {
        if (!a.startsWith('@')) return [new RegExp(a, 'u')];
        const set = data.allowSets[a.slice(1)];
        if (!set) throw new Error(`${file}: rule ${rule.id} names unknown allow set ${a}`);
        return set.map((s) => new RegExp(s, 'u'));
      });
      out.push({ rule, pattern: compilePattern(rule.pattern), allows });
    }
  }
  return out;
}

let cached: CompiledRule[] | undefined;
/** The shipped rules, loaded and compiled once. */
export function shippedRules(): CompiledRule[] {
  cached ??= compileRules(loadJsonAssetDir('rules', replyRuleFileSchema));
  return cached;
}

const isSymbol = (t: Token) => t.pos === '記号' || /^\s+$/u.test(t.surface);

export function checkDraft(
  input: TokenizedText,
  rules: readonly CompiledRule[],
  settings: CheckerSettings = { disabledRules: [], allows: [] },
): DraftCheck {
  const { tokens, norm } = input;
  const sentences = sentenceIndex(tokens);
  const disabled = new Set(settings.disabledRules);
  const userAllows = settings.allows.map((a) => new RegExp(a, 'u'));
  const findings: Finding[] = [];
  const sentenceText = (k: number) => {
    const s = sentences.spans[k];
    if (!s) return '';
    return norm.text.slice(tokens[s.from]!.nstart, tokens[s.to - 1]!.nend);
  };
  for (const cr of rules) {
    if (disabled.has(cr.rule.id)) continue;
    for (const m of matchPattern(cr.pattern, tokens)) {
      const k = sentences.ofToken[m.from]!;
      const span = sentences.spans[k]!;
      if (cr.rule.at === 'sentence_start') {
        let first = span.from;
        while (first < span.to && isSymbol(tokens[first]!)) first++;
        if (m.from !== first) continue;
      } else if (cr.rule.at === 'sentence_end') {
        let rest = m.to;
        while (rest < span.to && isSymbol(tokens[rest]!)) rest++;
        if (rest !== span.to) continue;
      }
      const context = sentenceText(k) + sentenceText(k + 1);
      if (cr.allows.some((re) => re.test(context)) || userAllows.some((re) => re.test(context))) continue;
      const first = tokens[m.from]!;
      const last = tokens[m.to - 1]!;
      let sFrom = span.from;
      while (sFrom < span.to && /^\s+$/u.test(tokens[sFrom]!.surface)) sFrom++;
      findings.push({
        rule: cr.rule.id,
        kind: cr.rule.kind,
        start: first.start,
        end: last.end,
        text: norm.original.slice(first.start, last.end),
        message: cr.rule.message,
        suggestions: cr.rule.suggestions.map((s) => fillTemplate(s, m.captures)),
        sentenceStart: tokens[sFrom]?.start ?? first.start,
        sentenceEnd: tokens[span.to - 1]!.end,
      });
    }
  }
  // One finding per span: when rules overlap, the earlier-listed (more specific) rule wins.
  findings.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Finding[] = [];
  for (const f of findings) {
    if (kept.some((k) => f.start < k.end && k.start < f.end && k.rule !== f.rule && k.kind === f.kind)) continue;
    kept.push(f);
  }
  return { verdict: kept.length ? 'soften' : 'ok', findings: kept };
}

/**
 * The data sweep: every example does what it says (flagged or not, with the suggestion it names), and every
 * suggestion a rule offers — fixed texts as written, templates as filled by the flagged examples — passes
 * the checker. Returns one line per problem; shared by `npm run rules:check` and the tests.
 */
export function ruleDataProblems(rules: readonly CompiledRule[], tokenize: (text: string) => TokenizedText): string[] {
  const problems: string[] = [];
  const check = (text: string) => checkDraft(tokenize(text), rules);
  for (const cr of rules) {
    const offered = new Set(cr.rule.suggestions.filter((s) => !/\{[a-z_]+\}/.test(s)));
    for (const ex of cr.rule.examples) {
      const mine = check(ex.input).findings.filter((f) => f.rule === cr.rule.id);
      if (ex.flagged !== mine.length > 0) problems.push(`${cr.rule.id}: "${ex.input}" expected flagged=${ex.flagged}`);
      if (ex.suggestion && !mine.some((f) => f.suggestions.includes(ex.suggestion!))) {
        problems.push(`${cr.rule.id}: "${ex.input}" should offer "${ex.suggestion}", got ${JSON.stringify(mine.map((f) => f.suggestions))}`);
      }
      for (const f of mine) for (const s of f.suggestions) offered.add(s);
    }
    for (const s of offered) {
      const r = check(s);
      if (r.verdict !== 'ok') problems.push(`${cr.rule.id}: its suggestion "${s}" is itself flagged by ${r.findings.map((f) => f.rule).join(', ')}`);
    }
  }
  return problems;
}
