import { beforeAll, describe, expect, it } from 'vitest';
import { ANGER_LEVELS, COMPLAINT_TYPE_IDS, type AngerLevel } from '../../../src/shared/taxonomy';
import type { Cue } from '../../../src/shared/schemas';
import type { ReadyEngine } from '../../../src/main/engine/engine';
import { PER_KIND, shippedSuggestions, suggest } from '../../../src/main/engine/suggestions';
import { readyEngine } from '../helpers';

let e: ReadyEngine;
beforeAll(async () => {
  e = await readyEngine();
});

const cue = (kind: Cue['kind']): Cue => ({ id: `test.${kind}`, kind, start: 0, end: 1, text: 'x', weight: 1, note: 'test' });
const entries = shippedSuggestions();

describe('suggestion rules, for every type and level', () => {
  for (const type of COMPLAINT_TYPE_IDS) {
    for (const level of ANGER_LEVELS) {
      it(`${type} at level ${level}`, () => {
        const s = suggest(entries, level as AngerLevel, type, [cue('problem')]);
        const kinds = s.map((x) => x.kind);
        if (level >= 1) {
          const apologies = s.filter((x) => x.kind === 'partial_apology');
          expect(apologies.length, 'partial apology').toBeGreaterThan(0);
          // The first partial apology is the one written for this type.
          expect(entries.find((x) => x.id === apologies[0]!.id)!.when.types).toContain(type);
        }
        if (level >= 2) expect(kinds, 'tone reminder').toContain('tone');
        else expect(kinds).not.toContain('tone');
        if (level >= 3) expect(kinds, 'self-care').toContain('self_care');
        else expect(kinds).not.toContain('self_care');
        expect(kinds, 'closing checklist').toContain('closing');
        for (const [kind, max] of Object.entries(PER_KIND)) expect(kinds.filter((k) => k === kind).length).toBeLessThanOrEqual(max);
        // Sorted by priority.
        for (let i = 1; i < s.length; i++) expect(s[i]!.priority).toBeLessThanOrEqual(s[i - 1]!.priority);
      });
    }
  }

  it('offers escalation guidance when a supervisor demand or a threat is detected, and not otherwise', () => {
    expect(suggest(entries, 4, 'billing', [cue('demand')]).some((s) => s.kind === 'escalation')).toBe(true);
    expect(suggest(entries, 4, 'delivery', [cue('threat')]).some((s) => s.kind === 'escalation')).toBe(true);
    expect(suggest(entries, 1, 'delivery', [cue('problem')]).some((s) => s.kind === 'escalation')).toBe(false);
  });

  it('keeps the full apology a separate, labelled option that says it is for a confirmed fault', () => {
    const full = entries.filter((x) => x.kind === 'full_apology');
    expect(full.length).toBeGreaterThan(0);
    for (const f of full) expect(f.why).toMatch(/確認|確定|判明|分かった|明らか/);
    const partial = entries.filter((x) => x.kind === 'partial_apology');
    // A partial apology never admits fault before the facts are known.
    for (const p of partial) expect(p.text, p.id).not.toMatch(/弊社の(ミス|不手際|誤り|落ち度)|こちらの(ミス|不手際|誤り)|私どもの(ミス|不手際)/);
  });

  it('every dont-bounce card names the blunt reply it replaces', () => {
    for (const d of entries.filter((x) => x.kind === 'dont_bounce')) expect(d.avoid, d.id).toBeTruthy();
  });

  it('every sayable suggestion text passes the reply checker', () => {
    const flagged = entries
      .map((x) => ({ id: x.id, r: e.checkDraft(x.text) }))
      .filter((x) => x.r.verdict !== 'ok')
      .map((x) => `${x.id}: ${x.r.findings.map((f) => f.rule).join(',')}`);
    expect(flagged).toEqual([]);
  });

  it('the analysis of a real note carries suggestions of the right shape', () => {
    const a = e.analyze('もう3回目の電話なんですけど、まだ荷物が届かないってどういうことですか!!');
    expect(a.anger.level).toBeGreaterThanOrEqual(2);
    expect(a.type.id).toBe('delivery');
    expect(a.suggestions.find((s) => s.kind === 'tone')).toBeTruthy();
    for (const s of a.suggestions) {
      expect(s.text.length).toBeGreaterThan(0);
      expect(s.why.length).toBeGreaterThan(0);
    }
  });
});
