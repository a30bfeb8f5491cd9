/**
 * Rule authoring aid: validates every assets/rules/*.json, runs each rule's examples and reports what
 * does not do what it says. With arguments, checks those texts and prints the findings and the tokens.
 *   npm run --silent rules:check              # sweep all rules
 *   npm run --silent rules:check -- "だから言ったじゃないですか"   # one text, with its tokens
 */
import { replyRuleFileSchema } from '../src/shared/schemas';
import { loadJsonAssetDir } from '../src/main/assets';
import { checkDraft, compileRules } from '../src/main/engine/reply-checker';
import { getTokenizer } from '../src/main/engine/tokenizer';

const { tokenize } = await getTokenizer();
const rules = compileRules(loadJsonAssetDir('rules', replyRuleFileSchema));
const texts = process.argv.slice(2);
if (texts.length) {
  for (const text of texts) {
    const t = tokenize(text);
    console.log(JSON.stringify(checkDraft(t, rules)));
    console.log(t.tokens.map((k) => `${k.surface}[${k.basic_form}/${k.pos}/${k.pos_detail_1}/${k.conjugated_form}]`).join(' '));
  }
} else {
  let bad = 0;
  for (const cr of rules) {
    for (const ex of cr.rule.examples) {
      const res = checkDraft(tokenize(ex.input), rules);
      const mine = res.findings.filter((f) => f.rule === cr.rule.id);
      const ok = ex.flagged ? mine.length > 0 : mine.length === 0;
      const sugOk = !ex.suggestion || mine.some((f) => f.suggestions.includes(ex.suggestion!));
      if (!ok || !sugOk) {
        bad++;
        console.log(`FAIL ${cr.rule.id}: "${ex.input}" expected flagged=${ex.flagged}${ex.suggestion ? ` with "${ex.suggestion}"` : ''}; got ${JSON.stringify(mine.map((f) => f.suggestions))}`);
      }
    }
    for (const s of cr.rule.suggestions) {
      if (/\{[a-z_]+\}/.test(s)) continue; // templates are checked once filled, via the examples
      const res = checkDraft(tokenize(s), rules);
      if (res.verdict !== 'ok') {
        bad++;
        console.log(`FAIL ${cr.rule.id}: its suggestion "${s}" is itself flagged by ${res.findings.map((f) => f.rule).join(', ')}`);
      }
    }
  }
  console.log(`${rules.length} rules, ${bad} problems`);
  process.exitCode = bad ? 1 : 0;
}
