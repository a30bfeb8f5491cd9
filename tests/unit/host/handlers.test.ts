import { describe, expect, it } from 'vitest';
import { api } from '../../../src/shared/api';
import { createServices } from '../../../src/main/host/services';
import { createHandlers, invoke } from '../../../src/main/host/handlers';

const handlers = createHandlers(createServices());

describe('handler table', () => {
  it('implements every operation of the contract, and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(api).sort());
  });

  it('rejects unknown operations and malformed payloads before any handler runs', async () => {
    expect(await invoke(handlers, 'deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await invoke(handlers, 'analyze', { text: 'x', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await invoke(handlers, 'analyze', null)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await invoke(handlers, 'checkDraft', { text: 'できません', settings: { allows: ['('] } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('validates its output against the contract', async () => {
    const r = await invoke(handlers, 'analyze', { text: 'ポイントが付与されていません' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(api.analyze.output.safeParse(r.value).success).toBe(true);
    const s = await invoke(handlers, 'status', {});
    expect(s).toMatchObject({ ok: true, value: { ready: true } });
  });

  it('applies the agent’s own checker settings: disabled rules and allow-list entries', async () => {
    const text = 'それはできません。';
    const plain = await invoke(handlers, 'checkDraft', { text });
    expect(plain).toMatchObject({ ok: true, value: { verdict: 'soften' } });
    if (!plain.ok) return;
    const rules = (plain.value as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(await invoke(handlers, 'checkDraft', { text, settings: { disabledRules: rules } })).toMatchObject({ ok: true, value: { verdict: 'ok' } });
    expect(await invoke(handlers, 'checkDraft', { text, settings: { allows: ['それはできません'] } })).toMatchObject({ ok: true, value: { verdict: 'ok' } });
  });
});
