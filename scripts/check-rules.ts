/**
 * Rule authoring aid: validates every assets/rules/*.json, runs each rule's examples and reports what
 * does not do what it says. With arguments, checks those texts and prints the findings and the tokens.
 *   npm run --silent rules:check              # sweep all rules
 *   npm run --silent rules:check -- "だから言ったじゃないですか"   # one text, with its tokens
 */
import { replyRuleFileSchema } from '../src/shared/schemas';
import { loadJsonAssetDir } from '../src/main/assets';
import { checkDraft, compileRules, ruleDataProblems } from '../src/main/engine/reply-checker';
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
  const problems = ruleDataProblems(rules, tokenize);
  for (const p of problems) console.log(`FAIL ${p}`);
  console.log(`${rules.length} rules, ${problems.length} problems`);
  process.exitCode = problems.length ? 1 : 0;
}
